package org.plenary.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plenary.internal.Scripts;

/**
 * Undoes the wrapping of a PDF's lines by their geometry, so that each printed paragraph line
 * becomes one text line, as a text file would hold it. A line continues the one before when both
 * are set alike (size, weight, direction); it follows at the usual line pitch without paragraph
 * spacing (or at the top of the next page); it does not start with a paragraph number or list
 * label, nor further in than the line before; and the line before was full: the first word of the
 * line would not have fitted in the room left at its end. A right-to-left line is judged from its
 * right margin. Hyphenation at a wrap is undone as in text ({@link HyphenJoiner}). A gap wider
 * than the pitch marks a paragraph break, as an empty line does in text.
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
  /** Points of slack in position comparisons. */
  private static final float SLACK = 1.5f;

  List<TextLine> unwrap(List<PlacedLine> lines) {
    if (lines.isEmpty()) {
      return List.of();
    }
    float pitch = pitch(lines);
    float left = percentile(lines.stream().map(l -> l.line().x()).toList(), 0.05);
    float right = percentile(lines.stream().map(PlacedLine::right).toList(), 0.95);
    HyphenJoiner joiner = new HyphenJoiner(String.join("\n", lines.stream().map(PlacedLine::text).toList()));
    List<TextLine> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    PlacedLine first = null;
    PlacedLine previous = null;
    boolean breakBefore = false;
    for (PlacedLine line : lines) {
      if (previous != null && continues(previous, line, pitch, left, right)) {
        joiner.join(text, line.text().strip(), BlockAssembler::joinsWithoutSpace);
      } else {
        if (first != null) {
          out.add(new TextLine(text.toString(), first.line().indent(), first.page(), breakBefore));
        }
        breakBefore = previous != null && isBreak(previous, line, pitch);
        text.setLength(0);
        text.append(line.text().strip());
        first = line;
      }
      previous = line;
    }
    out.add(new TextLine(text.toString(), first.line().indent(), first.page(), breakBefore));
    return out;
  }

  private static boolean continues(PlacedLine previous, PlacedLine line, float pitch, float left, float right) {
    if (Math.abs(previous.line().fontSize() - line.line().fontSize()) > 0.5f
        || previous.line().bold() != line.line().bold()
        || previous.rightToLeft() != line.rightToLeft()) {
      return false;
    }
    if (line.page() == previous.page() && !line.afterFurniture()
        && line.line().y() - previous.line().y() > pitch + PARAGRAPH_SPACING * line.line().fontSize()) {
      // more room than the usual pitch: paragraph spacing
      return false;
    }
    if (line.page() != previous.page() && line.page() != previous.page() + 1) {
      return false;
    }
    if (BlockBuilder.NUMBER_START.matcher(line.text().strip()).find()) {
      // a paragraph number or list label starts a line of its own, as in text
      return false;
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
    return room + SLACK < WORD_WIDTH_ERROR * firstWordWidth(line) + spaceWidth(line);
  }

  private static boolean isBreak(PlacedLine previous, PlacedLine line, float pitch) {
    if (line.page() != previous.page() || line.afterFurniture()) {
      return false;
    }
    return line.line().y() - previous.line().y() > BREAK_PITCHES * pitch
        || Math.abs(previous.line().fontSize() - line.line().fontSize()) > 0.5f;
  }

  /** The width of a line's first word, from its share of the line's characters. */
  private static float firstWordWidth(PlacedLine line) {
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
    return line.line().width() * Scripts.displayWidth(text.substring(0, end)) / Math.max(1, Scripts.displayWidth(text));
  }

  private static float spaceWidth(PlacedLine line) {
    return Scripts.bindsInCjk(line.text().strip().isEmpty() ? ' ' : line.text().strip().charAt(0))
        ? 0 : 0.25f * line.line().fontSize();
  }

  /** The usual distance between the baselines of consecutive lines on a page. */
  private static float pitch(List<PlacedLine> lines) {
    List<Float> gaps = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      PlacedLine a = lines.get(i - 1);
      PlacedLine b = lines.get(i);
      float gap = b.line().y() - a.line().y();
      if (a.page() == b.page() && gap > 0) {
        gaps.add(gap);
      }
    }
    float widest = MAX_PITCH * FootnoteSeparator.bodySize(lines);
    return gaps.isEmpty() ? widest : Math.min(widest, percentile(gaps, 0.1));
  }

  private static float percentile(List<Float> values, double share) {
    float[] sorted = new float[values.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = values.get(i);
    }
    Arrays.sort(sorted);
    return sorted[(int) Math.round(share * (sorted.length - 1))];
  }
}
