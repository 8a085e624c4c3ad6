package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code parse} command's contract: output formats, JSON Lines, exit codes, errors on stderr. */
class ParseCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;

  @TempDir
  Path dir;

  @BeforeEach
  void capture() {
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
    System.setErr(savedErr);
  }

  static Path seed() throws Exception {
    return Path.of(ParseCommandTest.class.getResource("/seed/000_e19c782be0cd74ef.txt").toURI());
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private List<String> stderrLines() {
    return err.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void printsOneIndentedRecordForOneFile() throws Exception {
    int code = Main.run("parse", seed().toString());
    assertThat(code).isZero();
    JsonNode record = JSON.readTree(stdout());
    assertThat(record.get("schema").asText()).isEqualTo("plenary.document/1");
    assertThat(record.get("title").asText()).isEqualTo("2020年9月28日亚美尼亚常驻联合国代表给秘书长的信");
    assertThat(stdout().lines().count()).isGreaterThan(10);
  }

  @Test
  void printsJsonLinesForSeveralFilesAndReportsEachFailureOnItsOwnLine() throws Exception {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path missing = dir.resolve("missing.txt");
    byte[] noise = new byte[1000];
    new java.util.Random(3).nextBytes(noise);
    Path binary = Files.write(dir.resolve("noise.bin"), noise);
    int code = Main.run("parse", "--format", "json", empty.toString(), seed().toString(), missing.toString(),
        binary.toString(), seed().toString());
    assertThat(code).isEqualTo(1);
    List<String> lines = stdout().lines().toList();
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      assertThat(JSON.readTree(line).get("language").asText()).isEqualTo("zh");
    }
    assertThat(stderrLines()).contains(
        empty + ": the file is empty",
        missing + ": no such file",
        binary + ": binary file, not text (it holds control bytes)");
  }

  @Test
  void writesMarkdownAndText() throws Exception {
    assertThat(Main.run("parse", "--format", "md", seed().toString())).isZero();
    assertThat(stdout()).contains("| Organs | General Assembly, Security Council |", "# 2020年9月28日亚美尼亚常驻联合国代表给秘书长的信", "## 附件一");
    out.reset();
    assertThat(Main.run("parse", "--format", "text", seed().toString())).isZero();
    assertThat(Main.run("parse", "--ocr", "never", seed().toString())).isZero();
    assertThat(stdout()).startsWith("2020年9月28日亚美尼亚常驻联合国代表给秘书长的信\n\n谨随函附上");
  }

  @Test
  void usageErrorsExitWithTwo() throws Exception {
    assertThat(Main.run("parse")).isEqualTo(2);
    assertThat(Main.run("parse", "--format", "pdf", seed().toString())).isEqualTo(2);
    assertThat(Main.run("parse", "--lang", "de", seed().toString())).isEqualTo(2);
    assertThat(Main.run("parse", "--ocr", "sometimes", seed().toString())).isEqualTo(2);
    assertThat(Main.run("frobnicate")).isEqualTo(2);
  }

  @Test
  void helpExplainsEveryOptionWithAnExample() {
    assertThat(Main.run("parse", "--help")).isZero();
    assertThat(stdout()).contains("--format", "--lang", "--max-size", "--threads", "Examples:", "Exit status");
  }
}
