package org.plenary.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/** Broken and hostile inputs made at run time: each is what it says, built by the real libraries. */
public final class HostileFiles {
  private HostileFiles() {}

  /** A one-page PDF with a line of text, encrypted with a user password. */
  public static byte[] encryptedPdf() throws IOException {
    try (PDDocument pdf = textPdf("Letter dated 28 September 2020")) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      return save(pdf);
    }
  }

  /** A PDF whose only page is a scanned image, without any text. */
  public static byte[] imageOnlyPdf() throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.drawImage(LosslessFactory.createFromImage(pdf, scan), 50, 500);
      }
      return save(pdf);
    }
  }

  /** The first third of a real PDF. */
  public static byte[] truncated(byte[] pdf) {
    return Arrays.copyOf(pdf, pdf.length / 3);
  }

  /** A PDF whose page tree is a loop: the root's kid has the root as its kid. */
  public static byte[] pageTreeLoopPdf() {
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    int[] offsets = new int[4];
    String[] objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>"};
    for (int i = 0; i < objects.length; i++) {
      offsets[i + 1] = pdf.length();
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 4\n0000000000 65535 f \n");
    for (int i = 1; i <= 3; i++) {
      pdf.append(String.format("%010d 00000 n \n", offsets[i]));
    }
    pdf.append("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A .docx whose document part inflates from a few kilobytes to 50 MB. */
  public static byte[] zipBombDocx() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
          + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 50; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** An XML document that pulls a local file in through an external entity. */
  public static byte[] externalEntityXml() {
    return ("<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
        + "<akomaNtoso><doc><p>&secret;</p></doc></akomaNtoso>\n").getBytes(StandardCharsets.UTF_8);
  }

  private static PDDocument textPdf(String text) throws IOException {
    PDDocument pdf = new PDDocument();
    PDPage page = new PDPage();
    pdf.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      content.newLineAtOffset(72, 700);
      content.showText(text);
      content.endText();
    }
    return pdf;
  }

  private static byte[] save(PDDocument pdf) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf.save(out);
    return out.toByteArray();
  }
}
