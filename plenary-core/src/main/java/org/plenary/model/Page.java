package org.plenary.model;

import java.util.List;

/** One page of a source: its number (from 1) and its lines in reading order. */
public record Page(int number, List<Line> lines) {
  public Page {
    lines = List.copyOf(lines);
  }
}
