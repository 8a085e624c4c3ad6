package org.plenary.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.UnreadableInput;
import org.plenary.UnsupportedFormat;
import org.plenary.model.Furniture;
import org.plenary.model.Line;
import org.plenary.model.Pages;
import org.plenary.model.RepairedText;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;
import org.plenary.repair.PdfLayoutRepair;

class PdfReaderTest {
  private final PdfReader reader = new PdfReader();

  private static Pages read(String name) throws Exception {
    byte[] bytes = PdfMatchesTextTest.bytes("/golden/pdf/" + name);
    return new PdfReader().read(new Source(name, bytes), new Diagnostics());
  }

  @Test
  void keepsPositionsFontSizesAndIndentOfLines() throws Exception {
    Pages pages = read("013-en.pdf");
    Line first = pages.pages().get(0).lines().get(0);
    assertThat(first.x()).isBetween(60f, 80f);
    assertThat(first.fontSize()).isEqualTo(12f);
    assertThat(first.width()).isPositive();
    assertThat(pages.lines()).allSatisfy(l -> assertThat(l.y()).isPositive());
    assertThat(pages.knownPageCount()).isTrue();
    assertThat(pages.pages()).hasSize(2);
  }

  @Test
  void recognisesPageFurnitureByPositionAndRepetition() throws Exception {
    RepairedText text = new PdfLayoutRepair().repair(read("013-en.pdf"), new Diagnostics());
    List<Furniture.Kind> kinds = text.furniture().stream().map(Furniture::kind).toList();
    assertThat(kinds).contains(Furniture.Kind.JOB_NUMBER, Furniture.Kind.BARCODE, Furniture.Kind.RUNNING_HEADER,
        Furniture.Kind.PAGE_NUMBER);
    assertThat(text.text()).doesNotContain("*2010000*").doesNotContain("20-10000 (E)");
  }

  @Test
  void readsChineseWithoutSpacesBetweenCharacters() throws Exception {
    Pages pages = read("071-zh.pdf");
    assertThat(pages.lines()).anySatisfy(l -> assertThat(l.text()).containsPattern("\\p{IsHan}{6}"));
    assertThat(pages.lines()).noneSatisfy(l -> assertThat(l.text()).containsPattern("\\p{IsHan} \\p{IsHan} \\p{IsHan}"));
  }

  @Test
  void putsArabicLinesInLogicalOrder() throws Exception {
    Pages pages = read("075-ar.pdf");
    String all = String.join("\n", pages.lines().stream().map(Line::text).toList());
    String source = new String(PdfMatchesTextTest.bytes("/golden/pdf/075-ar.txt"), java.nio.charset.StandardCharsets.UTF_8);
    // a long Arabic phrase of the source reads the same in the PDF: words and letters in order
    String phrase = source.lines().filter(l -> l.strip().length() > 40).findFirst().orElseThrow().strip();
    String firstWords = String.join(" ", java.util.Arrays.asList(phrase.split("\\s+")).subList(0, 4));
    assertThat(all).contains(firstWords);
  }

  @Test
  void sourcePagesIsThePageCount() throws Exception {
    byte[] bytes = PdfMatchesTextTest.bytes("/golden/pdf/013-en.pdf");
    assertThat(Plenary.create().parse(new Source("013-en.pdf", bytes)).source().pages()).isEqualTo(2);
  }

  @Test
  void refusesAnEncryptedPdfSayingItNeedsAPassword() {
    assertThatThrownBy(() -> reader.read(new Source("locked.pdf", HostileFiles.encryptedPdf()), new Diagnostics()))
        .isInstanceOf(UnreadableInput.class)
        .extracting(e -> ((PlenaryException) e).reason()).asString().contains("encrypted").contains("password");
  }

  @Test
  void refusesAnImageOnlyPdfSayingItNeedsOcrWhenOcrIsOff() {
    PdfReader reader = new PdfReader(org.plenary.read.ocr.OcrSettings.defaults().withMode(org.plenary.read.ocr.OcrMode.NEVER));
    assertThatThrownBy(() -> reader.read(new Source("scan.pdf", HostileFiles.imageOnlyPdf()), new Diagnostics()))
        .isInstanceOf(UnsupportedFormat.class)
        .extracting(e -> ((PlenaryException) e).reason()).asString().contains("OCR");
  }

  @Test
  void refusesATruncatedPdfAsCorrupt() throws Exception {
    byte[] truncated = HostileFiles.truncated(PdfMatchesTextTest.bytes("/golden/pdf/013-en.pdf"));
    assertThatThrownBy(() -> reader.read(new Source("cut.pdf", truncated), new Diagnostics()))
        .isInstanceOf(UnreadableInput.class)
        .extracting(e -> ((PlenaryException) e).reason()).asString().contains("corrupt PDF");
  }

  @Test
  void refusesAPdfWhosePageTreeIsALoop() {
    assertThatThrownBy(() -> reader.read(new Source("loop.pdf", HostileFiles.pageTreeLoopPdf()), new Diagnostics()))
        .isInstanceOf(UnreadableInput.class)
        .extracting(e -> ((PlenaryException) e).reason()).asString().contains("corrupt PDF");
  }
}
