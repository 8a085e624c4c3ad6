package org.plenary.repair;

import org.plenary.model.Line;

/**
 * A positioned line of a PDF page with the number of its page, whether page furniture stood
 * right above it (then the space above it tells nothing of paragraphs), and whether it is written
 * right to left (Arabic): most of its strong letters are. The direction is found once, when the
 * line is placed: paragraph building asks it of each line many times over.
 */
record PlacedLine(Line line, int page, boolean afterFurniture, boolean rightToLeft) {
  PlacedLine(Line line, int page, boolean afterFurniture) {
    this(line, page, afterFurniture, isRightToLeft(line.text()));
  }

  String text() {
    return line.text();
  }

  float right() {
    return line.x() + line.width();
  }

  private static boolean isRightToLeft(String text) {
    int rtl = 0;
    int ltr = 0;
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
