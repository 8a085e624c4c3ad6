package org.plenary.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenary.internal.Scripts;
import org.plenary.read.Cancellation;

/**
 * Undoes the wrapping of a PDF's lines by their geometry, so that each printed paragraph, title or
 * heading becomes one text line, as a text file would hold it. A line continues the one before
 * when both are set alike (size, weight, direction), it follows at its size's line pitch without
 * paragraph spacing (or at the top of the next page), it does not start with a paragraph number or
 * list label, and one of these holds:
 *
 * <ul>
 *   <li>running text: it does not start further in than the line before, and the line before
 *       spans at least {@link #RUNNING_TEXT} of the text width (a narrower line is a masthead item,
 *       a table cell, an address line) and was full (the first word of the line would not have
 *       fitted in the room left at its end);
 *   <li>a display block (bold, larger than the body, in capitals or centred: titles, agenda item
 *       titles, annex titles): it is aligned with the line before (same left edge, same centre or
 *       same right edge) and the line before was full for the block's own measure, its longest
 *       line or the column it stands in, not the page's;
 *   <li>it starts in lower case, or the line before leaves a bracket open, and it is aligned with
 *       the line before;
 *   <li>both lines are centred on the text's middle: a centred title is broken where its author
 *       chose, not where the room ran out.
 * </ul>
 *
 * A display block set in the body's size and not in capitals (the masthead's session and agenda
 * lines, bold, one item a line) is joined by its measure only when it runs over at least three
 * lines, which an agenda item's title does and a column of items does not tell apart otherwise, or
 * when the line before ends on a comma, colon, semicolon or dash. A right-to-left line is judged
 * from its right margin. Hyphenation at a wrap is undone as in text ({@link HyphenJoiner}). A gap
 * wider than the pitch marks a paragraph break, as an empty line does in text.
 */
final class LineUnwrapper {
  /** A gap larger than this many line pitches is a paragraph break. */
  private static final float BREAK_PITCHES = 1.45f;
  /** Extra space between lines, as a share of the font size, that sets paragraphs apart. */
  private static final float PARAGRAPH_SPACING = 0.15f;
  /** Margin of error of a word's width estimated from its share of the line's characters. */
  private static final float WORD_WIDTH_ERROR = 1.2f;
  /** The widest line pitch, in font sizes (double spacing); wider gaps are always breaks. */
  private static final float MAX_PITCH = 2.2f;
  /** The pitch of a size that no two lines show: single spacing. */
  private static final float DEFAULT_PITCH = 1.2f;
  /** How far apart, in font sizes, the centres of centred lines may be (typewriters centre by whole characters). */
  private static final float CENTRE = 0.8f;
  /** Points of slack in position comparisons. */
  private static final float SLACK = 1.5f;
  /** Running text fills at least this share of the text width; a narrower column is not wrapped prose. */
  private static final float RUNNING_TEXT = 0.4f;
  /** The fewest lines of a display block in the body's size that is joined by its measure. */
  private static final int SMALL_DISPLAY_LINES = 3;

  List<TextLine> unwrap(List<PlacedLine> lines) {
    if (lines.isEmpty()) {
      return List.of();
    }
    Geometry geometry = new Geometry(lines);
    HyphenJoiner joiner = new HyphenJoiner(String.join("\n", lines.stream().map(PlacedLine::text).toList()));
    List<TextLine> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    PlacedLine first = null;
    PlacedLine previous = null;
    boolean breakBefore = false;
    for (int i = 0; i < lines.size(); i++) {
      Cancellation.checkpoint();
      PlacedLine line = lines.get(i);
      if (previous != null && geometry.continues(i)) {
        joiner.join(text, line.text().strip(), BlockAssembler::joinsWithoutSpace);
      } else {
        if (first != null) {
          out.add(new TextLine(text.toString(), first.line().indent(), first.page(), breakBefore, geometry.isDisplay(first)));
        }
        breakBefore = previous != null && geometry.isBreak(previous, line);
        text.setLength(0);
        text.append(line.text().strip());
        first = line;
      }
      previous = line;
    }
    out.add(new TextLine(text.toString(), first.line().indent(), first.page(), breakBefore, geometry.isDisplay(first)));
    return out;
  }

  /** What the lines of one document show of their layout: margins, pitches, body size, masthead. */
  private static final class Geometry {
    private final List<PlacedLine> lines;
    private final float left;
    private final float right;
    private final float bodySize;
    private final float pitch;
    private final Map<Float, Float> pitches;
    /** For each line: where its page starts, and the first and last line of its run (see {@link #inOneRun}). */
    private final int[] pageStart;
    private final int[] runStart;
    private final int[] runEnd;

    Geometry(List<PlacedLine> lines) {
      this.lines = lines;
      this.left = percentile(lines.stream().map(l -> l.line().x()).toList(), 0.05);
      this.right = percentile(lines.stream().map(PlacedLine::right).toList(), 0.95);
      this.bodySize = FootnoteSeparator.bodySize(lines);
      this.pitches = pitches(lines);
      this.pitch = pitches.getOrDefault(bodySize, pitch(lines, bodySize));
      int n = lines.size();
      this.pageStart = new int[n];
      this.runStart = new int[n];
      this.runEnd = new int[n];
      for (int k = 0; k < n; k++) {
        boolean samePage = k > 0 && lines.get(k).page() == lines.get(k - 1).page();
        pageStart[k] = samePage ? pageStart[k - 1] : k;
        runStart[k] = k > 0 && inOneRun(k) ? runStart[k - 1] : k;
      }
      for (int k = n - 1; k >= 0; k--) {
        runEnd[k] = k + 1 < n && inOneRun(k + 1) ? runEnd[k + 1] : k;
      }
    }

    boolean continues(int i) {
      PlacedLine previous = lines.get(i - 1);
      PlacedLine line = lines.get(i);
      if (!sameStyle(previous, line) || !follows(previous, line)
          || BlockBuilder.NUMBER_START.matcher(Cancellation.watched(line.text().strip())).find()) {
        return false;
      }
      String text = line.text().strip();
      boolean aligned = aligned(previous, line);
      if (aligned && (!text.isEmpty() && Character.isLowerCase(text.codePointAt(0)) || leavesBracketOpen(previous.text()))) {
        return true;
      }
      if (isCentred(previous) && isCentred(line)) {
        return true; // centred lines are broken for balance, not for want of room
      }
      if (isDisplay(previous) && aligned) {
        boolean large = previous.line().fontSize() > bodySize + 0.5f || inCapitals(previous.text());
        if (large || runEnd[i] - runStart[i] + 1 >= SMALL_DISPLAY_LINES || endsOpen(previous.text())) {
          return measure(i - 1) - previous.line().width() + SLACK < wordWidth(line);
        }
        return false;
      }
      if (previous.line().width() < RUNNING_TEXT * (right - left)) {
        return false; // a short line that is not display text: a masthead item, a cell, an address line
      }
      float room;
      if (line.rightToLeft()) {
        if (line.right() < previous.right() - SLACK) {
          return false;
        }
        room = previous.line().x() - left;
      } else {
        if (line.line().x() > previous.line().x() + SLACK) {
          return false;
        }
        room = right - previous.right();
      }
      return room + SLACK < wordWidth(line);
    }

    boolean isBreak(PlacedLine previous, PlacedLine line) {
      if (line.page() != previous.page() || line.afterFurniture()) {
        return false;
      }
      return line.line().y() - previous.line().y() > BREAK_PITCHES * pitch
          || Math.abs(previous.line().fontSize() - line.line().fontSize()) > 0.5f;
    }

    private static boolean sameStyle(PlacedLine a, PlacedLine b) {
      return Math.abs(a.line().fontSize() - b.line().fontSize()) <= 0.5f && a.line().bold() == b.line().bold()
          && a.rightToLeft() == b.rightToLeft();
    }

    /** Whether a line stands right under the other, at its size's pitch, or opens the next page. */
    private boolean follows(PlacedLine previous, PlacedLine line) {
      if (line.page() == previous.page()) {
        float gap = line.line().y() - previous.line().y();
        float size = line.line().fontSize();
        return line.afterFurniture() || gap > 0 && gap <= pitchOf(size) + PARAGRAPH_SPACING * size;
      }
      return line.page() == previous.page() + 1;
    }

    private float pitchOf(float size) {
      Float known = pitches.get(Math.round(size * 2) / 2f);
      return known != null ? known : Math.max(pitch * size / Math.max(1, bodySize), DEFAULT_PITCH * size);
    }

    /** Whether a line is set apart from running text: bold, larger, in capitals or centred. */
    boolean isDisplay(PlacedLine line) {
      return line.line().bold() || line.line().fontSize() > bodySize + 0.5f || inCapitals(line.text())
          || isCentred(line);
    }

    private boolean isCentred(PlacedLine line) {
      float middle = (left + right) / 2;
      float centre = line.line().x() + line.line().width() / 2;
      return line.line().x() > left + 2 * line.line().fontSize() && Math.abs(centre - middle) <= CENTRE * line.line().fontSize();
    }

    /** Same left edge, same centre or same right edge, or further in under a numbered first line. */
    private static boolean aligned(PlacedLine a, PlacedLine b) {
      float ax = a.line().x();
      float bx = b.line().x();
      return Math.abs(ax - bx) <= SLACK
          || Math.abs(ax + a.line().width() / 2 - bx - b.line().width() / 2) <= CENTRE * a.line().fontSize()
          || Math.abs(a.right() - b.right()) <= SLACK
          || bx > ax && BlockBuilder.NUMBER_START.matcher(Cancellation.watched(a.text().strip())).find()
              && bx - ax <= 4 * a.line().fontSize();
    }

    /**
     * The width a display block was set to: up to the next column where one stands beside the
     * line, else its longest line.
     */
    private float measure(int i) {
      PlacedLine line = lines.get(i);
      float column = Float.MAX_VALUE;
      for (int k = pageStart[i]; k < lines.size() && lines.get(k).page() == line.page(); k++) {
        if ((k & 0xFFF) == 0) {
          Cancellation.checkpoint();
        }
        PlacedLine other = lines.get(k);
        if (k != i && Math.abs(other.line().y() - line.line().y()) < 0.3f * line.line().fontSize()
            && (line.rightToLeft() ? other.right() < line.line().x() : other.line().x() > line.right())) {
          column = Math.min(column, line.rightToLeft() ? line.right() - other.right() : other.line().x() - line.line().x());
        }
      }
      if (column != Float.MAX_VALUE) {
        return column - line.line().fontSize();
      }
      float widest = 0;
      for (int k = runStart[i]; k <= runEnd[i]; k++) {
        widest = Math.max(widest, lines.get(k).line().width());
      }
      return widest;
    }

    /** Whether consecutive lines are set alike, one under the other and aligned: one block's candidates. */
    private boolean inOneRun(int k) {
      PlacedLine a = lines.get(k - 1);
      PlacedLine b = lines.get(k);
      return a.page() == b.page() && sameStyle(a, b) && follows(a, b) && aligned(a, b);
    }
  }

  /** Whether a line opens more brackets than it closes: "[on the report of the Fifth Committee" goes on. */
  private static boolean leavesBracketOpen(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[' || c == '\uFF08') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '\uFF09') && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  /** Whether a line ends on a mark that cannot close a heading: a comma, colon, semicolon or dash. */
  private static boolean endsOpen(String text) {
    String t = text.strip();
    return !t.isEmpty() && ",;:-\u2013\u2014\u3001\uFF0C\uFF1A\uFF1B".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  private static boolean inCapitals(String text) {
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters >= 8 && upper >= 0.9 * letters;
  }

  /** The width of a line's first word and the space before it, from its share of the characters. */
  private static float wordWidth(PlacedLine line) {
    String text = line.text().strip();
    if (text.isEmpty()) {
      return 0;
    }
    int end = 0;
    if (Scripts.bindsInCjk(text.charAt(0))) {
      end = 1;
    } else {
      while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && !Scripts.bindsInCjk(text.charAt(end))) {
        end++;
      }
    }
    float word = line.line().width() * Scripts.displayWidth(text.substring(0, end)) / Math.max(1, Scripts.displayWidth(text));
    float space = Scripts.bindsInCjk(text.charAt(0)) ? 0 : 0.25f * line.line().fontSize();
    return WORD_WIDTH_ERROR * word + space;
  }

  /** The usual distance between baselines of consecutive lines of each font size (to the half point). */
  private static Map<Float, Float> pitches(List<PlacedLine> lines) {
    Map<Float, List<Float>> gaps = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      Cancellation.checkpoint();
      PlacedLine a = lines.get(i - 1);
      PlacedLine b = lines.get(i);
      float gap = b.line().y() - a.line().y();
      if (a.page() == b.page() && gap > 0 && Math.abs(a.line().fontSize() - b.line().fontSize()) <= 0.5f
          && gap <= MAX_PITCH * b.line().fontSize()) {
        gaps.computeIfAbsent(Math.round(b.line().fontSize() * 2) / 2f, k -> new ArrayList<>()).add(gap);
      }
    }
    Map<Float, Float> out = new HashMap<>();
    gaps.forEach((size, list) -> {
      if (list.size() >= 3) {
        out.put(size, percentile(list, 0.1));
      }
    });
    return out;
  }

  /** The usual distance between the baselines of consecutive lines on a page. */
  private static float pitch(List<PlacedLine> lines, float bodySize) {
    List<Float> gaps = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      Cancellation.checkpoint();
      PlacedLine a = lines.get(i - 1);
      PlacedLine b = lines.get(i);
      float gap = b.line().y() - a.line().y();
      if (a.page() == b.page() && gap > 0) {
        gaps.add(gap);
      }
    }
    float widest = MAX_PITCH * bodySize;
    return gaps.isEmpty() ? widest : Math.min(widest, percentile(gaps, 0.1));
  }

  private static float percentile(List<Float> values, double share) {
    float[] sorted = new float[values.size()];
    for (int i = 0; i < sorted.length; i++) {
      Cancellation.checkpoint();
      sorted[i] = values.get(i);
    }
    Arrays.sort(sorted);
    return sorted[(int) Math.round(share * (sorted.length - 1))];
  }
}
