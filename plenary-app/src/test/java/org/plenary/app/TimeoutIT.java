package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.read.HostilePdfs;

/**
 * Files built to be slow, each legal and within every bound, in a batch with good letters under a
 * one-second time budget: each slow file is abandoned for real (its work stops, no thread is left
 * running it) and reported on one line, and the batch goes on to print every good record. Without
 * the readers' and stages' looks at the cancellation, each of these files runs on for tens of
 * seconds after its budget.
 */
class TimeoutIT {
  @TempDir
  static Path tmp;
  static Path folder;

  @BeforeAll
  static void writeTheBatch() throws Exception {
    folder = Files.createDirectories(tmp.resolve("batch"));
    byte[] letter = TimeoutIT.class.getResourceAsStream("/seed/000_e19c782be0cd74ef.txt").readAllBytes();
    Files.write(folder.resolve("a-letter.txt"), letter);
    Files.write(folder.resolve("slow-operators.pdf"), HostilePdfs.tinyOperators(200L * 1024 * 1024));
    // half a million hyphenated lines without a paragraph break: one block of 11 MB for layout repair and structure
    Files.writeString(folder.resolve("slow-repair.txt"), "The Committee consid-\n".repeat(500_000), StandardCharsets.UTF_8);
    Files.write(folder.resolve("z-letter.txt"), TimeoutIT.class.getResourceAsStream("/golden/ru/055-ru.txt").readAllBytes());
    // the first parse in a JVM loads the language packs and warms the code: not part of any file's second
    CommandRun.of(false, "parse", folder.resolve("a-letter.txt").toString(), folder.resolve("z-letter.txt").toString());
  }

  @Test
  void parseAbandonsEachSlowFileAndGoesOn() {
    CommandRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> CommandRun.of(true, "parse", "--threads", "2", "--timeout", "1", folder.toString()));
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stdout.lines()).as(run.stderr).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"schema\":"));
    assertAbandoned(run.stderr);
    assertNoParseLeftRunning();
  }

  @Test
  void indexAbandonsEachSlowFileAndGoesOn() {
    CommandRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CommandRun.of(false, "index", "--data",
        tmp.resolve("data").toString(), "--threads", "2", "--timeout", "1", folder.toString()));
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stderr).contains("2 indexed");
    assertAbandoned(run.stderr);
    assertNoParseLeftRunning();
  }

  private static void assertAbandoned(String stderr) {
    List<String> lines = stderr.lines().toList();
    for (String slow : List.of("slow-operators.pdf", "slow-repair.txt")) {
      assertThat(lines).filteredOn(l -> l.contains(slow)).singleElement().asString()
          .endsWith(slow + ": gave up after 1 s, the time limit per file (--timeout)");
    }
  }

  /** No thread is still inside a parse once the command is over (a pool's idle threads may take a moment to go). */
  private static void assertNoParseLeftRunning() {
    long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    List<String> parsing;
    do {
      parsing = Thread.getAllStackTraces().entrySet().stream()
          .filter(e -> e.getKey().isAlive() && Arrays.stream(e.getValue())
              .anyMatch(f -> f.getClassName().startsWith("org.plenary.pipeline.Pipeline")))
          .map(e -> e.getKey().getName()).toList();
    } while (!parsing.isEmpty() && System.nanoTime() < until);
    assertThat(parsing).as("threads still parsing").isEmpty();
  }
}
