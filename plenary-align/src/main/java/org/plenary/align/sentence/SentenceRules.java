package org.plenary.align.sentence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.plenary.lang.LanguagePack;
import org.plenary.lang.PackFormatException;
import org.plenary.lang.Tsv;
import org.plenary.model.Language;

/**
 * What one language's pack ({@code lang/<code>/sentences.tsv}) says of its sentences and list
 * labels: the abbreviations after which no sentence ends, the numbering labels that open a
 * paragraph ("1.", "(a)", "أ)", "一、"), and the letters of list labels in their order.
 */
public record SentenceRules(Language language, List<String> abbreviations, Pattern label, List<List<String>> letters,
    List<Pattern> numbers) {

  /** The kinds a {@code sentences.tsv} may hold; every pack has each of them ({@code -}: none). */
  public static final List<String> KINDS = List.of("abbreviation", "label", "letters", "number");
  private static final String NONE = "-";

  private static final Map<Language, SentenceRules> LOADED = load();

  public SentenceRules {
    abbreviations = List.copyOf(abbreviations);
    letters = List.copyOf(letters);
    numbers = List.copyOf(numbers);
  }

  public static SentenceRules of(Language language) {
    return LOADED.get(language);
  }

  /** Where the numbering label that opens a text lies: its start, its end, and the end of the spaces after it. */
  public record Label(int start, int end, int next) {}

  /** The numbering label that opens a text ("7.", "(b)", "أ)"), if one does, followed by a space. */
  public Optional<Label> openingLabel(String text) {
    int start = 0;
    while (start < text.length() && isSpace(text.charAt(start))) {
      start++;
    }
    Matcher m = label.matcher(text).region(start, text.length());
    if (!m.lookingAt() || m.end() == start || m.end() < text.length() && !isSpace(text.charAt(m.end()))) {
      return Optional.empty();
    }
    int next = m.end();
    while (next < text.length() && isSpace(text.charAt(next))) {
      next++;
    }
    return Optional.of(new Label(start, m.end(), next));
  }

  /** A space, the no-break spaces French sets before its punctuation and after numbers included. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The position of a list letter in its alphabet, from 1; 0 when it is none of them. */
  public int letterIndex(String letter) {
    for (List<String> alphabet : letters) {
      int i = alphabet.indexOf(letter);
      if (i >= 0) {
        return i + 1;
      }
    }
    return 0;
  }

  private static Map<Language, SentenceRules> load() {
    Map<Language, SentenceRules> rules = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      rules.put(language, read(language));
    }
    return rules;
  }

  private static SentenceRules read(Language language) {
    String resource = language.code() + "/sentences.tsv";
    List<String> abbreviations = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<List<String>> letters = new ArrayList<>();
    List<Pattern> numbers = new ArrayList<>();
    boolean numberKind = false;
    for (Tsv.Row row : Tsv.read(LanguagePack.class, resource, "kind", "value")) {
      String value = row.get(1).strip();
      if (value.isEmpty()) {
        throw new PackFormatException(row.resource(), row.line(), "empty value");
      }
      switch (row.get(0).strip()) {
        case "abbreviation" -> abbreviations.add(value);
        case "label" -> labels.add(checked(row, value));
        case "letters" -> letters.add(List.of(value.split("\\s+")));
        case "number" -> {
          numberKind = true;
          if (!value.equals(NONE)) {
            numbers.add(Pattern.compile(checked(row, value)));
          }
        }
        default -> throw new PackFormatException(row.resource(), row.line(),
            "kind must be one of " + KINDS + ", not " + row.get(0));
      }
    }
    if (abbreviations.isEmpty() || labels.isEmpty() || letters.isEmpty() || !numberKind) {
      throw new PackFormatException(resource, 0, "every kind of " + KINDS + " needs a row");
    }
    return new SentenceRules(language, abbreviations, Pattern.compile("(?:" + String.join("|", labels) + ")"), letters, numbers);
  }

  private static String checked(Tsv.Row row, String regex) {
    try {
      Pattern.compile(regex);
      return regex;
    } catch (PatternSyntaxException e) {
      throw new PackFormatException(row.resource(), row.line(), "bad regular expression: " + e.getDescription(), e);
    }
  }
}
