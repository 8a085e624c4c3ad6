package org.plenary.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Puts the glyphs of a right-to-left line, which a PDF holds in visual order (left to right on the
 * page), back into logical order. The whole line is reversed, then each run of left-to-right text
 * inside it is turned back, with the runs the Unicode bidirectional algorithm makes: from a Latin
 * letter on, everything up to the next Arabic letter is one run ("S/22558، 2"), digits after a
 * Latin letter reading as Latin; numbers alone keep a separator inside ("2020/947") while a space
 * between two numbers belongs to the right-to-left text ("687 (1991)"). A number before a Latin
 * symbol with nothing Arabic between is read as part of the symbol's run, the likelier reading of
 * an ambiguous picture. Brackets keep their characters: PDF producers map a
 * mirrored glyph to the character of the text. Units are glyphs, not characters, so a ligature such
 * as lam-alef keeps its own logical order.
 */
final class VisualOrder {
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
      int lastLatin = lastLatinBeforeRightToLeft(out, i);
      if (lastLatin >= 0) {
        // digits after a Latin letter read left to right with it (rule W7): one run to the letter
        Collections.reverse(out.subList(i, lastLatin + 1));
        i = lastLatin + 1;
        continue;
      }
      int end = i;
      int j = i + 1;
      while (j < out.size()) {
        if (isLeftToRight(out.get(j))) {
          end = j++;
          continue;
        }
        int k = j;
        while (k < out.size() && !isLeftToRight(out.get(k)) && !isRightToLeft(out.get(k))) {
          k++;
        }
        if (k < out.size() && isLeftToRight(out.get(k)) && joins(out, end, j, k)) {
          end = k;
          j = k + 1;
        } else {
          break;
        }
      }
      Collections.reverse(out.subList(i, end + 1));
      i = end + 1;
    }
    return out;
  }

  /** The last Latin letter from {@code from} up to the next right-to-left glyph, or -1. */
  private static int lastLatinBeforeRightToLeft(List<String> glyphs, int from) {
    int last = -1;
    for (int k = from; k < glyphs.size() && !isRightToLeft(glyphs.get(k)); k++) {
      if (isLatin(glyphs.get(k))) {
        last = k;
      }
    }
    return last;
  }

  /**
   * Whether the neutral glyphs between two digits belong to their left-to-right run: one separator
   * does ("2020/947", "1.5"); a space between two numbers is right to left.
   */
  private static boolean joins(List<String> glyphs, int last, int from, int next) {
    if (next != from + 1) {
      return false;
    }
    byte d = Character.getDirectionality(glyphs.get(from).charAt(0));
    return d == Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR;
  }

  private static boolean isLatin(String glyph) {
    return Character.getDirectionality(glyph.charAt(0)) == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
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
