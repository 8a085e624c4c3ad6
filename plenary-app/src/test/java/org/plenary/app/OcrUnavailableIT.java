package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch with scans in it, on a machine where the Tesseract program configured ({@code
 * PLENARY_TESSERACT}) is not there: each scan fails alone with one line naming the file and the
 * reason, and the born-digital file beside it is parsed as usual.
 */
class OcrUnavailableIT {
  private static final String MISSING = "/nonexistent/bin/tesseract";

  @TempDir
  Path tmp;

  private void copy(String resource, Path target) throws Exception {
    try (InputStream in = OcrUnavailableIT.class.getResourceAsStream(resource)) {
      Files.write(target, in.readAllBytes());
    }
  }

  @Test
  void aScanFailsAloneWithOneLineNamingTheFileAndWhyWhenTesseractCannotBeRun() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("batch"));
    copy("/scans/013-en.pdf", folder.resolve("scan.pdf"));
    copy("/scans/016-en.png", folder.resolve("scan.png"));
    copy("/seed/000_e19c782be0cd74ef.txt", folder.resolve("letter.txt"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "parse", "--format", "json", folder.toString()));
    Path out = tmp.resolve("out");
    Path err = tmp.resolve("err");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("PLENARY_TESSERACT", MISSING);
    Process process = builder.start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

    List<String> stderr = Files.readAllLines(err);
    assertThat(process.exitValue()).isEqualTo(1);
    for (String scan : List.of("scan.pdf", "scan.png")) {
      assertThat(stderr).as(String.join("\n", stderr)).anySatisfy(line -> assertThat(line)
          .startsWith(folder.resolve(scan) + ": ").contains("needs OCR").contains("PLENARY_TESSERACT").contains(MISSING));
    }
    assertThat(stderr).noneMatch(l -> l.contains("Exception") || l.contains("\tat "));
    List<String> records = Files.readAllLines(out);
    assertThat(records).hasSize(1);
    assertThat(records.get(0)).contains("letter.txt");
  }
}
