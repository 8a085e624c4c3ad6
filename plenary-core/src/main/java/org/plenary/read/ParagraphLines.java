package org.plenary.read;

import java.util.ArrayList;
import java.util.List;
import org.plenary.model.Line;

/**
 * Collects the paragraphs of a document without print layout (Word, HTML) as lines: one line per
 * paragraph with an empty line after it, the way text layout repair reads a paragraph break. A
 * heading is marked as extracted text shows it, indented and bold, so repair keeps it a heading.
 */
final class ParagraphLines {
  /** The indent that layout repair reads as a heading. */
  static final int HEADING_INDENT = 2;

  private final List<Line> lines = new ArrayList<>();

  void paragraph(String text, boolean heading) {
    for (String part : text.split("[\\n\\u000B\\u2028]")) {
      String clean = clean(part);
      if (!clean.isEmpty()) {
        lines.add(new Line(clean, heading ? HEADING_INDENT : 0, Float.NaN, Float.NaN, Float.NaN, Float.NaN, heading));
      }
    }
    if (!lines.isEmpty() && !lines.get(lines.size() - 1).text().isEmpty()) {
      lines.add(Line.ofText("", 0));
    }
  }

  boolean isEmpty() {
    return lines.stream().allMatch(Line::isBlank);
  }

  List<Line> lines() {
    return List.copyOf(lines);
  }

  /** Control characters (Word's cell and field marks) out, white space collapsed. */
  private static String clean(String text) {
    return text.replaceAll("[\\p{Cc}&&[^\\t]]", " ").replace('\u00A0', ' ').replaceAll("[ \\t]+", " ").strip();
  }
}
