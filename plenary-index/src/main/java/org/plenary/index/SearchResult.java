package org.plenary.index;

import java.util.List;
import java.util.Map;

/**
 * What a search found: the number of matching documents, the best of them, and for each facet
 * the count of matching documents per value (highest first).
 */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {

  /**
   * One matching document.
   *
   * @param snippet a passage of the text with the matched words in {@code <mark>}, HTML-escaped
   */
  public record Hit(String id, List<String> symbols, String language, String type, String title,
      String date, float score, String snippet) {}

  public SearchResult {
    hits = List.copyOf(hits);
  }
}
