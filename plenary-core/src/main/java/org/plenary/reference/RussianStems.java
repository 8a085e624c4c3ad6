package org.plenary.reference;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts capitalised Russian words to a stem, so that a State name matches in any case: Russian
 * titles name the author State in the genitive ("Постоянного представителя Армении", "Исламской
 * Республики Иран") where the table has the nominative ("Армения", "Исламская Республика Иран").
 * Only capitalised words are cut, as names are written, so common words keep their endings and do
 * not collide with short names; a stem keeps at least three letters.
 */
final class RussianStems {
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\p{Ll}{3,}(?![\\p{L}])");
  /** Case and number endings of nouns and adjectives, longest first. */
  private static final Pattern ENDING = Pattern.compile(
      "(?:ого|его|ому|ему|ыми|ими|ой|ей|ий|ый|ая|яя|ое|ее|ые|ие|ых|их|ую|юю|ов|ев|ам|ям|ах|ях|ом|ем|ию|ия|ии|ью|а|я|о|е|ы|и|й|у|ю|ь)$");
  private static final int MIN_STEM = 3;

  private RussianStems() {}

  static String of(String text) {
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(stem(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String stem(String word) {
    Matcher e = ENDING.matcher(word);
    if (e.find() && e.start() >= MIN_STEM) {
      return word.substring(0, e.start());
    }
    return word;
  }
}
