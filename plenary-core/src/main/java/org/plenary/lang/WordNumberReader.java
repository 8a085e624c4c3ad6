package org.plenary.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.plenary.read.Cancellation;

/**
 * Reads numbers written as words from a table of number words and their values (one, first,
 * seventy, quatre-vingt, septuagésimo, семьдесят, السبعون): the values of the words are added,
 * and a multiplier word (hundred, cent) multiplies what came before. Words are matched longest
 * first, so a table can list compounds ("quatre-vingt") beside their parts, and connectors ("and",
 * "et", "y", "و", which Arabic writes joined to the next word) are skipped. Digits with an ordinal
 * suffix ("35th", "82e") are read too.
 */
public final class WordNumberReader implements NumberReader {
  private final Map<String, Integer> values;
  private final List<String> multipliers;
  private final Pattern word;
  private final MatchForm form;
  private final Pattern connector;
  private final String regex;

  /**
   * @param values number words (lower case) and their values
   * @param multipliers words that multiply the value before them
   * @param connectors words between number words that carry no value
   * @param digitSuffix regex of the suffix digits take as an ordinal ("st|nd|rd|th"), or empty
   */
  public WordNumberReader(Map<String, Integer> values, List<String> multipliers, List<String> connectors,
      String digitSuffix) {
    this(values, multipliers, connectors, digitSuffix, MatchForm.PLAIN);
  }

  /** As above, reading through the language's {@link MatchForm} where the text as printed fails. */
  public WordNumberReader(Map<String, Integer> values, List<String> multipliers, List<String> connectors,
      String digitSuffix, MatchForm form) {
    this.form = form;
    this.values = new LinkedHashMap<>(values);
    this.multipliers = List.copyOf(multipliers);
    List<String> words = new ArrayList<>(values.keySet());
    words.sort(Comparator.comparingInt(String::length).reversed());
    String wordAlternation = words.isEmpty() ? "(?!)"
        : words.stream().map(WordNumberReader::literal).collect(Collectors.joining("|"));
    this.word = Pattern.compile("(?:" + wordAlternation + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    String connectorAlternation = connectors.isEmpty() ? "(?!)"
        : connectors.stream().map(WordNumberReader::literal).collect(Collectors.joining("|"));
    this.connector = Pattern.compile("(?:" + connectorAlternation + ")\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    String digits = digitSuffix.isEmpty() ? "" : "|\\d{1,3}\\s?(?:" + digitSuffix + ")";
    String one = "(?:" + wordAlternation + ")(?![\\p{L}])";
    this.regex = "(?:" + one + "(?:(?:[\\s\\-]+|[\\s\\-]*(?:" + connectorAlternation + ")[\\s\\-]*)" + one + "){0,4}" + digits + ")";
  }

  /**
   * A word as a regular expression that matches it literally, written letter by letter (not as
   * \\Q...\\E) so that a language's {@link MatchForm} can widen its letters.
   */
  static String literal(String word) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  @Override
  public String regex() {
    return regex;
  }

  @Override
  public OptionalInt read(String text) {
    OptionalInt printed = readPrinted(text);
    if (printed.isPresent()) {
      return printed;
    }
    String folded = form.fold(text);
    return folded.equals(text) ? printed : readPrinted(folded);
  }

  private OptionalInt readPrinted(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    Matcher digits = Pattern.compile("^(\\d{1,3})\\s?\\p{L}*$").matcher(Cancellation.watched(s));
    if (digits.matches()) {
      return OptionalInt.of(Integer.parseInt(digits.group(1)));
    }
    int total = 0;
    boolean any = false;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '-' || c == '\u2011') {
        i++;
        continue;
      }
      Matcher w = word.matcher(Cancellation.watched(s)).region(i, s.length());
      if (w.lookingAt()) {
        String found = w.group();
        int value = values.get(found);
        if (multipliers.contains(found)) {
          total = Math.max(total, 1) * value;
        } else {
          total += value;
        }
        any = true;
        i = w.end();
        continue;
      }
      Matcher k = connector.matcher(Cancellation.watched(s)).region(i, s.length());
      if (any && k.lookingAt() && k.end() > i) {
        i = k.end();
        continue;
      }
      return OptionalInt.empty();
    }
    return any ? OptionalInt.of(total) : OptionalInt.empty();
  }
}
