package org.plenary.model;

import java.util.List;

/**
 * The text of a document after layout repair: one string, cut into blocks whose spans point into
 * it, plus the furniture that was taken out.
 */
public record RepairedText(Pages pages, String text, List<Block> blocks, List<Furniture> furniture) {
  public RepairedText {
    blocks = List.copyOf(blocks);
    furniture = List.copyOf(furniture);
  }

  public String slice(Span span) {
    return text.substring(span.start(), span.end());
  }
}
