package org.plenary.model;

import java.util.Locale;

/** The kinds of block the JSON contract knows. */
public enum BlockKind {
  PARAGRAPH,
  HEADING,
  LIST_ITEM,
  QUOTE,
  SIGNATURE,
  FOOTNOTE,
  TABLE;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
