package org.plenary.lang;

import java.text.Normalizer;

/**
 * French and Spanish as scans and old prints give them: an accent may be lost ("Assemblee
 * generale", "decimo") or printed as a mark after its letter. Patterns are widened so that each
 * accented letter of a phrase also matches its letter without the accent, and a combining mark
 * may follow; the text shown never changes.
 */
public final class LatinAccents implements MatchForm {
  private static final String MARKS = "[\\u0300-\\u036F]?";

  @Override
  public String fold(String text) {
    return text;
  }

  @Override
  public String widen(String regex) {
    return MatchForm.widenLetters(regex, c -> {
      if (c < 0xC0 || c > 0x24F || !Character.isLetter(c)) {
        return null;
      }
      String base = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD).substring(0, 1);
      return base.charAt(0) == c ? null : "" + (char) c + base;
    }, MARKS);
  }
}
