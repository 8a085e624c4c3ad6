package org.plenary.read.ocr;

import java.text.Normalizer;

/**
 * Puts back together the accented letters a scan breaks: OCR reads an accent that stands a little
 * apart from its letter as a spacing character of its own ("Assemble´e", "segu´n", "Gene`ve"), or
 * as a combining mark that Unicode composes. A spacing accent next to a letter it composes with
 * (after it, else before it) becomes that letter's accented form; the rest is composed (NFC).
 * A vertical bar that touches a Latin letter or an apostrophe is the l it was printed as
 * ("|'Assemblée", "Conse|l"): a bar is never part of a word.
 */
public final class BrokenDiacritics {
  /** Spacing accents, position by position, and the combining marks they stand for. */
  private static final String SPACING = "\u00B4\u0060\u00A8\u005E\u00B8\u02DC\u02C6\u02CA\u02CB";
  private static final String COMBINING = "\u0301\u0300\u0308\u0302\u0327\u0303\u0302\u0301\u0300";

  private BrokenDiacritics() {}

  public static String repair(String read) {
    String word = read.indexOf('|') < 0 ? read : barsAsL(read);
    if (!hasSpacingAccent(word)) {
      return Normalizer.isNormalized(word, Normalizer.Form.NFC) ? word : Normalizer.normalize(word, Normalizer.Form.NFC);
    }
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      int accent = SPACING.indexOf(c);
      if (accent < 0) {
        out.append(c);
        continue;
      }
      char mark = COMBINING.charAt(accent);
      if (out.length() > 0 && composes(out.charAt(out.length() - 1), mark)) {
        char base = out.charAt(out.length() - 1);
        out.setCharAt(out.length() - 1, compose(base, mark));
      } else if (i + 1 < word.length() && composes(word.charAt(i + 1), mark)) {
        out.append(compose(word.charAt(i + 1), mark));
        i++;
      } else {
        out.append(c);
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  private static String barsAsL(String word) {
    StringBuilder out = new StringBuilder(word);
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) == '|' && (touchesWord(out, i - 1) || touchesWord(out, i + 1))) {
        out.setCharAt(i, 'l');
      }
    }
    return out.toString();
  }

  private static boolean touchesWord(CharSequence s, int i) {
    if (i < 0 || i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return c == '\'' || c == '\u2019' || Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  private static boolean hasSpacingAccent(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (SPACING.indexOf(word.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a letter and a mark make one precomposed letter ("e" and acute make "é"). */
  private static boolean composes(char letter, char mark) {
    return Character.isLetter(letter) && letter < 0x250 && compose(letter, mark) != letter;
  }

  private static char compose(char letter, char mark) {
    String composed = Normalizer.normalize("" + letter + mark, Normalizer.Form.NFC);
    return composed.length() == 1 ? composed.charAt(0) : letter;
  }
}
