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
}
