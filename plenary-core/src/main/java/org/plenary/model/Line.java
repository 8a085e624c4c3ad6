package org.plenary.model;

/**
 * One printed line as a reader saw it. Text readers know only the text and its indentation;
 * layout-aware readers add the position and font size (NaN where unknown).
 *
 * @param text the line without its leading indentation and without the line break
 * @param indent leading spaces of a text line (a tab counts as four), 0 where unknown
 * @param x left edge in points, NaN where unknown
 * @param y baseline from the top of the page in points, NaN where unknown
 * @param width width in points, NaN where unknown
 * @param fontSize font size in points, NaN where unknown
 * @param bold whether the line is set in a bold face
 */
public record Line(String text, int indent, float x, float y, float width, float fontSize, boolean bold) {

  /** A line of plain text with its indentation. */
  public static Line ofText(String text, int indent) {
    return new Line(text, indent, Float.NaN, Float.NaN, Float.NaN, Float.NaN, false);
  }

  public boolean isBlank() {
    return text.isBlank();
  }
}
