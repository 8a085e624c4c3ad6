package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.index.DataFolder;
import org.plenary.index.LuceneIndex;
import org.plenary.index.Matches;
import org.plenary.index.SearchRequest;
import org.plenary.model.Source;

/**
 * Kills {@code plenary index} (the real command line, in its own JVM) at random moments, several
 * times, then runs it to the end: the index must hold each document exactly once, with its record
 * and source stored.
 */
class IndexKillIT {
  @TempDir
  Path tmp;

  @Test
  void anIndexKilledAtRandomMomentsAndRunAgainHoldsEachDocumentOnce() throws Exception {
    Path corpus = tmp.resolve("corpus");
    List<Path> samples = Samples.copyTo(tmp.resolve("samples"));
    Set<String> ids = new HashSet<>();
    // Three copies of each sample, each made distinct by trailing blank lines, for a longer run.
    for (int copy = 0; copy < 3; copy++) {
      for (Path sample : samples) {
        byte[] bytes = (Files.readString(sample, StandardCharsets.UTF_8) + "\n".repeat(copy + 1)).getBytes(StandardCharsets.UTF_8);
        Path target = corpus.resolve("copy" + copy).resolve(tmp.resolve("samples").relativize(sample).toString());
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
        ids.add(new Source(target.toString(), bytes).sha256());
      }
    }
    Path data = tmp.resolve("data");
    Random random = new Random();
    int killed = 0;
    for (int round = 0; round < 4; round++) {
      Process run = index(data, corpus);
      long delay = 500 + round * 1000L + random.nextInt(1500);
      if (!run.waitFor(delay, TimeUnit.MILLISECONDS)) {
        run.destroyForcibly().waitFor();
        killed++;
      }
    }
    assertThat(killed).as("runs killed before they finished").isPositive();
    Process last = index(data, corpus);
    assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(last.exitValue()).as(Files.readString(tmp.resolve("log.txt"))).isZero();

    DataFolder folder = new DataFolder(data);
    try (LuceneIndex index = LuceneIndex.forReading(folder)) {
      assertThat(index.count()).isEqualTo(ids.size());
      try (Matches all = index.matches(SearchRequest.all())) {
        assertThat(all).containsExactlyInAnyOrderElementsOf(ids);
      }
      for (String id : ids) {
        assertThat(folder.readRecord(id)).as(id).isPresent();
        assertThat(folder.source(id)).as(id).isPresent();
      }
    }
  }

  /** Starts the command line in a new JVM, from the packaged jar when there is one. */
  private Process index(Path data, Path corpus) throws IOException {
    Path jar = Path.of("target", "plenary.jar");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    if (Files.isRegularFile(jar)) {
      command.addAll(List.of("-jar", jar.toString()));
    } else {
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    }
    command.addAll(List.of("index", "--data", data.toString(), "--threads", "2", "--batch", "7", corpus.toString()));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(tmp.resolve("log.txt").toFile())).start();
  }
}
