package org.plenary.repair;

import java.util.ArrayList;
import java.util.List;
import org.plenary.model.Line;
import org.plenary.model.Page;
import org.plenary.model.Pages;
import org.plenary.read.Cancellation;

/**
 * Reads the vertical spacing of extracted text. Some PDF extractions put an empty line after every
 * line ("double spacing"): there the empty lines mean nothing, a line holding only spaces is a real
 * empty line, and two lines with no empty line between them mark a page break. In ordinary text an
 * empty line is a paragraph break.
 */
final class LineSpacing {
  private static final double DOUBLE_SPACED_SHARE = 0.7;
  private static final int MIN_LINES = 5;

  List<TextLine> lines(Pages pages) {
    List<TextLine> out = new ArrayList<>();
    for (Page page : pages.pages()) {
      List<Line> lines = page.lines();
      boolean doubleSpaced = isDoubleSpaced(lines);
      int pageNumber = page.number();
      boolean pendingBreak = !out.isEmpty();
      boolean previousWasText = false;
      for (Line line : lines) {
        Cancellation.checkpoint();
        boolean empty = line.text().isEmpty();
        if (empty) {
          // an empty line is a paragraph break, except the artefact lines of double spacing
          pendingBreak |= !doubleSpaced || line.indent() > 0;
          previousWasText = false;
          continue;
        }
        if (doubleSpaced && previousWasText) {
          // two lines with no empty line between them: a page break in double-spaced extraction
          pageNumber++;
        }
        out.add(new TextLine(line.text(), line.indent(), pageNumber, pendingBreak));
        pendingBreak = false;
        previousWasText = true;
      }
    }
    return out;
  }

  static boolean isDoubleSpaced(List<Line> lines) {
    int text = 0;
    int followedByEmpty = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      Cancellation.checkpoint();
      Line line = lines.get(i);
      if (line.text().isEmpty()) {
        continue;
      }
      text++;
      Line next = lines.get(i + 1);
      if (next.text().isEmpty() && next.indent() == 0) {
        followedByEmpty++;
      }
    }
    return text >= MIN_LINES && followedByEmpty >= DOUBLE_SPACED_SHARE * text;
  }
}
