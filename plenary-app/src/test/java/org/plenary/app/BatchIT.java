package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.read.HostileFiles;

/**
 * A folder of 10,000 mixed documents (text, PDF, Word in six languages, copied under new names)
 * with 1% corrupt or hostile files among them: truncated PDFs, zip bomb .docx, XML with external
 * entities, PDFs whose page tree is a loop. The batch completes, parses every good file, reports
 * every bad one with its reason, and runs in a heap of 768 MB (failsafe's argLine).
 */
class BatchIT {
  private static final int FILES = 10_000;
  private static final int HOSTILE_EVERY = 100;
  /** Real documents to copy; text is most of a real archive, PDF and Word a share of it. */
  private static final List<String> GOOD = List.of("013-en.txt", "036-es.txt", "047-fr.txt", "055-ru.txt",
      "071-zh.txt", "075-ar.txt", "000_e19c782be0cd74ef.txt", "013-en.txt", "036-es.txt", "055-ru.txt",
      "047-fr.pdf", "055-ru.docx");

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void parsesEveryGoodFileAndReportsEveryBadOne(@TempDir Path dir) throws IOException {
    List<byte[]> hostile = List.of(
        HostileFiles.truncated(Files.readAllBytes(fixture(dir, "013-en.pdf"))),
        HostileFiles.zipBombDocx(),
        HostileFiles.externalEntityXml(),
        HostileFiles.pageTreeLoopPdf());
    List<Path> bad = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      Path file = dir.resolve("docs/" + (i % 50) + "/" + i + ".doc");
      Files.createDirectories(file.getParent());
      if (i % HOSTILE_EVERY == 0) {
        Files.write(file, hostile.get((i / HOSTILE_EVERY) % hostile.size()));
        bad.add(file);
      } else {
        Files.copy(fixture(dir, GOOD.get(i % GOOD.size())), file);
      }
    }
    CommandRun run = CommandRun.of(false, "parse", "--timeout", "60", dir.resolve("docs").toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stdoutLines).isEqualTo(FILES - bad.size());
    List<String> failures = run.stderr.lines().filter(l -> !l.startsWith("plenary:")).toList();
    assertThat(failures).hasSize(bad.size());
    for (Path file : bad) {
      assertThat(failures).anySatisfy(l -> assertThat(l).startsWith(file + ": "));
    }
    assertThat(failures).allSatisfy(l -> assertThat(l).containsAnyOf(
        "corrupt PDF", "zip bomb", "XML", "DOCTYPE", "entit", "page tree"));
    assertThat(run.stderr).doesNotContain("root:x:0:0");
    assertThat(run.stderr).contains((FILES - bad.size()) + " parsed, " + bad.size() + " failed");
  }

  private static Path fixture(Path dir, String name) throws IOException {
    Path copy = dir.resolve("fixtures/" + name);
    if (!Files.exists(copy)) {
      ParseBatchTest.copy(name, copy);
    }
    return copy;
  }
}
