package org.plenary.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.plenary.internal.Scripts;
import org.plenary.read.Cancellation;

/**
 * Groups lines into blocks. A line starts a new block after a paragraph break, when it is indented
 * past the text's margin (UN PDFs indent the first line of a paragraph and headings), or when it
 * starts with a paragraph number. Otherwise it continues the block when the line before it was full
 * (it reached the wrap width), ended with a continuation mark (、 , ; -), was only a paragraph
 * number, or when it starts in lower case. Short lines that end otherwise close their block: this
 * keeps masthead lines, signature lines and titles apart.
 */
final class BlockBuilder {
  /** A line counts as full when it reaches this share of the wrap width. */
  private static final double FULL_SHARE = 0.85;
  /** Wider than this, lines are not wrapped at all: each is a paragraph. */
  private static final int MAX_WRAP_WIDTH = 160;
  /** Narrower than this, short lines are masthead or signature lines, not wrapped prose. */
  private static final int MIN_WRAP_WIDTH = 40;
  private static final int MIN_WRAPPED_LINES = 6;
  static final Pattern NUMBER_START = Pattern.compile(
      "^(?:\\d{1,3}\\.(?:\\d{1,2}\\.?)?|\\(\\p{Ll}{1,4}\\)|\\p{Ll}\\)|\\d{1,3}\\s?[-\u2013]|[IVX]{1,5}\\.|[A-H]\\.)(?:\\s|$)");
  private static final Pattern NUMBER_ONLY = Pattern.compile(
      "^(?:\\d{1,3}\\.|\\(\\p{Ll}{1,4}\\)|\\p{Ll}\\)|[IVX]{1,5}\\.|[A-H]\\.)$");
  private static final String CONTINUATION_MARKS = "、，,;；-\u2013:(（“«";

  /** A block in the making: its lines, first-line indent relative to the margin, and page. */
  record RawBlock(List<TextLine> lines, int indent, int page) {}

  List<RawBlock> build(List<TextLine> lines) {
    return build(lines, wrapWidth(lines));
  }

  /**
   * Groups lines whose wrapping is already undone (a PDF read with positions): no line continues
   * the one before only because that one was full.
   */
  List<RawBlock> buildUnwrapped(List<TextLine> lines) {
    return build(lines, 0);
  }

  private List<RawBlock> build(List<TextLine> lines, int wrapWidth) {
    int margin = margin(lines);
    List<RawBlock> blocks = new ArrayList<>();
    List<TextLine> current = new ArrayList<>();
    TextLine previous = null;
    for (TextLine line : lines) {
      Cancellation.checkpoint();
      if (previous != null && startsBlock(previous, line, margin, wrapWidth, current)) {
        blocks.add(close(current, margin));
        current = new ArrayList<>();
      }
      current.add(line);
      previous = line;
    }
    if (!current.isEmpty()) {
      blocks.add(close(current, margin));
    }
    return blocks;
  }

  private static RawBlock close(List<TextLine> lines, int margin) {
    TextLine first = lines.get(0);
    return new RawBlock(List.copyOf(lines), Math.max(0, first.indent() - margin), first.page());
  }

  private static boolean startsBlock(TextLine previous, TextLine line, int margin, int wrapWidth,
      List<TextLine> current) {
    if (line.breakBefore()) {
      return true;
    }
    String prev = previous.text().strip();
    String text = line.text().strip();
    if (current.size() == 1 && NUMBER_ONLY.matcher(Cancellation.watched(prev)).matches()) {
      return false;
    }
    if (line.indent() > margin || NUMBER_START.matcher(Cancellation.watched(text)).find()) {
      return true;
    }
    if (wrapWidth > 0 && previous.indent() + Scripts.displayWidth(prev) >= FULL_SHARE * wrapWidth) {
      return false;
    }
    char last = prev.isEmpty() ? ' ' : prev.charAt(prev.length() - 1);
    if (CONTINUATION_MARKS.indexOf(last) >= 0) {
      return false;
    }
    int first = text.isEmpty() ? ' ' : text.codePointAt(0);
    return !Character.isLowerCase(first);
  }

  /** The text's left margin: the indentation most of its lines have. */
  static int margin(List<TextLine> lines) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (TextLine line : lines) {
      Cancellation.checkpoint();
      counts.merge(line.indent(), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(e -> -e.getKey()))
        .map(Map.Entry::getKey)
        .orElse(0);
  }

  /**
   * The width at which the text was wrapped, or 0 when it was not wrapped: the 90th percentile of
   * line widths, provided a good share of lines come close to it.
   */
  static int wrapWidth(List<TextLine> lines) {
    if (lines.size() < MIN_WRAPPED_LINES) {
      return 0;
    }
    int[] widths = lines.stream().mapToInt(l -> l.indent() + Scripts.displayWidth(l.text())).toArray();
    Arrays.sort(widths);
    int p90 = widths[(int) Math.floor(0.9 * (widths.length - 1))];
    if (p90 > MAX_WRAP_WIDTH || p90 < MIN_WRAP_WIDTH) {
      return 0;
    }
    long nearFull = Arrays.stream(widths).filter(w -> w >= FULL_SHARE * p90).count();
    return nearFull >= 0.3 * widths.length ? p90 : 0;
  }
}
