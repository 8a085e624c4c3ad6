package org.plenary.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.plenary.model.Line;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;

/**
 * Words apart by a moved pen and no space glyph, as older printer drivers write them: a
 * non-embedded Times at size 1 scaled by the text matrix, each word space a TJ offset a little
 * under Times' own space (a quarter em), with a small character spacing.
 */
class PdfWordSpacingTest {

  @Test
  void readsWordsSpacedByTextOffsetsWithoutSpaceGlyphs() throws Exception {
    String text = String.join("\n", new PdfReader().read(new Source("spaced.pdf", pdf()), new Diagnostics())
        .lines().stream().map(Line::text).toList());
    assertThat(text).contains("Agenda item 87").contains("Information from Non-Self-Governing Territories");
  }

  @Test
  void readsAnApostropheSetApartByLessThanASpaceWithItsWord() throws Exception {
    PDType1Font times = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    float minister = times.getStringWidth("the Prime Minister") / 1000 * 10;
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(times, 10);
        content.newLineAtOffset(72, 700);
        content.showText("the Prime Minister");
        content.endText();
        content.beginText();
        content.setFont(times, 10);
        content.newLineAtOffset(72 + minister + 1.7f, 700);
        content.showText("\u2019s decree");
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
    }
    String text = String.join("\n", new PdfReader().read(new Source("apostrophe.pdf", pdf), new Diagnostics())
        .lines().stream().map(Line::text).toList());
    assertThat(text).contains("the Prime Minister\u2019s decree");
  }

  private static byte[] pdf() throws Exception {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 1);
        content.setCharacterSpacing(0.013f);
        content.setTextMatrix(new Matrix(12, 0, 0, 12, 72, 700));
        content.showTextWithPositioning(new Object[] {"Age", -6f, "nda", -250f, "ite", -6f, "m", -233f, "8", -24f, "7"});
        content.setTextMatrix(new Matrix(12, 0, 0, 12, 72, 680));
        content.showTextWithPositioning(new Object[] {
            "Inf", 20f, "ormation", -228f, "from", -240f, "Non-Self-Governing", -221f, "Territories"});
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
  }
}
