package org.plenary.align;

import java.util.Locale;

/** What the segments of an alignment are, named as TMX's {@code segtype} names them. */
public enum SegmentKind {
  /** Blocks a user gave, aligned as given. */
  BLOCK,
  PARAGRAPH,
  SENTENCE;

  public String tmxName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
