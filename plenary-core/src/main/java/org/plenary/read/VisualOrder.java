package org.plenary.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Puts the glyphs of a right-to-left line, which a PDF holds in visual order (left to right on the
 * page), back into logical order. The whole line is reversed, then each run of left-to-right text
 * inside it (Latin words, digits, symbols such as "S/2020/947" or "28") is turned back, and paired
 * punctuation drawn mirrored is mirrored back. Units are glyphs, not characters, so a ligature
 * such as lam-alef keeps its own logical order.
 */
final class VisualOrder {
  private static final String MIRRORED = "()[]{}<>\u00AB\u00BB";

  private VisualOrder() {}

  /** Whether a line of glyph texts is written right to left: most of its strong letters are. */
  static boolean isRightToLeft(List<String> glyphs) {
    int rtl = 0;
    int ltr = 0;
    for (String g : glyphs) {
      for (int i = 0; i < g.length(); i++) {
        byte d = Character.getDirectionality(g.charAt(i));
        if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
          rtl++;
        } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
          ltr++;
        }
      }
    }
    return rtl > ltr;
  }

  /** The logical order of glyph texts given in visual order, for a right-to-left line. */
  static List<String> logical(List<String> visual) {
    List<String> out = new ArrayList<>(visual);
    Collections.reverse(out);
    int i = 0;
    while (i < out.size()) {
      if (!isLeftToRight(out.get(i))) {
        i++;
        continue;
      }
      int end = i;
      int j = i + 1;
      while (j < out.size() && !isRightToLeft(out.get(j))) {
        if (isLeftToRight(out.get(j))) {
          end = j;
        }
        j++;
      }
      Collections.reverse(out.subList(i, end + 1));
      i = end + 1;
    }
    for (int k = 0; k < out.size(); k++) {
      if (!insideLeftToRun(out, k)) {
        out.set(k, mirror(out.get(k)));
      }
    }
    return out;
  }

  private static boolean insideLeftToRun(List<String> glyphs, int k) {
    return k > 0 && k + 1 < glyphs.size() && isLeftToRight(glyphs.get(k - 1)) && isLeftToRight(glyphs.get(k + 1));
  }

  private static String mirror(String glyph) {
    if (glyph.length() != 1) {
      return glyph;
    }
    int at = MIRRORED.indexOf(glyph.charAt(0));
    return at < 0 ? glyph : String.valueOf(MIRRORED.charAt(at ^ 1));
  }

  /** Latin letters and digits (European and Arabic-Indic) read left to right inside RTL text. */
  private static boolean isLeftToRight(String glyph) {
    if (glyph.isEmpty()) {
      return false;
    }
    byte d = Character.getDirectionality(glyph.charAt(0));
    return d == Character.DIRECTIONALITY_LEFT_TO_RIGHT || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER
        || d == Character.DIRECTIONALITY_ARABIC_NUMBER;
  }

  private static boolean isRightToLeft(String glyph) {
    if (glyph.isEmpty()) {
      return false;
    }
    byte d = Character.getDirectionality(glyph.charAt(0));
    return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }
}
