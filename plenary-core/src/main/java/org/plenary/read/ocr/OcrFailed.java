package org.plenary.read.ocr;

/** Tesseract could not read one page: it failed, ran over its time, or said nothing readable. */
public final class OcrFailed extends Exception {
  private static final long serialVersionUID = 1L;

  public OcrFailed(String reason) {
    super(reason);
  }
}
