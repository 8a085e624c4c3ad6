package org.plenary.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.plenary.model.SourceFormat;

/**
 * Tells the format of a source by its content, never by its name: the magic bytes of PDF, OLE2
 * (Word .doc), a ZIP package that holds a Word document ({@code word/document.xml}, or a
 * {@code [Content_Types].xml} naming the Word main part), the page images scanners write (PNG,
 * JPEG, TIFF), the markup of HTML and of XML; anything else is text. A ZIP that is not a Word
 * document, a GIF or another binary is of no format a reader takes.
 */
public final class FormatDetector {
  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  private static final int SNIFF = 1024;
  /** Zip entries looked at before a package is judged not to be a Word document. */
  private static final int MAX_ENTRIES = 64;
  private static final int MAX_CONTENT_TYPES = 64 * 1024;

  /** The format of the bytes, or empty when they are of a kind no reader takes (an archive, say). */
  public Optional<SourceFormat> detect(byte[] bytes) {
    if (startsWith(bytes, PDF, 0) || indexOf(bytes, PDF, SNIFF) >= 0) {
      return Optional.of(SourceFormat.PDF);
    }
    if (startsWith(bytes, ZIP, 0)) {
      return isWordPackage(bytes) ? Optional.of(SourceFormat.DOCX) : Optional.empty();
    }
    if (startsWith(bytes, OLE2, 0)) {
      return Optional.of(SourceFormat.DOC);
    }
    if (isPageImage(bytes)) {
      return Optional.of(SourceFormat.IMAGE);
    }
    if (startsWith(bytes, "GIF8".getBytes(StandardCharsets.US_ASCII), 0)) {
      return Optional.empty();
    }
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1)
        .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")) {
      return Optional.of(SourceFormat.HTML);
    }
    if (head.startsWith("<?xml") || head.startsWith("<!doctype") || head.matches("(?s)^<[a-z_][\\w.:-]*[\\s>/].*")) {
      return Optional.of(SourceFormat.XML);
    }
    return Optional.of(SourceFormat.TEXT);
  }

  /**
   * Whether a ZIP package is a Word document. Reads only entry names and the small content-types
   * part, never inflates a large entry, so a zip bomb costs nothing here.
   */
  private static boolean isWordPackage(byte[] bytes) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      for (int n = 0; n < MAX_ENTRIES && (entry = zip.getNextEntry()) != null; n++) {
        String name = entry.getName();
        if (name.equals("word/document.xml")) {
          return true;
        }
        if (name.equals("[Content_Types].xml")) {
          byte[] types = zip.readNBytes(MAX_CONTENT_TYPES);
          if (new String(types, StandardCharsets.UTF_8).contains("wordprocessingml.document.main")) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /** PNG, JPEG and TIFF: the formats scanners write pages in. */
  private static boolean isPageImage(byte[] b) {
    return startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 0)
        || startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 0)
        || startsWith(b, new byte[] {'I', 'I', 42, 0}, 0)
        || startsWith(b, new byte[] {'M', 'M', 0, 42}, 0);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
    if (bytes.length < at + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte[] needle, int limit) {
    for (int i = 0; i + needle.length <= Math.min(bytes.length, limit); i++) {
      if (startsWith(bytes, needle, i)) {
        return i;
      }
    }
    return -1;
  }
}
