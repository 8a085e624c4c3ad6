package org.plenary.lang.ru;

import org.plenary.lang.MatchForm;

/**
 * Cyrillic text typed with Latin letters that look the same: the UN's own files print
 * "Cемьдесят пятая сессия" with a Latin C. Patterns are widened to accept the Latin look-alike
 * wherever they have a Cyrillic letter; a folded copy turns look-alikes in Cyrillic words back to
 * Cyrillic. What is shown never changes.
 */
public final class CyrillicLookalikes implements MatchForm {
  /** Cyrillic letters and their Latin look-alikes, position by position. */
  private static final String CYRILLIC = "аеорсухАВЕКМНОРСТХ";
  private static final String LATIN = "aeopcyxABEKMHOPCTX";

  @Override
  public String fold(String text) {
    StringBuilder out = new StringBuilder(text);
    int wordStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || !Character.isLetter(text.charAt(i))) {
        if (hasCyrillic(text, wordStart, i)) {
          for (int j = wordStart; j < i; j++) {
            int latin = LATIN.indexOf(text.charAt(j));
            if (latin >= 0) {
              out.setCharAt(j, CYRILLIC.charAt(latin));
            }
          }
        }
        wordStart = i + 1;
      }
    }
    return out.toString();
  }

  @Override
  public String widen(String regex) {
    return MatchForm.widenLetters(regex, c -> {
      int cyrillic = CYRILLIC.indexOf(c);
      return cyrillic < 0 ? null : "" + (char) c + LATIN.charAt(cyrillic);
    }, "");
  }

  private static boolean hasCyrillic(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
        return true;
      }
    }
    return false;
  }
}
