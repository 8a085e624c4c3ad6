package org.plenary.model;

import java.util.List;

/**
 * What a reader makes of a source: pages of lines, the format it was read as and, for text, the
 * character encoding it was decoded with.
 *
 * @param knownPageCount whether the page division is real (a PDF's pages) rather than inferred
 */
public record Pages(Source source, SourceFormat format, List<Page> pages, String encoding, boolean knownPageCount) {
  public Pages {
    pages = List.copyOf(pages);
  }

  /** All lines of all pages, in order. */
  public List<Line> lines() {
    return pages.stream().flatMap(p -> p.lines().stream()).toList();
  }
}
