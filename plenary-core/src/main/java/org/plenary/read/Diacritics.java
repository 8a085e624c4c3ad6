package org.plenary.read;

import java.text.Normalizer;
import java.util.List;

/**
 * Marks that a PDF draws as glyphs of their own over a letter: combining marks (Arabic shadda and
 * vowel signs, Latin accents from some producers) and the spacing accents old producers place over
 * a letter (´ ¨ ˆ). A mark belongs to the letter it stands over, whichever was drawn first; it is
 * combined with that letter (a spacing accent as its combining form, the result in NFC), so that
 * ordering glyphs by position cannot move it to a neighbour.
 */
final class Diacritics {
  /** Spacing accents and the combining marks they stand for, position by position. */
  private static final String SPACING = "\u00B4\u00A8\u02C6\u02DC\u00B8\u02DA\u02C7\u02D8\u02DD\u00AF\u02D9";
  private static final String COMBINING = "\u0301\u0308\u0302\u0303\u0327\u030A\u030C\u0306\u030B\u0304\u0307";
  /** How many glyphs on either side of a mark may be its letter. */
  private static final int REACH = 2;

  private Diacritics() {}

  /**
   * Combines each mark of a row (glyphs left to right, with their raised flags) with the letter it
   * stands over; a mark over no letter stays as it is.
   */
  static void attach(List<Glyph> row, List<Boolean> raised) {
    for (int i = 0; i < row.size(); i++) {
      Glyph mark = row.get(i);
      if (!isMark(mark.text())) {
        continue;
      }
      int base = -1;
      float best = Float.MAX_VALUE;
      for (int k = Math.max(0, i - REACH); k <= Math.min(row.size() - 1, i + REACH); k++) {
        Glyph letter = row.get(k);
        if (k == i || letter.isBlank() || isMark(letter.text()) || !over(letter, mark)) {
          continue;
        }
        float distance = Math.abs(letter.x() + letter.width() / 2 - mark.x());
        if (distance < best) {
          best = distance;
          base = k;
        }
      }
      if (base >= 0) {
        Glyph letter = row.get(base);
        row.set(base, letter.withText(combine(letter.text(), mark.text())));
        row.remove(i);
        raised.remove(i);
        i--;
      }
    }
  }

  /** Whether a glyph's text is only marks. */
  static boolean isMark(String text) {
    if (text.length() == 1 && SPACING.indexOf(text.charAt(0)) >= 0) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      int type = Character.getType(text.charAt(i));
      if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK) {
        return false;
      }
    }
    return !text.isEmpty();
  }

  /** Whether a mark stands over a letter: its left edge within the letter's width. */
  private static boolean over(Glyph letter, Glyph mark) {
    float slack = 0.1f * letter.fontSize();
    return mark.x() >= letter.x() - slack && mark.x() <= letter.right() + slack
        && Math.abs(mark.y() - letter.y()) <= 0.6f * letter.fontSize();
  }

  private static String combine(String letter, String mark) {
    int spacing = mark.length() == 1 ? SPACING.indexOf(mark.charAt(0)) : -1;
    String combining = spacing >= 0 ? String.valueOf(COMBINING.charAt(spacing)) : mark;
    return Normalizer.normalize(letter + combining, Normalizer.Form.NFC);
  }
}
