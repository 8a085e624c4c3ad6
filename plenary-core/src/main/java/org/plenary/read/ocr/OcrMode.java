package org.plenary.read.ocr;

import java.util.Locale;
import java.util.Optional;

/** When pages are read by OCR rather than from their text layer. */
public enum OcrMode {
  /** Pages without a text layer, and pages whose text layer is garbage (a bad OCR layer, say). */
  AUTO,
  /** Never: a scanned PDF is refused as needing OCR, as without Tesseract. */
  NEVER,
  /** Every page, whatever text layer it carries. */
  ALWAYS;

  /** The mode of a command-line word: {@code auto}, {@code never} or {@code always}. */
  public static Optional<OcrMode> find(String word) {
    for (OcrMode mode : values()) {
      if (mode.name().equalsIgnoreCase(word.trim())) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
