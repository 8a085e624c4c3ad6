package org.plenary.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * PDFs made at run time to attack the PDF reader's bounds, each built with PDFBox and each what its
 * name says. Large inflated sizes are written through a deflater, never held in memory.
 */
public final class HostilePdfs {
  private HostilePdfs() {}

  /** A PDF of {@code pages} pages, each with {@code lines} lines of text that no other page repeats. */
  public static byte[] pages(int pages, int lines) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int p = 1; p <= pages; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
          content.beginText();
          content.setFont(font, 10);
          content.setLeading(14);
          content.newLineAtOffset(72, 720);
          for (int l = 1; l <= lines; l++) {
            content.showText("The Committee considered item " + letters(p) + " at its meeting " + letters(l)
                + " and adopted the draft text without a vote.");
            content.newLine();
          }
          content.endText();
        }
      }
      return save(pdf);
    }
  }

  /** A number written in letters a to z, so that lines differ by more than their digits. */
  private static String letters(int n) {
    StringBuilder s = new StringBuilder();
    for (int v = n; v > 0; v /= 26) {
      s.append((char) ('a' + v % 26));
    }
    return s.toString();
  }

  /**
   * A PDF of {@code pages} pages whose page tree says it has one: a reader that trusts the count
   * would not see the others coming.
   */
  public static byte[] pagesUnderADeclaredCountOfOne(int pages) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        pdf.addPage(new PDPage(PDRectangle.A4));
      }
      pdf.getPages().getCOSObject().setInt(COSName.COUNT, 1);
      return save(pdf);
    }
  }

  /**
   * A PDF of {@code pages} pages that all draw one content stream: a line of text, then
   * {@code inflated} bytes of spaces that deflate to a small fraction of that.
   */
  public static byte[] sharedContentStream(int pages, long inflated) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      COSStream content = pdf.getDocument().createCOSStream();
      content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      try (OutputStream raw = content.createRawOutputStream()) {
        deflate(raw, "BT /F1 10 Tf 72 700 Td (A shared page) Tj ET\n", inflated);
      }
      PDResources resources = helvetica();
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        page.setResources(resources);
        page.getCOSObject().setItem(COSName.CONTENTS, content);
        pdf.addPage(page);
      }
      return save(pdf);
    }
  }

  /**
   * A one-page PDF of a line of text and then {@code inflated} bytes of the tiniest operators (a
   * graphics state saved and restored, over and over): legal, within every bound, and slow to
   * interpret, tens of millions of operators.
   */
  public static byte[] tinyOperators(long inflated) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      COSStream content = pdf.getDocument().createCOSStream();
      content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      try (OutputStream raw = content.createRawOutputStream()) {
        deflate(raw, "BT /F1 10 Tf 72 700 Td (Slow to read) Tj ET\n", inflated, "q Q\n");
      }
      PDPage page = new PDPage(PDRectangle.A4);
      page.setResources(helvetica());
      page.getCOSObject().setItem(COSName.CONTENTS, content);
      pdf.addPage(page);
      return save(pdf);
    }
  }

  /** A one-page PDF whose font program inflates to {@code inflated} bytes. */
  public static byte[] fontProgramInflating(long inflated) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      COSStream program = pdf.getDocument().createCOSStream();
      program.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      try (OutputStream raw = program.createRawOutputStream()) {
        deflate(raw, "", inflated);
      }
      COSDictionary descriptor = new COSDictionary();
      descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
      descriptor.setName(COSName.FONT_NAME, "Bomb");
      descriptor.setItem(COSName.FONT_FILE2, program);
      COSDictionary font = new COSDictionary();
      font.setItem(COSName.TYPE, COSName.FONT);
      font.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
      font.setName(COSName.BASE_FONT, "Bomb");
      font.setItem(COSName.FONT_DESC, descriptor);
      COSDictionary fonts = new COSDictionary();
      fonts.setItem(COSName.getPDFName("F1"), font);
      PDResources resources = new PDResources();
      resources.getCOSObject().setItem(COSName.FONT, fonts);
      PDPage page = new PDPage(PDRectangle.A4);
      page.setResources(resources);
      pdf.addPage(page);
      COSStream content = pdf.getDocument().createCOSStream();
      try (OutputStream out = content.createOutputStream()) {
        out.write("BT /F1 10 Tf 72 700 Td (Letter) Tj ET".getBytes(StandardCharsets.US_ASCII));
      }
      page.getCOSObject().setItem(COSName.CONTENTS, content);
      return save(pdf);
    }
  }

  /** A one-page PDF whose text sits inside forms drawn inside forms, {@code depth} deep. */
  public static byte[] nestedForms(int depth) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      PDFormXObject inner = null;
      for (int level = depth; level >= 1; level--) {
        PDFormXObject form = new PDFormXObject(pdf);
        form.setBBox(PDRectangle.A4);
        PDResources resources = helvetica();
        String body = "BT /F1 10 Tf 72 " + (760 - 14 * level) + " Td (Level " + level + ") Tj ET\n";
        if (inner != null) {
          resources.getCOSObject().setItem(COSName.XOBJECT, xobjects(inner));
          body += "/Fx Do\n";
        }
        form.setResources(resources);
        try (OutputStream out = form.getCOSObject().createOutputStream()) {
          out.write(body.getBytes(StandardCharsets.US_ASCII));
        }
        inner = form;
      }
      PDResources resources = new PDResources();
      resources.getCOSObject().setItem(COSName.XOBJECT, xobjects(inner));
      page.setResources(resources);
      COSStream content = pdf.getDocument().createCOSStream();
      try (OutputStream out = content.createOutputStream()) {
        out.write("/Fx Do".getBytes(StandardCharsets.US_ASCII));
      }
      page.getCOSObject().setItem(COSName.CONTENTS, content);
      return save(pdf);
    }
  }

  /** A one-page PDF whose content stream opens {@code depth} arrays inside one another. */
  public static byte[] nestedArrays(int depth) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      page.setResources(helvetica());
      pdf.addPage(page);
      COSStream content = pdf.getDocument().createCOSStream();
      try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
        out.write("BT /F1 10 Tf 72 700 Td (Nested) Tj ET\n".getBytes(StandardCharsets.US_ASCII));
        out.write("[".repeat(depth).getBytes(StandardCharsets.US_ASCII));
        out.write("]".repeat(depth).getBytes(StandardCharsets.US_ASCII));
        out.write(" TJ".getBytes(StandardCharsets.US_ASCII));
      }
      page.getCOSObject().setItem(COSName.CONTENTS, content);
      return save(pdf);
    }
  }

  private static COSDictionary xobjects(PDFormXObject form) {
    COSDictionary xobjects = new COSDictionary();
    xobjects.setItem(COSName.getPDFName("Fx"), form);
    return xobjects;
  }

  private static PDResources helvetica() {
    PDResources resources = new PDResources();
    resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
    return resources;
  }

  /** Writes {@code head} then spaces up to {@code total} bytes, deflated, to {@code raw}. */
  private static void deflate(OutputStream raw, String head, long total) throws IOException {
    deflate(raw, head, total, " ");
  }

  /** Writes {@code head} then {@code filler} over and over up to {@code total} bytes, deflated. */
  private static void deflate(OutputStream raw, String head, long total, String filler) throws IOException {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try (DeflaterOutputStream out = new DeflaterOutputStream(raw, deflater, 1 << 16)) {
      byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
      out.write(headBytes);
      byte[] chunk = filler.repeat((1 << 20) / filler.length()).getBytes(StandardCharsets.US_ASCII);
      for (long left = total - headBytes.length; left > 0; left -= chunk.length) {
        out.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
    } finally {
      deflater.end();
    }
  }

  private static byte[] save(PDDocument pdf) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf.save(out);
    return out.toByteArray();
  }
}
