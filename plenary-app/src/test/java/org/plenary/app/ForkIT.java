package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --fork}: a batch parsed in child JVMs of 64 MB, among its good letters a text that is legal
 * but too big for that heap. The child that runs out of memory costs that file alone: it is
 * reported on one line naming it, a fresh child parses the files after it, every good record is
 * printed and the run exits 1.
 */
class ForkIT {
  @TempDir
  static Path tmp;
  static Path folder;

  @BeforeAll
  static void writeTheBatch() throws Exception {
    folder = Files.createDirectories(tmp.resolve("batch"));
    byte[] letter = ForkIT.class.getResourceAsStream("/seed/000_e19c782be0cd74ef.txt").readAllBytes();
    Files.write(folder.resolve("a-letter.txt"), letter);
    Files.write(folder.resolve("b-letter.txt"), ForkIT.class.getResourceAsStream("/golden/ru/055-ru.txt").readAllBytes());
    // 600,000 short lines, 6 MB: well within the size limit, and many times 64 MB once read into lines
    Files.writeString(folder.resolve("c-big-for-the-heap.txt"), IntStream.range(0, 600_000)
        .mapToObj(i -> "item " + i).collect(Collectors.joining("\n")), StandardCharsets.UTF_8);
    Files.write(folder.resolve("d-letter.txt"), ForkIT.class.getResourceAsStream("/golden/fr/047-fr.txt").readAllBytes());
  }

  @Test
  void aFileThatExhaustsItsChildsHeapFailsAloneAndTheBatchGoesOn() {
    CommandRun run = CommandRun.of(true, "parse", "--fork", "--fork-heap", "64m", "--threads", "2", folder.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stdout.lines()).as(run.stderr).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{\"schema\":"));
    List<String> failures = run.stderr.lines().filter(l -> l.contains("c-big-for-the-heap.txt")).toList();
    assertThat(failures).singleElement().asString()
        .endsWith("c-big-for-the-heap.txt: ran out of memory in its child JVM (--fork-heap 64m)");
    assertThat(run.stderr).contains("plenary: 3 parsed, 1 failed");
  }

  @Test
  void indexParsesInChildJvmsToo() {
    CommandRun run = CommandRun.of(false, "index", "--fork", "--fork-heap", "64m", "--threads", "2", "--data",
        tmp.resolve("data").toString(), folder.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stderr).contains("c-big-for-the-heap.txt: ran out of memory in its child JVM (--fork-heap 64m)")
        .contains("3 indexed");
  }

  @Test
  void aRecordFromAChildIsTheRecordParsedHere() {
    Path letter = folder.resolve("a-letter.txt");
    CommandRun here = CommandRun.of(true, "parse", letter.toString());
    CommandRun child = CommandRun.of(true, "parse", "--fork", letter.toString());
    assertThat(child.exitCode).isZero();
    assertThat(child.stdout).isEqualTo(here.stdout);
  }
}
