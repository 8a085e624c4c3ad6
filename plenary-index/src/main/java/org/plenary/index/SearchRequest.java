package org.plenary.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.plenary.model.DocumentType;
import org.plenary.model.Language;
import org.plenary.model.Organ;

/**
 * One search: free text plus filters, each null when not asked for.
 *
 * @param query free text, symbols, State names or agenda numbers in any of the six languages;
 *     "quotes" for a phrase, -word to exclude, word* for a prefix
 * @param language ISO 639-1 code
 * @param organ GA, SC, ...
 * @param state ISO 3166 alpha-3 code of a State the document is from or about
 * @param type a document type id ("letter", "resolution")
 * @param from earliest date, inclusive
 * @param to latest date, inclusive
 * @param limit how many hits to return
 */
public record SearchRequest(
    String query, String language, String organ, Integer session, Integer agenda, String state,
    String type, LocalDate from, LocalDate to, int limit) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 1000;
  public static final int MAX_QUERY_LENGTH = 500;

  /** Every parameter name of a search, as the command line and the HTTP API spell them. */
  public static final List<String> PARAMETERS =
      List.of("q", "lang", "organ", "session", "agenda", "state", "type", "from", "to", "limit");

  /** A search for text alone. */
  public static SearchRequest text(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, null, null, DEFAULT_LIMIT);
  }

  /**
   * Reads a search from named string parameters (see {@link #PARAMETERS}), checking each: the
   * command line and the HTTP API share this, so both accept and refuse the same searches.
   */
  public static SearchRequest parse(Function<String, String> parameter) throws SearchRejected {
    String query = blankToNull(parameter.apply("q"));
    if (query != null && query.length() > MAX_QUERY_LENGTH) {
      throw new SearchRejected("the query has " + query.length() + " characters, more than " + MAX_QUERY_LENGTH);
    }
    String language = blankToNull(parameter.apply("lang"));
    if (language != null) {
      language = Language.find(language).orElseThrow(() -> new SearchRejected(
          "unknown language '" + parameter.apply("lang") + "': use one of ar, zh, en, fr, ru, es")).code();
    }
    String organ = blankToNull(parameter.apply("organ"));
    if (organ != null) {
      String upper = organ.toUpperCase(Locale.ROOT);
      if (Arrays.stream(Organ.values()).noneMatch(o -> o.name().equals(upper))) {
        throw new SearchRejected("unknown organ '" + organ + "': use one of "
            + Arrays.toString(Organ.values()).replaceAll("[\\[\\]]", ""));
      }
      organ = upper;
    }
    String state = blankToNull(parameter.apply("state"));
    if (state != null) {
      if (!state.matches("[A-Za-z]{3}")) {
        throw new SearchRejected("state '" + state + "' is no ISO 3166 alpha-3 code (such as ARM or FRA)");
      }
      state = state.toUpperCase(Locale.ROOT);
    }
    String type = blankToNull(parameter.apply("type"));
    if (type != null) {
      try {
        type = DocumentType.fromId(type).id();
      } catch (IllegalArgumentException e) {
        throw new SearchRejected("unknown document type '" + type + "'");
      }
    }
    LocalDate from = date(parameter, "from");
    LocalDate to = date(parameter, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw new SearchRejected("the date range is empty: from " + from + " is after to " + to);
    }
    Integer limit = number(parameter, "limit", 0, MAX_LIMIT);
    return new SearchRequest(query, language, organ, number(parameter, "session", 1, 999),
        number(parameter, "agenda", 1, 9999), state, type, from, to, limit == null ? DEFAULT_LIMIT : limit);
  }

  private static Integer number(Function<String, String> parameter, String name, int min, int max) throws SearchRejected {
    String value = blankToNull(parameter.apply(name));
    if (value == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < min || n > max) {
        throw new SearchRejected(name + " must be between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new SearchRejected(name + " must be a number, not '" + value + "'");
    }
  }

  private static LocalDate date(Function<String, String> parameter, String name) throws SearchRejected {
    String value = blankToNull(parameter.apply(name));
    if (value == null) {
      return null;
    }
    try {
      return value.matches("\\d{4}") ? (name.equals("from") ? LocalDate.of(Integer.parseInt(value), 1, 1)
          : LocalDate.of(Integer.parseInt(value), 12, 31)) : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new SearchRejected(name + " must be a date as YYYY-MM-DD or a year, not '" + value + "'");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
