package org.plenary.read;

/**
 * One drawn glyph of a PDF page: its text (one or more characters, a ligature may stand for
 * several), left edge, baseline from the top of the page, width, height and font size in points,
 * and whether its font is bold.
 */
record Glyph(String text, float x, float y, float width, float height, float fontSize, boolean bold) {
  float right() {
    return x + width;
  }

  float top() {
    return y - height;
  }
}
