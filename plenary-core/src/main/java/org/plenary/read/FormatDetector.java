package org.plenary.read;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.plenary.model.SourceFormat;

/**
 * Tells the format of a source by its content, never by its name: the magic bytes of PDF, ZIP
 * (Word .docx), OLE2 (Word .doc), and the markup of HTML; anything else is text.
 */
public final class FormatDetector {
  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  private static final int SNIFF = 1024;

  /** The format of the bytes, or empty when they are of a kind no reader takes (an image, say). */
  public Optional<SourceFormat> detect(byte[] bytes) {
    if (startsWith(bytes, PDF, 0) || indexOf(bytes, PDF, SNIFF) >= 0) {
      return Optional.of(SourceFormat.PDF);
    }
    if (startsWith(bytes, ZIP, 0)) {
      return Optional.of(SourceFormat.DOCX);
    }
    if (startsWith(bytes, OLE2, 0)) {
      return Optional.of(SourceFormat.DOC);
    }
    if (isImage(bytes)) {
      return Optional.empty();
    }
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(java.util.Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")) {
      return Optional.of(SourceFormat.HTML);
    }
    return Optional.of(SourceFormat.TEXT);
  }

  private static boolean isImage(byte[] b) {
    return startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 0)
        || startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 0)
        || startsWith(b, "GIF8".getBytes(StandardCharsets.US_ASCII), 0)
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
