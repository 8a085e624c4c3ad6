package org.plenary.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF reader's real bounds, each parse in a JVM of its own whose heap is capped at 20 times the
 * input plus a fixed base ({@link #BASE_MB}, what the pipeline's language packs and reference data
 * take): a parse either finishes or refuses with a typed reason, in bounded time, never with an
 * OutOfMemoryError.
 */
class PdfReaderMemoryIT {
  /** The heap a parse of a tiny document needs, in megabytes: language packs, reference data. */
  private static final int BASE_MB = 64;
  private static final long MB = 1024 * 1024;

  @TempDir
  Path folder;

  @Test
  void refusesASmallPdfWhoseGigabyteStreamEveryPageDraws() throws Exception {
    // the case of a 1 MB file whose one stream inflates to 1 GB, shared by 100 pages
    byte[] pdf = HostilePdfs.sharedContentStream(100, 1024 * MB);
    assertThat(pdf.length).isLessThan((int) (2 * MB));
    String outcome = parseInSmallHeap(pdf, 60);
    assertThat(outcome).isEqualTo("refused InputLimitExceeded: the PDF is too large to read: it inflates to more "
        + "than 256 MB of content");
  }

  @Test
  void refusesTenThousandPagesByTheirCount() throws Exception {
    assertThat(parseInSmallHeap(HostilePdfs.pagesUnderADeclaredCountOfOne(10_000), 60))
        .isEqualTo("refused InputLimitExceeded: the PDF has more than 5,000 pages");
  }

  @Test
  void parsesALongPdfKeepingOnlyItsLines() throws Exception {
    assertThat(parseInSmallHeap(HostilePdfs.pages(2_000, 20), 120)).isEqualTo("parsed 2000");
  }

  /** The one line the parse printed, or the reason it died. */
  private String parseInSmallHeap(byte[] pdf, int seconds) throws IOException, InterruptedException {
    Path file = folder.resolve("input.pdf");
    Files.write(file, pdf);
    long heapMb = BASE_MB + 20 * pdf.length / MB;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(java, "-Xmx" + heapMb + "m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), ParseInSmallHeap.class.getName(), file.toString()))
        .redirectErrorStream(true)
        .start();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return "no answer within " + seconds + " s";
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (process.exitValue() != 0) {
      return "exit " + process.exitValue() + " under -Xmx" + heapMb + "m: " + out.lines().findFirst().orElse("");
    }
    return out.lines().reduce((a, b) -> b).orElse("");
  }
}
