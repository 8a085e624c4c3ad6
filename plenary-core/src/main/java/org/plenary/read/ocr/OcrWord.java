package org.plenary.read.ocr;

/**
 * One word Tesseract read: its text, its box in pixels from the top left of the image, and its
 * confidence from 0 to 100.
 */
public record OcrWord(String text, float left, float top, float right, float bottom, float confidence) {
  public float height() {
    return bottom - top;
  }
}
