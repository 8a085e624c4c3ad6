package org.plenary.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.plenary.index.query.StateNames;
import org.plenary.model.DocumentType;
import org.plenary.model.Language;
import org.plenary.model.Organ;

/**
 * One search: a query in plenary's query language, filters, a date range, a page and an order.
 *
 * @param query what the user typed (see {@link org.plenary.index.query.QueryParser}); null for every document
 * @param filters for each facet named in {@link Fields#FACETS}, the values asked for: a document
 *     matches when it has one of the values of each facet filtered on (OR within a facet, AND
 *     across facets)
 * @param from earliest date, inclusive, or null
 * @param to latest date, inclusive, or null
 * @param offset how many hits to skip (for the pages after the first)
 * @param limit how many hits to return
 * @param sort the order of the hits
 */
public record SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to,
    int offset, int limit, Sort sort) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 1000;
  /** How deep paging goes; beyond, {@code export} gives every match. */
  public static final int MAX_OFFSET = 100_000;
  public static final int MAX_QUERY_LENGTH = 500;

  /** The order of the hits. */
  public enum Sort {
    /** Best match first (the default with a query). */
    RELEVANCE("relevance"),
    /** Oldest first. */
    DATE("date"),
    /** Newest first (the default without a query). */
    NEWEST("-date");

    private final String name;

    Sort(String name) {
      this.name = name;
    }

    /** The name the command line and the HTTP API use. */
    public String parameter() {
      return name;
    }
  }

  /** The parameters that name what is searched (shared with export, which has no paging). */
  public static final List<String> FILTER_PARAMETERS = List.copyOf(concat(List.of("q"), Fields.FACETS, List.of("from", "to")));

  /** Every parameter name of a search, as the command line and the HTTP API spell them. */
  public static final List<String> PARAMETERS = List.copyOf(concat(FILTER_PARAMETERS, List.of("offset", "limit", "sort")));

  public SearchRequest {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    filters.forEach((facet, values) -> {
      if (!values.isEmpty()) {
        copy.put(facet, List.copyOf(values));
      }
    });
    filters = java.util.Collections.unmodifiableMap(copy);
  }

  /** A search for text alone. */
  public static SearchRequest text(String query) {
    return new SearchRequest(query, Map.of(), null, null, 0, DEFAULT_LIMIT, Sort.RELEVANCE);
  }

  /** Every document, newest first. */
  public static SearchRequest all() {
    return new SearchRequest(null, Map.of(), null, null, 0, DEFAULT_LIMIT, Sort.NEWEST);
  }

  /** The same search with other hits asked for. */
  public SearchRequest page(int offset, int limit) {
    return new SearchRequest(query, filters, from, to, offset, limit, sort);
  }

  /** The same search without the filter on one facet (to count that facet's other values). */
  public SearchRequest without(String facet) {
    Map<String, List<String>> others = new LinkedHashMap<>(filters);
    others.remove(facet);
    return new SearchRequest(query, others, from, to, offset, limit, sort);
  }

  /**
   * Reads a search from named parameters, each with the values given (see {@link #PARAMETERS};
   * a facet may be given several times or as comma-separated values), checking each: the command
   * line and the HTTP API share this, so both accept and refuse the same searches.
   */
  public static SearchRequest parse(Map<String, List<String>> parameters) throws SearchRejected {
    return parse(parameters, PARAMETERS);
  }

  /** As {@link #parse(Map)}, accepting only the parameters named in {@code accepted}. */
  public static SearchRequest parse(Map<String, List<String>> parameters, List<String> accepted) throws SearchRejected {
    for (String name : parameters.keySet()) {
      if (!accepted.contains(name)) {
        throw new SearchRejected("unknown parameter '" + name + "': use " + String.join(", ", accepted));
      }
    }
    Parameters p = new Parameters(parameters);
    String query = p.single("q");
    if (query != null && query.length() > MAX_QUERY_LENGTH) {
      throw new SearchRejected("the query has " + query.length() + " characters, more than " + MAX_QUERY_LENGTH);
    }
    Map<String, List<String>> filters = new LinkedHashMap<>();
    filters.put(Fields.LANGUAGE, p.each(Fields.LANGUAGE, v -> Language.find(v).orElseThrow(() -> new SearchRejected(
        "unknown language '" + v + "': use one of ar, zh, en, fr, ru, es")).code()));
    filters.put(Fields.ORGAN, p.each(Fields.ORGAN, SearchRequest::organ));
    filters.put(Fields.SESSION, p.each(Fields.SESSION, v -> number(Fields.SESSION, v, 1, 999)));
    filters.put(Fields.YEAR, p.each(Fields.YEAR, v -> number(Fields.YEAR, v, 1945, 2999)));
    filters.put(Fields.TYPE, p.each(Fields.TYPE, SearchRequest::type));
    filters.put(Fields.AUTHOR, p.each(Fields.AUTHOR, v -> state(Fields.AUTHOR, v)));
    filters.put(Fields.STATE, p.each(Fields.STATE, v -> state(Fields.STATE, v)));
    filters.put(Fields.AGENDA, p.each(Fields.AGENDA, v -> number(Fields.AGENDA, v, 1, 9999)));
    LocalDate from = date("from", p.single("from"));
    LocalDate to = date("to", p.single("to"));
    if (from != null && to != null && from.isAfter(to)) {
      throw new SearchRejected("the date range is empty: from " + from + " is after to " + to);
    }
    String offset = p.single("offset");
    String limit = p.single("limit");
    Sort sort = sort(p.single("sort"), query != null);
    return new SearchRequest(query, filters, from, to,
        offset == null ? 0 : Integer.parseInt(number("offset", offset, 0, MAX_OFFSET)),
        limit == null ? DEFAULT_LIMIT : Integer.parseInt(number("limit", limit, 0, MAX_LIMIT)), sort);
  }

  /** Checks one value, giving it in the form the index holds. */
  private interface Check {
    String apply(String value) throws SearchRejected;
  }

  /** The non-blank values of each parameter, stripped. */
  private static final class Parameters {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    Parameters(Map<String, List<String>> given) {
      given.forEach((name, list) -> {
        List<String> kept = new ArrayList<>();
        for (String value : list) {
          if (value != null && !value.isBlank()) {
            kept.add(value.strip());
          }
        }
        values.put(name, kept);
      });
    }

    String single(String name) throws SearchRejected {
      List<String> list = values.getOrDefault(name, List.of());
      if (list.size() > 1) {
        throw new SearchRejected(name + " is given " + list.size() + " times; give it once");
      }
      return list.isEmpty() ? null : list.get(0);
    }

    List<String> each(String name, Check check) throws SearchRejected {
      Set<String> checked = new LinkedHashSet<>();
      for (String value : values.getOrDefault(name, List.of())) {
        for (String one : value.split(",")) {
          if (!one.isBlank()) {
            checked.add(check.apply(one.strip()));
          }
        }
      }
      return List.copyOf(checked);
    }
  }

  private static String organ(String value) throws SearchRejected {
    String upper = value.toUpperCase(Locale.ROOT);
    if (Arrays.stream(Organ.values()).noneMatch(o -> o.name().equals(upper))) {
      throw new SearchRejected("unknown organ '" + value + "': use one of "
          + Arrays.toString(Organ.values()).replaceAll("[\\[\\]]", ""));
    }
    return upper;
  }

  private static String type(String value) throws SearchRejected {
    try {
      return DocumentType.fromId(value.toLowerCase(Locale.ROOT)).id();
    } catch (IllegalArgumentException e) {
      throw new SearchRejected("unknown document type '" + value + "': use one of " + String.join(", ",
          Arrays.stream(DocumentType.values()).map(DocumentType::id).toList()));
    }
  }

  /** A State by ISO 3166 alpha-3 code or by a name in any of the six languages. */
  private static String state(String name, String value) throws SearchRejected {
    String code = value.length() == 3 ? value.toUpperCase(Locale.ROOT) : value;
    return StateNames.get().resolve(code).orElseThrow(() -> new SearchRejected(
        name + " '" + value + "' is no State: give an ISO 3166 alpha-3 code (such as ARM or FRA) or a State's name"));
  }

  private static String number(String name, String value, int min, int max) throws SearchRejected {
    try {
      int n = Integer.parseInt(value);
      if (n < min || n > max) {
        throw new SearchRejected(name + " must be between " + min + " and " + max + ", not " + n);
      }
      return Integer.toString(n);
    } catch (NumberFormatException e) {
      throw new SearchRejected(name + " must be a number, not '" + value + "'");
    }
  }

  private static LocalDate date(String name, String value) throws SearchRejected {
    if (value == null) {
      return null;
    }
    try {
      if (value.matches("\\d{4}")) {
        int year = Integer.parseInt(value);
        return name.equals("from") ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new SearchRejected(name + " must be a date as YYYY-MM-DD or a year, not '" + value + "'");
    }
  }

  private static Sort sort(String value, boolean hasQuery) throws SearchRejected {
    if (value == null) {
      return hasQuery ? Sort.RELEVANCE : Sort.NEWEST;
    }
    for (Sort sort : Sort.values()) {
      if (sort.parameter().equals(value)) {
        return sort;
      }
    }
    throw new SearchRejected("sort must be relevance, date (oldest first) or -date (newest first), not '" + value + "'");
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return all;
  }
}
