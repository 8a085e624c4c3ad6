package org.plenary.align;

import java.util.EnumMap;
import java.util.Map;
import org.plenary.lang.PackFormatException;
import org.plenary.lang.Tsv;
import org.plenary.model.Language;

/**
 * How segment lengths compare across languages. A document's versions are brought to one length
 * scale by their own totals (the ratio is learned from the document itself: Chinese takes about a
 * quarter of the characters of English, and a report less or more than a resolution), and each
 * language adds its share to the variance of a pair ({@code length-variance.tsv}).
 */
final class LengthModel {
  private static final Map<Language, Double> VARIANCE = load();

  private LengthModel() {}

  static double variance(Language language) {
    return VARIANCE.get(language);
  }

  /**
   * The two parts of a segment's length: {@code [0]} its letters written in the version's own
   * script, which translation changes with the language; {@code [1]} what all six write alike
   * (digits, punctuation, and Latin letters in a text of another script, as symbols and acronyms
   * are), which a version's scale must not stretch: a list of resolution numbers is as long in
   * Chinese as in English, though Chinese prose takes a third of its characters.
   */
  static double[] parts(String segment, boolean latinIsForeign) {
    double own = 0;
    double shared = 0;
    for (int i = 0; i < segment.length(); ) {
      int c = segment.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        continue;
      }
      if (Character.isLetter(c) && !(latinIsForeign && c < 0x250)) {
        own++;
      } else {
        shared++;
      }
    }
    return new double[] {own, shared};
  }

  /** Whether a version's own script is not Latin: most of its letters are of another script. */
  static boolean writesInAnotherScript(java.util.List<String> segments) {
    long latin = 0;
    long other = 0;
    for (String s : segments) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isLetter(c)) {
          if (c < 0x250) {
            latin++;
          } else {
            other++;
          }
        }
      }
    }
    return other > latin;
  }

  private static Map<Language, Double> load() {
    Map<Language, Double> out = new EnumMap<>(Language.class);
    for (Tsv.Row row : Tsv.read(LengthModel.class, "length-variance.tsv", "language", "variance")) {
      Language language = Language.find(row.get(0)).orElseThrow(
          () -> new PackFormatException(row.resource(), row.line(), "unknown language " + row.get(0)));
      try {
        out.put(language, Double.parseDouble(row.get(1).strip()));
      } catch (NumberFormatException e) {
        throw new PackFormatException(row.resource(), row.line(), "not a number: " + row.get(1), e);
      }
    }
    for (Language language : Language.values()) {
      if (!out.containsKey(language)) {
        throw new PackFormatException("length-variance.tsv", 0, "no variance for " + language.code());
      }
    }
    return out;
  }
}
