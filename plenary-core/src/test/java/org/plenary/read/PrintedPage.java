package org.plenary.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A one-page PDF made at run time the way the UN prints a first page: each line drawn where the
 * test puts it (left edge and baseline in points from the top left of an A4 page), in Times, at its
 * size and weight. The lines may be given in any order: the content stream draws them as given.
 */
final class PrintedPage {
  private record Drawn(float x, float y, float size, boolean bold, String text, String mark) {}

  private final List<Drawn> lines = new ArrayList<>();

  /** A line of regular type. */
  PrintedPage line(float x, float y, float size, String text) {
    lines.add(new Drawn(x, y, size, false, text, null));
    return this;
  }

  /** A bold line with a footnote mark raised after its last letter, as a title's note is printed. */
  PrintedPage boldNoted(float x, float y, float size, String text, String mark) {
    lines.add(new Drawn(x, y, size, true, text, mark));
    return this;
  }

  /** A line set bold. */
  PrintedPage bold(float x, float y, float size, String text) {
    lines.add(new Drawn(x, y, size, true, text, null));
    return this;
  }

  byte[] pdf() throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
      PDType1Font heavy = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      float height = page.getMediaBox().getHeight();
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        for (Drawn line : lines) {
          content.beginText();
          content.setFont(line.bold() ? heavy : regular, line.size());
          content.newLineAtOffset(line.x(), height - line.y());
          content.showText(line.text());
          content.endText();
          if (line.mark() != null) {
            PDType1Font font = line.bold() ? heavy : regular;
            float right = line.x() + font.getStringWidth(line.text()) / 1000 * line.size();
            content.beginText();
            content.setFont(font, line.size() * 0.6f);
            content.newLineAtOffset(right, height - line.y() + line.size() * 0.35f);
            content.showText(line.mark());
            content.endText();
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
  }
}
