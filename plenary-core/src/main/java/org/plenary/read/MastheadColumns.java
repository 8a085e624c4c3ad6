package org.plenary.read;

import java.util.ArrayList;
import java.util.List;
import org.plenary.read.LineBuilder.Piece;
import org.plenary.read.LineBuilder.Row;

/**
 * Reads the masthead of a UN first page by its columns. The masthead is laid out in bands of
 * columns: the top band ("United Nations" left, the symbol right), the organs with the
 * distribution, date and original language in a right-hand column, and under the rule the
 * session, agenda line and agenda titles on the left with the Security Council's year on the
 * right. A content stream may draw these in any order, and rows of the same height run across
 * the columns ("General Assembly    Security Council"). Here every band (rows of which at least
 * one has a column gap, set close together, none starting left of the band, whose pieces all keep
 * inside the band's columns) is
 * read column by column, top to bottom, each piece a line of its own. Above the first row that
 * runs across most of the text width (the title or the body), nothing else changes: that row and
 * everything after it keep their order, each row one line.
 */
final class MastheadColumns {
  /** A row whose single piece spans this share of the text width is running text. */
  private static final float WIDE = 0.6f;
  /** Rows further apart than this many font sizes belong to different bands. */
  private static final float BAND_GAP = 2.5f;
  /** Points a piece may start left of its column or reach past it. */
  private static final float SLACK = 2f;

  /** Each line of the page as the pieces it is made of, masthead bands column by column. */
  List<List<Piece>> order(List<Row> rows) {
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    for (Row row : rows) {
      left = Math.min(left, row.pieces().get(0).left());
      right = Math.max(right, row.pieces().get(row.pieces().size() - 1).right());
    }
    float wide = WIDE * (right - left);
    int end = 0;
    while (end < rows.size() && !(rows.get(end).pieces().size() == 1 && rows.get(end).pieces().get(0).width() > wide)) {
      end++;
    }
    List<List<Piece>> out = new ArrayList<>(rows.size() + 8);
    int i = 0;
    while (i < end) {
      Row row = rows.get(i);
      if (row.pieces().size() < 2) {
        out.add(row.pieces());
        i++;
        continue;
      }
      List<Float> columns = new ArrayList<>();
      for (Piece piece : row.pieces().subList(1, row.pieces().size())) {
        columns.add(piece.left());
      }
      float bandLeft = row.pieces().get(0).left();
      int last = i + 1;
      while (last < end && closeTo(rows.get(last - 1), rows.get(last)) && startsInside(rows.get(last), bandLeft)
          && fits(rows.get(last), columns)) {
        last++;
      }
      for (int column = 0; column <= columns.size(); column++) {
        for (int r = i; r < last; r++) {
          for (Piece piece : rows.get(r).pieces()) {
            if (column(piece, columns) == column) {
              out.add(List.of(piece));
            }
          }
        }
      }
      i = last;
    }
    for (Row row : rows.subList(end, rows.size())) {
      out.add(row.pieces());
    }
    return out;
  }

  private static boolean closeTo(Row above, Row below) {
    float size = Math.max(above.pieces().get(0).size(), below.pieces().get(0).size());
    return below.pieces().get(0).baseline() - above.pieces().get(0).baseline() <= BAND_GAP * size;
  }

  /**
   * Whether a row starts at or right of the band's left edge. The organs stand right of the emblem,
   * the session lines under the rule start at the text margin, left of them: where the organ's
   * name runs over several lines ("Executive Board of the / United Nations Development / ..."),
   * the session lines come close under it and would otherwise be read into its column, before the
   * distribution, date and original language.
   */
  private static boolean startsInside(Row row, float bandLeft) {
    // a row of spaces only (an empty table cell at the margin) shows nothing and ends nothing
    return row.pieces().get(0).left() >= bandLeft - SLACK || row.isBlank();
  }

  /** Whether every piece of a row keeps inside one of the columns, each column once at most. */
  private static boolean fits(Row row, List<Float> columns) {
    int previous = -1;
    for (Piece piece : row.pieces()) {
      int column = column(piece, columns);
      if (column <= previous || column < columns.size() && piece.right() > columns.get(column) + SLACK) {
        return false;
      }
      previous = column;
    }
    return true;
  }

  /** The column a piece starts in: how many column edges lie at or left of its left edge. */
  private static int column(Piece piece, List<Float> columns) {
    int column = 0;
    while (column < columns.size() && piece.left() >= columns.get(column) - SLACK) {
      column++;
    }
    return column;
  }
}
