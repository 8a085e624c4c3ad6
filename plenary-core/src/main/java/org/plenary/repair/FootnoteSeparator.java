package org.plenary.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.plenary.read.Cancellation;

/**
 * Keeps footnotes apart from the running text of a PDF: at the foot of a page, below the last line
 * in the body's font size, the lines in a smaller size that begin with a footnote mark ("1", "*",
 * "¹") are footnotes. Taken out of the page, they no longer split a paragraph that runs on to the
 * next page.
 */
final class FootnoteSeparator {
  /** A line in less than this share of the body's size is small print (UN footnotes: 9 pt under 10 pt). */
  private static final float SMALL = 0.95f;
  static final Pattern MARK = Pattern.compile("^(?:\\d{1,3}|\\*{1,3}|[\u00B9\u00B2\u00B3\u2070-\u2079]+)(?:\\s|\\p{L}|\\p{Lo})");

  /** The body lines and the footnote lines of a document, both in reading order. */
  record Separated(List<PlacedLine> body, List<PlacedLine> footnotes) {}

  Separated separate(List<PlacedLine> lines) {
    float bodySize = bodySize(lines);
    List<PlacedLine> body = new ArrayList<>();
    List<PlacedLine> footnotes = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Cancellation.checkpoint();
      int end = i;
      while (end < lines.size() && lines.get(end).page() == lines.get(i).page()) {
        end++;
      }
      List<PlacedLine> page = lines.subList(i, end);
      int start = page.size();
      while (start > 0 && page.get(start - 1).line().fontSize() < SMALL * bodySize) {
        start--;
      }
      while (start < page.size() && !MARK.matcher(Cancellation.watched(page.get(start).text())).find()) {
        start++;
      }
      boolean hasBody = start > 0;
      body.addAll(hasBody ? page.subList(0, start) : page);
      if (hasBody) {
        footnotes.addAll(page.subList(start, page.size()));
      }
      i = end;
    }
    return new Separated(body, footnotes);
  }

  /** The font size most lines are set in. */
  static float bodySize(List<PlacedLine> lines) {
    Map<Float, Integer> counts = new HashMap<>();
    for (PlacedLine line : lines) {
      Cancellation.checkpoint();
      counts.merge(Math.round(line.line().fontSize() * 2) / 2f, line.text().length(), Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
  }
}
