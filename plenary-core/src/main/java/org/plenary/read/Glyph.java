package org.plenary.read;

/**
 * One drawn glyph of a PDF page: its text (one or more characters, a ligature may stand for
 * several), left edge and baseline in points from the top left of the page as shown, advance
 * width and font size in points, whether its font is bold, and the direction it is written in
 * (0 left to right, 1 down the page, 2 upside down, 3 up the page; quarter turns clockwise).
 */
record Glyph(String text, float x, float y, float width, float fontSize, boolean bold, int direction) {

  /** A glyph written left to right, as tests and upright pages have them. */
  Glyph(String text, float x, float y, float width, float fontSize, boolean bold) {
    this(text, x, y, width, fontSize, bold, 0);
  }

  float right() {
    return x + width;
  }

  /** The top of the glyph's letters: capitals and ascenders reach about 0.7 of the font size. */
  float top() {
    return y - 0.7f * fontSize;
  }

  boolean isBlank() {
    // nearly every glyph is one character: asked of it directly, as String.isBlank would
    return text.length() == 1 ? Character.isWhitespace(text.charAt(0)) : text.isBlank();
  }

  /** The same glyph with another text (a mark added to its letter). */
  Glyph withText(String newText) {
    return new Glyph(newText, x, y, width, fontSize, bold, direction);
  }

  /** The same glyph moved to another place, upright. */
  Glyph at(float newX, float newY) {
    return new Glyph(text, newX, newY, width, fontSize, bold, 0);
  }
}
