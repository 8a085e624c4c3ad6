package org.plenary.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Puts the glyphs of a right-to-left line, which a PDF holds in visual order (left to right on the
 * page), back into logical order. The whole line is reversed, then each run of left-to-right text
 * inside it (Latin words with what stands between them, numbers with their separators, symbols such
 * as "S/2020/947") is turned back; a space between two numbers belongs to the right-to-left text,
 * as in the Unicode bidirectional algorithm. Brackets keep their characters: PDF producers map a
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
      int end = i;
      boolean latin = isLatin(out.get(i));
      int j = i + 1;
      while (j < out.size() && !isRightToLeft(out.get(j))) {
        String glyph = out.get(j);
        if (isLeftToRight(glyph)) {
          latin |= isLatin(glyph);
          end = j;
        } else if (glyph.isBlank() && !latin) {
          // a space between two numbers is right to left: "687 (1991)" stays two runs
          break;
        }
        j++;
      }
      Collections.reverse(out.subList(i, end + 1));
      i = end + 1;
    }
    return out;
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
