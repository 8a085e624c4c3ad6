package org.plenary.repair;

/**
 * A line on its way through repair: its text without indentation, the indentation, the page it is
 * on, and whether a paragraph break (a real empty line) comes before it.
 */
record TextLine(String text, int indent, int page, boolean breakBefore) {
  TextLine withText(String newText) {
    return new TextLine(newText, indent, page, breakBefore);
  }
}
