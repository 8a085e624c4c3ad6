package org.plenary.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.plenary.internal.Scripts;
import org.plenary.model.Line;

/**
 * Builds the lines of one PDF page from its glyphs. Glyphs whose heights overlap on the page form
 * one line (a raised footnote mark stays with its line); within a line they go left to right, and
 * a gap wider than a third of the font size becomes a space, but never between two CJK characters
 * (PDF extraction puts spaces there that the text never had, and a space glyph there goes too), and a gap of several em becomes a
 * run of spaces that keeps columns apart. A right-to-left line is put back into logical order
 * ({@link VisualOrder}). Each line's indent is its distance from the page's text margin in half
 * ems, the unit in which extracted text shows indentation.
 */
final class LineBuilder {
  /** A gap wider than this share of the font size separates words. */
  private static final float WORD_GAP = 0.3f;
  /** A gap wider than this many font sizes separates columns. */
  private static final float COLUMN_GAP = 2.5f;
  private static final String COLUMN_SEPARATOR = "    ";

  List<Line> build(List<Glyph> glyphs) {
    List<List<Glyph>> rows = rows(glyphs);
    List<Line> lines = new ArrayList<>(rows.size());
    List<float[]> edges = new ArrayList<>();
    for (List<Glyph> row : rows) {
      row.sort(Comparator.comparingDouble(Glyph::x));
      edges.add(new float[] {row.get(0).x(), row.get(row.size() - 1).right()});
    }
    float margin = margin(edges);
    float pageRight = rightEdge(edges);
    for (int r = 0; r < rows.size(); r++) {
      List<Glyph> row = rows.get(r);
      String text = text(row);
      if (text.isBlank()) {
        continue;
      }
      float size = fontSize(row);
      float left = edges.get(r)[0];
      float right = edges.get(r)[1];
      boolean rtl = VisualOrder.isRightToLeft(row.stream().map(Glyph::text).toList());
      // right-to-left text is aligned on the right margin, so its indent counts from there
      float offset = rtl ? pageRight - right : left - margin;
      int indent = Math.max(0, Math.round(offset / (size / 2)));
      float baseline = baseline(row);
      boolean bold = row.stream().filter(g -> !g.text().isBlank()).allMatch(Glyph::bold);
      lines.add(new Line(text, indent, left, baseline, right - left, size, bold));
    }
    return lines;
  }

  /** Groups glyphs into rows by vertical overlap, rows ordered top to bottom. */
  private static List<List<Glyph>> rows(List<Glyph> glyphs) {
    List<Glyph> byBaseline = new ArrayList<>(glyphs);
    byBaseline.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    List<List<Glyph>> rows = new ArrayList<>();
    List<Glyph> row = null;
    float rowTop = 0;
    float rowBottom = 0;
    for (Glyph g : byBaseline) {
      float overlap = row == null ? 0 : Math.min(rowBottom, g.y()) - Math.max(rowTop, g.top());
      float smaller = row == null ? 0 : Math.min(rowBottom - rowTop, g.height());
      if (row != null && overlap >= 0.5f * smaller && smaller > 0) {
        row.add(g);
        rowTop = Math.min(rowTop, g.top());
        rowBottom = Math.max(rowBottom, g.y());
      } else {
        row = new ArrayList<>();
        row.add(g);
        rows.add(row);
        rowTop = g.top();
        rowBottom = g.y();
      }
    }
    return rows;
  }

  private static String text(List<Glyph> row) {
    List<String> units = new ArrayList<>(row.size() * 2);
    Glyph previous = null;
    for (Glyph g : row) {
      if (previous != null) {
        float gap = g.x() - previous.right();
        float em = Math.max(g.fontSize(), previous.fontSize());
        if (gap > COLUMN_GAP * em) {
          units.add(COLUMN_SEPARATOR);
        } else if (gap > WORD_GAP * em && !bothCjk(previous, g) && !previous.text().isBlank() && !g.text().isBlank()) {
          units.add(" ");
        }
      }
      units.add(g.text());
      previous = g;
    }
    units = withoutSpacesInsideCjk(units);
    if (VisualOrder.isRightToLeft(units)) {
      units = VisualOrder.logical(units);
    }
    StringBuilder out = new StringBuilder();
    units.forEach(out::append);
    return out.toString().replaceAll("[ \\t\\u00A0]+$", "").replaceAll("^[ \\t\\u00A0]+", "");
  }

  /** Space glyphs between two CJK characters out: Chinese puts no space between words. */
  private static List<String> withoutSpacesInsideCjk(List<String> units) {
    List<String> out = new ArrayList<>(units.size());
    for (int i = 0; i < units.size(); i++) {
      String unit = units.get(i);
      if (unit.isBlank() && !out.isEmpty() && endsCjk(out.get(out.size() - 1))) {
        int next = i + 1;
        while (next < units.size() && units.get(next).isBlank()) {
          next++;
        }
        if (next < units.size() && Scripts.bindsInCjk(units.get(next).codePointAt(0))) {
          i = next - 1;
          continue;
        }
      }
      out.add(unit);
    }
    return out;
  }

  private static boolean endsCjk(String unit) {
    return !unit.isEmpty() && Scripts.bindsInCjk(unit.codePointBefore(unit.length()));
  }

  private static boolean bothCjk(Glyph a, Glyph b) {
    return Scripts.bindsInCjk(a.text().codePointAt(a.text().length() - 1)) && Scripts.bindsInCjk(b.text().codePointAt(0));
  }

  /** The font size most of the line's characters are set in. */
  private static float fontSize(List<Glyph> row) {
    return row.stream().filter(g -> !g.text().isBlank())
        .collect(Collectors.groupingBy(g -> Math.round(g.fontSize() * 2) / 2f,
            Collectors.counting()))
        .entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(row.get(0).fontSize());
  }

  private static float baseline(List<Glyph> row) {
    float[] ys = new float[row.size()];
    for (int i = 0; i < ys.length; i++) {
      ys[i] = row.get(i).y();
    }
    Arrays.sort(ys);
    return ys[ys.length / 2];
  }

  /** The page's left text margin: the left edge most lines start at (to the point). */
  private static float margin(List<float[]> edges) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (float[] e : edges) {
      counts.merge(Math.round(e[0]), 1, Integer::sum);
    }
    int mode = counts.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(e -> -e.getKey()))
        .map(Map.Entry::getKey).orElse(0);
    float min = edges.stream().map(e -> e[0]).min(Float::compare).orElse(0f);
    return Math.max(min, mode - 0.5f);
  }

  /** The page's right text edge: the right edge most lines reach. */
  private static float rightEdge(List<float[]> edges) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (float[] e : edges) {
      counts.merge(Math.round(e[1]), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey).orElse(0);
  }
}
