package org.plenary.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.plenary.internal.Scripts;
import org.plenary.model.Line;

/**
 * Builds the lines of one PDF page from its glyphs.
 *
 * <ul>
 *   <li>Glyphs on one baseline form a row; a smaller glyph raised above the row just below it (a
 *       footnote mark) belongs to that row. A glyph drawn twice at the same place (to look bold)
 *       counts once; texts drawn over each other (an old masthead left under a new one) are rows
 *       of their own ({@link OverlaidText}).
 *   <li>Within a row glyphs go left to right; a gap wider than 0.15 of the font size becomes a
 *       space, but never between two CJK characters (PDF extraction puts spaces there that the
 *       text never had, and a space glyph there goes too); a gap of several em separates columns.
 *   <li>A raised note mark (digits, asterisks, daggers) after a word is a footnote reference and
 *       is left out of the line's text ("agenda*" reads "agenda"); at the start of a line it is the
 *       footnote's own number and stays.
 *   <li>On the first page the masthead is read by its columns ({@link MastheadColumns}): each
 *       column's pieces become lines of their own, left column first, whatever order the content
 *       stream drew them in. Elsewhere a row is one line, its columns apart by a run of spaces.
 *   <li>A right-to-left line is put back into logical order ({@link VisualOrder}).
 * </ul>
 *
 * Each line's left edge, width and indent are those of its visible glyphs (a space or tab drawn
 * at the margin does not move the line); the indent is the distance from the page's text margin
 * in half ems, the unit in which extracted text shows indentation.
 */
final class LineBuilder {
  /**
   * A gap wider than this share of the font size separates words. Many PDFs draw no space glyph
   * but move the text by a space's width (a TJ offset of about -250 in Times, whose space is a
   * quarter em, less in a justified line); kerning inside a word moves it by a few hundredths of an
   * em. Half a Times space, as PDFBox's text stripper takes half the font's space.
   */
  private static final float WORD_GAP = 0.15f;
  /** A gap before an apostrophe narrower than this share of the font size (under a space) is none. */
  private static final float ELISION_GAP = 0.2f;
  /** A gap wider than this many font sizes (of the smaller glyph) separates columns. */
  static final float COLUMN_GAP = 2.5f;
  private static final String COLUMN_SEPARATOR = "    ";
  /** Glyphs whose baselines differ by less than this share of the font size share a row. */
  private static final float SAME_BASELINE = 0.35f;
  /** A glyph at most this share of a row's size is small enough to be a raised mark. */
  private static final float MARK_SIZE = 0.85f;
  /** A raised mark's baseline stands at most this share of the row's size above the row's. */
  private static final float MARK_RISE = 0.55f;
  /** A line is bold when this share of its characters is. */
  private static final float BOLD_SHARE = 0.9f;
  /**
   * Asterisks and daggers printed on the line right after a word are note marks too ("agenda*",
   * "Italy,*", "No. 2011*,"); after a digit and before a space they belong to the symbol or job
   * number of a reissue ("A/HRC/11/25*", "25-03579* (E)"). A list of them after a digit goes whole
   * ("No. 2011*, **", tried before the single mark, which would leave ", **"); a run of them
   * closing a line after a word is one too; opening a line it is the footnote's own mark.
   */
  private static final String MARK = "[*\u2020\u2021]{1,3}";
  private static final String MARKS = MARK + "(?:,\\s?" + MARK + ")*";
  private static final Pattern INLINE_NOTE_MARK = Pattern.compile(
      "(?<=[\\p{L}\\p{Pe},.:;])" + MARKS + "(?=[\\s,.;:)]|$)"
          + "|(?<=\\d)(?:" + MARK + "(?:,\\s?" + MARK + ")+|" + MARK + "(?=[,.;:)]))"
          + "|(?<=\\S\\s)" + MARK + "$");

  /** A year, after which a raised number is a note mark ({@link #endsWithYear}). */
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

  private final MastheadColumns masthead = new MastheadColumns();

  /** The lines of a page in reading order; the first page's masthead is read by columns. */
  List<Line> build(List<Glyph> glyphs, boolean firstPage) {
    List<Row> rows = rows(glyphs);
    if (rows.isEmpty()) {
      return List.of();
    }
    List<List<Piece>> order = firstPage ? masthead.order(rows) : rows.stream().map(Row::pieces).toList();
    float margin = margin(rows);
    float pageRight = rightEdge(rows);
    List<Line> lines = new ArrayList<>(order.size());
    for (List<Piece> pieces : order) {
      Cancellation.checkpoint();
      Line line = line(pieces, margin, pageRight);
      if (line != null) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static Line line(List<Piece> pieces, float margin, float pageRight) {
    List<Glyph> glyphs = new ArrayList<>();
    List<Boolean> raised = new ArrayList<>();
    for (Piece piece : pieces) {
      glyphs.addAll(piece.glyphs());
      raised.addAll(piece.raised());
    }
    String text = text(glyphs, raised);
    if (text.isBlank()) {
      return null;
    }
    float left = pieces.get(0).left();
    float right = pieces.get(pieces.size() - 1).right();
    float size = fontSize(glyphs, raised);
    boolean rtl = VisualOrder.isRightToLeft(glyphs.stream().map(Glyph::text).toList());
    // right-to-left text is aligned on the right margin, so its indent counts from there
    float offset = rtl ? pageRight - right : left - margin;
    int indent = Math.max(0, Math.round(offset / (size / 2)));
    int heavy = 0;
    int letters = 0;
    for (int i = 0; i < glyphs.size(); i++) {
      if (!raised.get(i) && !glyphs.get(i).isBlank()) {
        letters += glyphs.get(i).text().length();
        heavy += glyphs.get(i).bold() ? glyphs.get(i).text().length() : 0;
      }
    }
    // a line is bold when nearly all of it is: an apostrophe or a bracket from another face does not count
    boolean bold = heavy >= BOLD_SHARE * letters;
    return new Line(text, indent, left, pieces.get(0).baseline(), right - left, size, bold);
  }

  /** Groups glyphs into rows by baseline, rows top to bottom, raised marks with their row. */
  static List<Row> rows(List<Glyph> glyphs) {
    List<Glyph> byBaseline = new ArrayList<>(glyphs);
    byBaseline.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    List<List<Glyph>> clusters = new ArrayList<>();
    List<Glyph> cluster = null;
    float baseline = 0;
    float size = 0;
    for (Glyph g : byBaseline) {
      if ((clusters.size() & 0xFF) == 0) {
        Cancellation.checkpoint();
      }
      float tolerance = SAME_BASELINE * Math.max(1, Math.min(size, g.fontSize()));
      if (cluster != null && (g.y() - baseline <= tolerance || g.isBlank() && g.y() - baseline <= 2 * tolerance)) {
        cluster.add(g);
        if (!g.isBlank()) {
          size = Math.max(size, g.fontSize());
        }
      } else {
        cluster = new ArrayList<>();
        cluster.add(g);
        clusters.add(cluster);
        baseline = g.y();
        size = g.fontSize();
      }
    }
    clusters = withOverlaidTextsApart(clusters, glyphs);
    List<Row> rows = new ArrayList<>(clusters.size());
    List<List<Boolean>> raised = new ArrayList<>(clusters.size());
    for (List<Glyph> c : clusters) {
      List<Boolean> flags = new ArrayList<>(c.size());
      c.forEach(g -> flags.add(Boolean.FALSE));
      raised.add(flags);
    }
    attachRaisedMarks(clusters, raised);
    for (int i = 0; i < clusters.size(); i++) {
      if (!clusters.get(i).isEmpty()) {
        rows.add(Row.of(clusters.get(i), raised.get(i)));
      }
    }
    return rows;
  }

  /**
   * Each row whose glyphs hold texts drawn over each other ({@link OverlaidText}) as one row per
   * text, at the same place in the order; the rest as they are. The glyphs of such a row are put
   * back in the order the page drew them, by which its texts are told apart.
   */
  private static List<List<Glyph>> withOverlaidTextsApart(List<List<Glyph>> clusters, List<Glyph> drawn) {
    Map<Glyph, Integer> order = null;
    List<List<Glyph>> out = new ArrayList<>(clusters.size());
    for (List<Glyph> cluster : clusters) {
      if (!OverlaidText.mayOverlap(cluster)) {
        out.add(cluster);
        continue;
      }
      if (order == null) {
        order = new IdentityHashMap<>();
        for (int i = 0; i < drawn.size(); i++) {
          order.put(drawn.get(i), i);
        }
      }
      List<Glyph> inOrder = new ArrayList<>(cluster);
      inOrder.sort(Comparator.comparingInt(order::get));
      for (List<Glyph> text : OverlaidText.texts(inOrder)) {
        out.add(new ArrayList<>(text));
      }
    }
    return out;
  }

  /**
   * Moves the glyphs of a row of small glyphs into the row just below it when they stand raised
   * over that row's baseline and within its width: footnote marks, "er" in "1er".
   */
  private static void attachRaisedMarks(List<List<Glyph>> clusters, List<List<Boolean>> raised) {
    for (int i = 0; i + 1 < clusters.size(); i++) {
      List<Glyph> small = clusters.get(i);
      List<Glyph> below = clusters.get(i + 1);
      float belowSize = dominantSize(below);
      float belowBaseline = below.get(0).y();
      float smallSize = 0;
      for (Glyph g : small) {
        smallSize = Math.max(smallSize, g.isBlank() ? 0 : g.fontSize());
      }
      float rise = belowBaseline - small.get(0).y();
      if (smallSize == 0 || smallSize > MARK_SIZE * belowSize || rise <= 0 || rise > MARK_RISE * belowSize) {
        continue;
      }
      float left = Float.MAX_VALUE;
      float right = -Float.MAX_VALUE;
      for (Glyph g : below) {
        if (!g.isBlank()) {
          left = Math.min(left, g.x());
          right = Math.max(right, g.right());
        }
      }
      List<Glyph> stay = new ArrayList<>();
      List<Boolean> stayFlags = new ArrayList<>();
      for (int k = 0; k < small.size(); k++) {
        Glyph g = small.get(k);
        if (g.x() >= left - belowSize && g.x() <= right + belowSize) {
          below.add(g);
          raised.get(i + 1).add(Boolean.TRUE);
        } else {
          stay.add(g);
          stayFlags.add(raised.get(i).get(k));
        }
      }
      clusters.set(i, stay);
      raised.set(i, stayFlags);
    }
  }

  private static float dominantSize(List<Glyph> glyphs) {
    return mostCommonSize(glyphs, null);
  }

  /** The text of glyphs in visual order: word spaces from gaps, raised note marks out. */
  static String text(List<Glyph> row, List<Boolean> raised) {
    List<String> units = new ArrayList<>(row.size() * 2);
    Glyph previous = null;
    boolean leading = true;
    for (int i = 0; i < row.size(); i++) {
      Glyph g = row.get(i);
      if (raised.get(i) && !leading && isNoteMark(row, raised, i)) {
        continue;
      }
      if (previous != null) {
        float gap = g.x() - previous.right();
        float em = Math.max(g.fontSize(), previous.fontSize());
        if (gap > COLUMN_GAP * Math.min(g.fontSize(), previous.fontSize())) {
          units.add(COLUMN_SEPARATOR);
        } else if (gap > WORD_GAP * em && !bothCjk(previous, g) && !previous.isBlank() && !g.isBlank()
            && !isElision(previous, g, gap, em)) {
          units.add(" ");
        } else if (raised.get(i - 1) && !raised.get(i) && leading(raised, i) && !g.isBlank()) {
          units.add(" "); // a footnote's own number stands apart from its text
        }
      }
      if (!g.isBlank()) {
        leading = false;
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
    String line = strip(out);
    // every note mark holds an asterisk or a dagger: most lines hold neither and skip the search
    return hasMarkCharacter(line) ? INLINE_NOTE_MARK.matcher(line).replaceAll("") : line;
  }

  /**
   * Whether a gap narrower than a space parts a letter from the apostrophe after it: "Minister’s",
   * whose "’s" a justified line may set apart by a run of its own, a little wider than kerning.
   * An apostrophe never opens a word after a letter; an opening quotation mark is another sign (‘).
   */
  private static boolean isElision(Glyph previous, Glyph g, float gap, float em) {
    String before = previous.text();
    return g.text().charAt(0) == '\u2019' && gap <= ELISION_GAP * em
        && Character.isLetter(before.charAt(before.length() - 1));
  }

  private static boolean hasMarkCharacter(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '*' || c == '\u2020' || c == '\u2021') {
        return true;
      }
    }
    return false;
  }

  /** Whether every glyph before {@code i} is raised: the footnote's number opens the line. */
  private static boolean leading(List<Boolean> raised, int i) {
    for (int k = 0; k < i; k++) {
      if (!raised.get(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the raised glyph at {@code i} is part of a note mark: digits, asterisks, daggers (and
   * the commas of "1, 2") raised after a word, not an exponent after a digit nor a letter ("1er").
   */
  private static boolean isNoteMark(List<Glyph> row, List<Boolean> raised, int i) {
    int start = i;
    while (start > 0 && raised.get(start - 1)) {
      start--;
    }
    int end = i;
    while (end + 1 < row.size() && raised.get(end + 1)) {
      end++;
    }
    boolean mark = false;
    for (int k = start; k <= end; k++) {
      String t = row.get(k).text();
      for (int c = 0; c < t.length(); c++) {
        char ch = t.charAt(c);
        if (Character.isDigit(ch) || ch == '*' || ch == '\u2020' || ch == '\u2021') {
          mark = true;
        } else if (ch != ',' && ch != ' ' && ch != '\u00A0') {
          return false;
        }
      }
    }
    if (!mark) {
      return false;
    }
    int before = start - 1;
    while (before >= 0 && row.get(before).isBlank()) {
      before--;
    }
    if (before < 0) {
      return false;
    }
    String previous = row.get(before).text();
    return !Character.isDigit(previous.charAt(previous.length() - 1)) || endsWithYear(row, before);
  }

  /**
   * Whether the glyphs up to {@code last} end with a year ("June 2025"): a raised number after a
   * year is its footnote's, never an exponent.
   */
  private static boolean endsWithYear(List<Glyph> row, int last) {
    StringBuilder digits = new StringBuilder();
    int k = last;
    for (; k >= 0 && digits.length() <= 4 && row.get(k).text().chars().allMatch(Character::isDigit); k--) {
      digits.insert(0, row.get(k).text());
    }
    // the year is a word of its own: a space, a sign or a word gap before it, not a longer number
    boolean wordBefore = k < 0 || !Character.isLetterOrDigit(row.get(k).text().codePointAt(0))
        || row.get(k + 1).x() - row.get(k).right() > WORD_GAP * row.get(k + 1).fontSize();
    return wordBefore && YEAR.matcher(digits).matches();
  }

  private static String strip(StringBuilder text) {
    int start = 0;
    int end = text.length();
    while (start < end && isPad(text.charAt(start))) {
      start++;
    }
    while (end > start && isPad(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isPad(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
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

  /** The font size most of the line's characters are set in, raised marks aside. */
  private static float fontSize(List<Glyph> glyphs, List<Boolean> raised) {
    return mostCommonSize(glyphs, raised);
  }

  /**
   * The size (to the half point) that most characters of the glyphs are set in, blanks and raised
   * glyphs (where {@code raised} is given) aside; the first glyph's size when none counts. A line
   * has a few sizes at most: they are counted in two small arrays, and only a tie between the
   * most common ones is settled as it always was, by the order of a hash map's entries.
   */
  private static float mostCommonSize(List<Glyph> glyphs, List<Boolean> raised) {
    float[] sizes = new float[4];
    int[] counts = new int[4];
    int n = 0;
    for (int i = 0; i < glyphs.size(); i++) {
      Glyph g = glyphs.get(i);
      if (g.isBlank() || raised != null && raised.get(i)) {
        continue;
      }
      float size = Math.round(g.fontSize() * 2) / 2f;
      int k = 0;
      while (k < n && Float.floatToIntBits(sizes[k]) != Float.floatToIntBits(size)) {
        k++;
      }
      if (k == n) {
        if (n == sizes.length) {
          sizes = Arrays.copyOf(sizes, 2 * n);
          counts = Arrays.copyOf(counts, 2 * n);
        }
        sizes[n++] = size;
      }
      counts[k] += g.text().length();
    }
    if (n == 0) {
      return glyphs.get(0).fontSize();
    }
    int best = 0;
    boolean tie = false;
    for (int k = 1; k < n; k++) {
      if (counts[k] > counts[best]) {
        best = k;
        tie = false;
      } else if (counts[k] == counts[best]) {
        tie = true;
      }
    }
    if (!tie) {
      return sizes[best];
    }
    Map<Float, Integer> byCount = new HashMap<>();
    for (int k = 0; k < n; k++) {
      byCount.put(sizes[k], counts[k]);
    }
    return byCount.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
  }

  /** The page's left text margin: the left edge most rows start at (to the point). */
  private static float margin(List<Row> rows) {
    Map<Integer, Integer> counts = new HashMap<>();
    float min = Float.MAX_VALUE;
    for (Row row : rows) {
      float left = row.pieces().get(0).left();
      counts.merge(Math.round(left), 1, Integer::sum);
      min = Math.min(min, left);
    }
    int mode = counts.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(e -> -e.getKey()))
        .map(Map.Entry::getKey).orElse(0);
    return Math.max(min, mode - 0.5f);
  }

  /** The page's right text edge: the right edge most rows reach. */
  private static float rightEdge(List<Row> rows) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (Row row : rows) {
      List<Piece> pieces = row.pieces();
      counts.merge(Math.round(pieces.get(pieces.size() - 1).right()), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey).orElse(0);
  }

  /** The glyphs of one baseline, left to right, cut into pieces where a column gap falls. */
  record Row(List<Piece> pieces) {
    static Row of(List<Glyph> glyphs, List<Boolean> raised) {
      Integer[] order = new Integer[glyphs.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparingDouble(i -> glyphs.get(i).x()));
      List<Glyph> sorted = new ArrayList<>(order.length);
      List<Boolean> flags = new ArrayList<>(order.length);
      for (int i : order) {
        Glyph g = glyphs.get(i);
        if (!isOverprint(sorted, g)) {
          sorted.add(g);
          flags.add(raised.get(i));
        }
      }
      Diacritics.attach(sorted, flags);
      float baseline = baseline(sorted, flags);
      List<Piece> pieces = new ArrayList<>();
      int start = 0;
      Glyph previous = null;
      for (int i = 0; i < sorted.size(); i++) {
        Glyph g = sorted.get(i);
        if (g.isBlank()) {
          continue;
        }
        if (previous != null && g.x() - previous.right() > COLUMN_GAP * Math.min(g.fontSize(), previous.fontSize())) {
          Piece piece = Piece.of(sorted.subList(start, i), flags.subList(start, i), baseline);
          if (piece != null) {
            pieces.add(piece);
          }
          start = i;
        }
        previous = g;
      }
      Piece last = Piece.of(sorted.subList(start, sorted.size()), flags.subList(start, sorted.size()), baseline);
      if (last != null) {
        pieces.add(last);
      }
      if (pieces.isEmpty()) {
        // a row of spaces only: kept as one empty piece so that it is dropped with its text
        pieces.add(new Piece(sorted, flags, sorted.get(0).x(), sorted.get(0).right(), baseline, sorted.get(0).fontSize()));
      }
      return new Row(pieces);
    }

    /** Whether the row shows nothing: spaces only. */
    boolean isBlank() {
      for (Piece piece : pieces) {
        for (Glyph g : piece.glyphs()) {
          if (!g.isBlank()) {
            return false;
          }
        }
      }
      return true;
    }

    /**
     * A glyph drawn again over the same glyph a moment before (a bold look made by overprinting),
     * a space too: printed twice, it would read as two.
     */
    private static boolean isOverprint(List<Glyph> kept, Glyph g) {
      for (int k = kept.size() - 1; k >= 0 && k >= kept.size() - 3; k--) {
        Glyph other = kept.get(k);
        if (other.text().equals(g.text()) && Math.abs(other.x() - g.x()) < Math.max(1f, 0.3f * g.width())
            && Math.abs(other.y() - g.y()) < 1f) {
          return true;
        }
      }
      return false;
    }

    private static float baseline(List<Glyph> glyphs, List<Boolean> raised) {
      float[] ys = new float[glyphs.size()];
      int n = 0;
      for (int i = 0; i < glyphs.size(); i++) {
        if (!raised.get(i)) {
          ys[n++] = glyphs.get(i).y();
        }
      }
      if (n == 0) {
        return glyphs.get(0).y();
      }
      Arrays.sort(ys, 0, n);
      return ys[n / 2];
    }
  }

  /**
   * A run of a row's glyphs without a column gap: its glyphs (with their raised flags), left and
   * right edges of its visible glyphs, the row's baseline and the size most of it is set in.
   */
  record Piece(List<Glyph> glyphs, List<Boolean> raised, float left, float right, float baseline, float size) {
    static Piece of(List<Glyph> glyphs, List<Boolean> raised, float baseline) {
      float left = Float.MAX_VALUE;
      float right = -Float.MAX_VALUE;
      for (Glyph g : glyphs) {
        if (!g.isBlank()) {
          left = Math.min(left, g.x());
          right = Math.max(right, g.right());
        }
      }
      if (left == Float.MAX_VALUE) {
        return null;
      }
      return new Piece(List.copyOf(glyphs), List.copyOf(raised), left, right, baseline, fontSize(glyphs, raised));
    }

    float width() {
      return right - left;
    }
  }
}
