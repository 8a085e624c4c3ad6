package org.plenary.model;

/**
 * A block of repaired text: a paragraph, heading, list item, ... with its place in the repaired
 * text, so that evidence and warnings can point into it.
 *
 * @param number printed paragraph number or list label ("1.", "(a)"), or null
 * @param text the block's text, layout repaired; without the number
 * @param span where the whole block (number included) lies in the repaired text
 * @param indent indentation of the block's first line, as the reader saw it
 * @param page the page the block starts on (from 1)
 */
public record Block(BlockKind kind, String number, String text, Span span, int indent, int page) {

  public Block withKind(BlockKind newKind) {
    return new Block(newKind, number, text, span, indent, page);
  }

  public Block withNumber(String newNumber, String newText) {
    return new Block(kind, newNumber, newText, span, indent, page);
  }
}
