package org.plenary.lang;

/**
 * How one language's text is compared, where printing varies without changing what is written
 * (Arabic tatweel and alef forms, for instance). It never changes the text that is shown: it
 * folds a copy for lookups, and widens a pattern so that it matches every printed variant of the
 * shown text, so offsets and evidence stay on the text as printed.
 */
public interface MatchForm {
  /** The form that changes nothing, for languages whose printing does not vary. */
  MatchForm PLAIN = new MatchForm() {
    @Override
    public String fold(String text) {
      return text;
    }

    @Override
    public String widen(String regex) {
      return regex;
    }
  };

  /** A copy of the text folded for comparison (not for display: its length may differ). */
  String fold(String text);

  /** A regular expression that also matches the printed variants of what {@code regex} matches. */
  String widen(String regex);

  /**
   * Widens every literal letter of a regular expression that has printed variants: outside a
   * character class the letter becomes a class of its variants followed by {@code decoration}
   * (marks that may be printed after it); inside a class its variants join the class. Escapes are
   * left alone.
   *
   * @param variants the letters a letter may be printed as (itself included), or null to keep it
   */
  static String widenLetters(String regex, java.util.function.IntFunction<String> variants, String decoration) {
    return widenLetters(regex, variants, (c, next) -> decoration);
  }

  /**
   * Like {@link #widenLetters(String, java.util.function.IntFunction, String)}, with marks that
   * depend on the letter and on the character after it in the regex (-1 at its end).
   */
  static String widenLetters(String regex, java.util.function.IntFunction<String> variants,
      java.util.function.BiFunction<Integer, Integer, String> decorationOf) {
    StringBuilder out = new StringBuilder(regex.length() * 2);
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        out.append(c).append(regex.charAt(++i));
        continue;
      }
      if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      }
      String letters = variants.apply(c);
      if (letters == null) {
        out.append(c);
      } else if (inClass) {
        out.append(letters);
      } else {
        out.append("(?:[").append(letters).append(']').append(decorationOf.apply((int) c, i + 1 < regex.length() ? (int) regex.charAt(i + 1) : -1)).append(')');
      }
    }
    return out.toString();
  }
}
