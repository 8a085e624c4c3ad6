package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.read.HostileFiles;

class ParseBatchTest {

  static void copy(String resource, Path to) throws IOException {
    try (InputStream in = ParseBatchTest.class.getResourceAsStream("/golden/pdf/" + resource)) {
      Files.createDirectories(to.getParent());
      Files.write(to, in.readAllBytes());
    }
  }

  @Test
  void parsesEveryReadableFileUnderADirectoryAsJsonLines(@TempDir Path dir) throws IOException {
    copy("013-en.pdf", dir.resolve("a/letter.bin"));
    copy("055-ru.docx", dir.resolve("b/report"));
    copy("071-zh.txt", dir.resolve("c.txt"));
    copy("036-es.txt", dir.resolve(".hidden/skipped.txt"));
    copy("036-es.txt", dir.resolve(".hidden/more/skipped-too.txt"));
    copy("036-es.txt", dir.resolve("a/.skipped.txt"));
    CommandRun run = CommandRun.of(true, "parse", dir.toString());
    assertThat(run.exitCode).as(run.stderr).isZero();
    assertThat(run.stdout.lines()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{\"schema\":"));
    assertThat(run.stdout).contains("\"format\":\"pdf\"", "\"format\":\"docx\"", "\"format\":\"text\"");
    assertThat(run.stderr).contains("3 parsed, 0 failed; 2 hidden files or folders left out (names that start with a dot)");
  }

  @Test
  void indexSaysHowManyHiddenFilesItLeftOut(@TempDir Path dir) throws IOException {
    copy("071-zh.txt", dir.resolve("docs/c.txt"));
    copy("036-es.txt", dir.resolve("docs/.draft.txt"));
    CommandRun run = CommandRun.of(false, "index", "--data", dir.resolve("data").toString(), dir.resolve("docs").toString());
    assertThat(run.exitCode).as(run.stderr).isZero();
    assertThat(run.stderr).contains("1 indexed").contains("; 1 hidden file or folder left out (names that start with a dot)");
  }

  @Test
  void indexHoldsEachFileToTheSizeLimitGiven(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("docs/big.txt"), "The General Assembly\n".repeat(60_000));
    CommandRun run = CommandRun.of(false, "index", "--max-size", "1", "--data", dir.resolve("data").toString(),
        dir.resolve("docs").toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stderr).contains("big.txt: the file has 1,260,000 bytes, more than the limit of 1,048,576");
  }

  @Test
  void expandsAGlobTheShellLeftAlone(@TempDir Path dir) throws IOException {
    copy("013-en.txt", dir.resolve("x/one.txt"));
    copy("047-fr.txt", dir.resolve("x/y/two.txt"));
    copy("013-en.pdf", dir.resolve("x/three.pdf"));
    CommandRun run = CommandRun.of(true, "parse", dir + "/x/**.txt");
    assertThat(run.exitCode).as(run.stderr).isZero();
    assertThat(run.stdout.lines()).hasSize(2);
  }

  @Test
  void reportsEachFailureWithItsReasonAndGoesOn(@TempDir Path dir) throws IOException {
    copy("013-en.txt", dir.resolve("good.txt"));
    Files.write(dir.resolve("bomb.docx"), HostileFiles.zipBombDocx());
    Files.write(dir.resolve("loop.pdf"), HostileFiles.pageTreeLoopPdf());
    CommandRun run = CommandRun.of(true, "parse", dir.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stdout.lines()).hasSize(1);
    assertThat(run.stderr).contains(dir.resolve("bomb.docx") + ": zip bomb")
        .contains(dir.resolve("loop.pdf") + ": corrupt PDF")
        .contains("1 parsed, 2 failed (too large: 1, unreadable: 1)");
  }

  @Test
  void printsOneFileIndentedWithoutSummary(@TempDir Path dir) throws IOException {
    copy("013-en.pdf", dir.resolve("letter.pdf"));
    CommandRun run = CommandRun.of(true, "parse", dir.resolve("letter.pdf").toString());
    assertThat(run.exitCode).isZero();
    assertThat(run.stdout).startsWith("{\n");
    assertThat(run.stderr).isEmpty();
  }

  @Test
  void aGlobMatchingNothingIsAUsageError(@TempDir Path dir) {
    assertThat(CommandRun.of(false, "parse", dir + "/*.nothing").exitCode).isEqualTo(2);
  }
}
