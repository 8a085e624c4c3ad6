package org.plenary.repair;

/**
 * A line on its way through repair: its text without indentation, the indentation, the page it is
 * on, whether a paragraph break (a real empty line) comes before it, and whether a PDF sets it as
 * display text (bold, larger than the body, in capitals or centred: a title or heading).
 */
record TextLine(String text, int indent, int page, boolean breakBefore, boolean display) {

  /** A line of text, which shows no type style. */
  TextLine(String text, int indent, int page, boolean breakBefore) {
    this(text, indent, page, breakBefore, false);
  }

  TextLine withText(String newText) {
    return new TextLine(newText, indent, page, breakBefore, display);
  }
}
