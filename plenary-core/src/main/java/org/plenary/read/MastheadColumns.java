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
 * read column by column, top to bottom, each piece a line of its own; a band may start above its
 * first row of two pieces, with the rows that fit its columns. Above the first row that runs
 * across most of the text width with nothing beside it (the title or the body), nothing else
 * changes: that row and everything after it keep their order, each row one line.
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
    while (end < rows.size() && !isRunningText(rows, end, wide)) {
      end++;
    }
    List<List<Piece>> out = new ArrayList<>(rows.size() + 8);
    int i = 0;
    int pending = 0; // the first row of one piece not yet written: a band found below may take it
    while (i < end) {
      Row row = rows.get(i);
      if (row.pieces().size() < 2) {
        i++;
        continue;
      }
      List<Float> columns = new ArrayList<>();
      for (Piece piece : row.pieces().subList(1, row.pieces().size())) {
        columns.add(piece.left());
      }
      float bandLeft = row.pieces().get(0).left();
      // a band may start above its first row of two columns: where the organ's name runs over
      // several lines, the date in the right column may stand between two of them, alone on its row
      int first = i;
      while (first > pending && closeTo(rows.get(first - 1), rows.get(first))
          && startsInside(rows.get(first - 1), bandLeft) && fits(rows.get(first - 1), columns)) {
        first--;
      }
      for (Row before : rows.subList(pending, first)) {
        out.add(before.pieces());
      }
      int last = i + 1;
      while (last < end && closeTo(rows.get(last - 1), rows.get(last)) && startsInside(rows.get(last), bandLeft)
          && fits(rows.get(last), columns)) {
        last++;
      }
      for (int column = 0; column <= columns.size(); column++) {
        for (int r = first; r < last; r++) {
          for (Piece piece : rows.get(r).pieces()) {
            if (column(piece, columns) == column) {
              out.add(List.of(piece));
            }
          }
        }
      }
      i = last;
      pending = last;
    }
    for (Row row : rows.subList(pending, rows.size())) {
      out.add(row.pieces());
    }
    return out;
  }

  /**
   * Whether a row is running text (the title or the body): one piece across most of the text
   * width, with nothing beside it on the next row. An organ's name set large may run as wide, but
   * the right-hand column goes on beside it: a piece of the next row, close under it, starts
   * right of its end ("Third Meeting of States Parties to the" over "15 February 2025").
   */
  private static boolean isRunningText(List<Row> rows, int at, float wide) {
    Row row = rows.get(at);
    if (row.pieces().size() != 1 || row.pieces().get(0).width() <= wide) {
      return false;
    }
    if (at + 1 < rows.size() && closeTo(row, rows.get(at + 1))) {
      List<Piece> next = rows.get(at + 1).pieces();
      return next.get(next.size() - 1).left() <= row.pieces().get(0).right() + SLACK;
    }
    return true;
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
