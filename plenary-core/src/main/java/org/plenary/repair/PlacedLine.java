package org.plenary.repair;

import org.plenary.model.Line;

/**
 * A positioned line of a PDF page with the number of its page, and whether page furniture stood
 * right above it (then the space above it tells nothing of paragraphs).
 */
record PlacedLine(Line line, int page, boolean afterFurniture) {
  String text() {
    return line.text();
  }

  float right() {
    return line.x() + line.width();
  }

  /** Whether the line is written right to left (Arabic): most of its strong letters are. */
  boolean rightToLeft() {
    int rtl = 0;
    int ltr = 0;
    String text = line.text();
    for (int i = 0; i < text.length(); i++) {
      byte d = Character.getDirectionality(text.charAt(i));
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT) {
        rtl++;
      } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        ltr++;
      }
    }
    return rtl > ltr;
  }
}
