package org.plenary.index;

import java.util.List;
import java.util.Map;

/**
 * What a search found: how many documents match, one page of them, and for each facet the count
 * of matching documents per value (highest first, at most {@link #FACET_VALUES}). The count of a
 * value is the number of hits that choosing it would give: within a facet that is filtered on,
 * the counts are those of the search without that facet's own filter.
 *
 * @param total every matching document
 * @param offset the hits skipped before this page
 * @param sort the order of the hits
 * @param tookMillis the time the search took, in milliseconds
 */
public record SearchResult(long total, int offset, String sort, long tookMillis, List<Hit> hits,
    Map<String, Map<String, Integer>> facets) {

  /** The most values counted per facet. */
  public static final int FACET_VALUES = 30;

  /**
   * One matching document.
   *
   * @param source the name of the source file it was read from
   * @param date the date the index files it under (ISO 8601), which date ranges and the year facet use
   * @param snippet a passage of the text with the matched words in {@code <mark>}, HTML-escaped
   */
  public record Hit(String id, List<String> symbols, String language, String type, String title,
      String date, String source, float score, String snippet) {}

  public SearchResult {
    hits = List.copyOf(hits);
  }
}
