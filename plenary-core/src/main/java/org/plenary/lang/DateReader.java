package org.plenary.lang;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.plenary.read.Cancellation;

/**
 * Finds dates written the way one language writes them ("28 September 2020", "2020年9月28日",
 * "23 de julio de 2015", "22 апреля 2016 года", "2 أيار/مايو 1991"). Formats come from the
 * language pack with the placeholders {day}, {month} and {year}; month names from its month table.
 */
public final class DateReader {

  /** A date found in a text, with where it was. */
  public record Found(LocalDate date, int start, int end, String text) {}

  private final List<Pattern> formats = new ArrayList<>();
  private final Map<String, Integer> months;
  private final NumberReader numbers;
  private final MatchForm form;
  private final String regex;

  DateReader(List<String> formatRows, Map<String, Integer> months, String dayRegex, String monthRegex,
      String yearRegex, NumberReader numbers, MatchForm form) {
    this.form = form;
    this.months = months;
    this.numbers = numbers;
    String monthNames = months.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(DateReader::flexibleQuote)
        .collect(Collectors.joining("|"));
    String month = monthNames.isEmpty() ? monthRegex : monthNames + (monthRegex.isEmpty() ? "" : "|" + monthRegex);
    List<String> plain = new ArrayList<>();
    for (String row : formatRows) {
      String named = row.replace("{day}", "(?<day>" + dayRegex + ")")
          .replace("{month}", "(?<month>" + month + ")")
          .replace("{year}", "(?<year>" + yearRegex + ")");
      formats.add(Pattern.compile(form.widen(named), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      plain.add(row.replace("{day}", "(?:" + dayRegex + ")")
          .replace("{month}", "(?:" + month + ")")
          .replace("{year}", "(?:" + yearRegex + ")"));
    }
    this.regex = "(?:" + String.join("|", plain) + ")";
  }

  /**
   * Month names match whatever spacing the text puts around their slash and between words. Letters
   * are written as themselves (not inside \\Q...\\E) so that the language's {@link MatchForm} can
   * widen them.
   */
  private static String flexibleQuote(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '/') {
        out.append("\\s*/\\s*");
      } else if (Character.isWhitespace(c)) {
        out.append("\\s+");
      } else if (Character.isLetterOrDigit(c)) {
        out.append(c);
      } else {
        out.append('\\').append(c);
      }
    }
    return out.toString();
  }

  /** A regular expression without capturing groups that matches any date of this language. */
  public String regex() {
    return regex;
  }

  public List<Found> findAll(CharSequence text) {
    List<Found> found = new ArrayList<>();
    for (Pattern format : formats) {
      Matcher m = format.matcher(Cancellation.watched(text));
      while (m.find()) {
        toDate(m).ifPresent(d -> found.add(new Found(d, m.start(), m.end(), m.group())));
      }
    }
    found.sort(Comparator.comparingInt(Found::start));
    List<Found> distinct = new ArrayList<>();
    int end = -1;
    for (Found f : found) {
      if (f.start() >= end) {
        distinct.add(f);
        end = f.end();
      }
    }
    return distinct;
  }

  public Optional<Found> first(CharSequence text) {
    List<Found> all = findAll(text);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Reads one date that is the whole text, if it is one. */
  public Optional<LocalDate> parse(String text) {
    for (Pattern format : formats) {
      Matcher m = format.matcher(Cancellation.watched(text.strip()));
      if (m.matches()) {
        return toDate(m);
      }
    }
    return Optional.empty();
  }

  private Optional<LocalDate> toDate(Matcher m) {
    OptionalInt day = number(m.group("day").replaceAll("(?:er|\u00BA|\u00B0|\\.)$", ""));
    OptionalInt year = number(m.group("year"));
    OptionalInt month = month(m.group("month"));
    if (day.isEmpty() || year.isEmpty() || month.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year.getAsInt(), month.getAsInt(), day.getAsInt()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private OptionalInt month(String text) {
    String key = normalizeMonth(text);
    for (Map.Entry<String, Integer> e : months.entrySet()) {
      if (normalizeMonth(e.getKey()).equals(key)) {
        return OptionalInt.of(e.getValue());
      }
    }
    return number(text);
  }

  private String normalizeMonth(String s) {
    return form.fold(s).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
  }

  private OptionalInt number(String text) {
    String s = text.strip();
    if (s.matches("\\d+")) {
      return OptionalInt.of(Integer.parseInt(s));
    }
    return numbers.read(s);
  }
}
