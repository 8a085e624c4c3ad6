package org.plenary.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.plenary.model.SourceFormat;

class FormatDetectorTest {
  private final FormatDetector detector = new FormatDetector();

  @Test
  void tellsFormatsByContentNotByName() throws Exception {
    assertThat(detector.detect(PdfMatchesTextTest.bytes("/golden/pdf/013-en.pdf"))).contains(SourceFormat.PDF);
    assertThat(detector.detect(PdfMatchesTextTest.bytes("/golden/pdf/013-en.docx"))).contains(SourceFormat.DOCX);
    assertThat(detector.detect(PdfMatchesTextTest.bytes("/golden/pdf/013-en.txt"))).contains(SourceFormat.TEXT);
    assertThat(detector.detect("<!DOCTYPE html><html><body><p>A/75/356</p></body></html>".getBytes(StandardCharsets.UTF_8)))
        .contains(SourceFormat.HTML);
    assertThat(detector.detect(HostileFiles.externalEntityXml())).contains(SourceFormat.XML);
  }

  @Test
  void tellsAWordPackageFromAnyOtherZip() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("photos/1.jpg"));
      zip.write(new byte[100]);
    }
    assertThat(detector.detect(bytes.toByteArray())).isEmpty();
    assertThat(detector.detect(HostileFiles.zipBombDocx())).contains(SourceFormat.DOCX);
  }
}
