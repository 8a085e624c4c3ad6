package org.plenary.read.ocr;

import java.util.List;

/**
 * One line as Tesseract's layout analysis found it: its words left to right (in the order of the
 * image, also for right-to-left scripts), its box, its baseline and its size, all in pixels.
 *
 * @param baselineSlope rise of the baseline per pixel to the right (negative: it climbs)
 * @param baselineOffset the baseline's height at the line's left edge, from the box's bottom
 *     (negative: above it)
 * @param size the height from descenders to ascenders, Tesseract's {@code x_size}: about the font
 *     size
 */
public record OcrLine(List<OcrWord> words, float left, float top, float right, float bottom, float baselineSlope,
    float baselineOffset, float size) {
  public OcrLine {
    words = List.copyOf(words);
  }

  /** The baseline's distance from the top of the image at {@code x}. */
  public float baselineAt(float x) {
    return bottom + baselineOffset + baselineSlope * (x - left);
  }
}
