package org.plenary.read.ocr;

/** OCR cannot run on this machine: Tesseract, or the model a page needs, is not installed. */
public final class OcrUnavailable extends Exception {
  private static final long serialVersionUID = 1L;

  public OcrUnavailable(String reason) {
    super(reason);
  }
}
