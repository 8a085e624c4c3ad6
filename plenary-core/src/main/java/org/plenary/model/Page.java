package org.plenary.model;

import java.util.List;

/**
 * One page of a source: its number (from 1), its lines in reading order, and whether they were
 * read from the page's image by OCR rather than from its text.
 */
public record Page(int number, List<Line> lines, boolean ocr) {
  public Page {
    lines = List.copyOf(lines);
  }

  /** A page read from its text. */
  public Page(int number, List<Line> lines) {
    this(number, lines, false);
  }
}
