package org.plenary.read.ocr;

import java.time.Duration;
import java.util.Optional;
import org.plenary.model.Language;

/**
 * How scanned pages are read.
 *
 * @param mode when pages are read by OCR
 * @param language the language a user gave: it picks the OCR model instead of the script detected
 * @param dpi the resolution pages are rendered at for OCR
 * @param pageTimeout the longest one page may take to recognise; a page over it is a warning
 * @param threads how many pages of one document are recognised at once
 */
public record OcrSettings(OcrMode mode, Optional<Language> language, int dpi, Duration pageTimeout, int threads) {
  /** The resolution Tesseract reads best at: 300 dpi. */
  public static final int DPI = 300;
  /** Far above the few seconds a dense page takes, so only a stuck process meets it. */
  public static final Duration PAGE_TIMEOUT = Duration.ofSeconds(120);

  /** OCR where it is needed, the language detected, one page per core at a time. */
  public static OcrSettings defaults() {
    return new OcrSettings(OcrMode.AUTO, Optional.empty(), DPI, PAGE_TIMEOUT,
        Runtime.getRuntime().availableProcessors());
  }

  public OcrSettings withMode(OcrMode other) {
    return new OcrSettings(other, language, dpi, pageTimeout, threads);
  }

  public OcrSettings withLanguage(Language forced) {
    return new OcrSettings(mode, Optional.of(forced), dpi, pageTimeout, threads);
  }
}
