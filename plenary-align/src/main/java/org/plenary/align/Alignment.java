package org.plenary.align;

import java.util.List;

/**
 * The versions of one document aligned: their segments, and beads in document order that cover
 * each segment of each version exactly once, the same beads for every pair of versions.
 * {@code kind} says what the segments are; {@code cells} is the most search cells one step held, the measure of the memory it took.
 */
public record Alignment(List<Version> versions, List<Bead> beads, SegmentKind kind, long cells) {
  public Alignment {
    versions = List.copyOf(versions);
    beads = List.copyOf(beads);
  }

  /** The same alignment, its segments said to be of another kind. */
  public Alignment as(SegmentKind other) {
    return new Alignment(versions, beads, other, cells);
  }

  /**
   * The text of a bead in one version: its segments in order, each character kept; a line break
   * joins two whose first does not end with a space (two paragraphs), sentences of one paragraph
   * follow each other as printed (each keeps the spaces after it).
   */
  public String text(Bead bead, int version) {
    StringBuilder out = new StringBuilder();
    List<String> segments = versions.get(version).segments();
    for (int s = bead.start(version); s < bead.end(version); s++) {
      if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
        out.append('\n');
      }
      out.append(segments.get(s));
    }
    return out.toString();
  }
}
