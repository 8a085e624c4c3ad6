package org.plenary.read;

import java.util.ArrayList;
import java.util.List;
import org.plenary.InputLimitExceeded;
import org.plenary.PlenaryException;
import org.plenary.UnreadableInput;
import org.plenary.model.Line;
import org.plenary.model.Page;
import org.plenary.model.Pages;
import org.plenary.model.Source;
import org.plenary.model.SourceFormat;
import org.plenary.pipeline.Diagnostics;
import org.plenary.pipeline.WarningCode;

/**
 * Reads plain text as PDF extraction or a web page left it. Decodes it with {@link
 * EncodingDetector}, cuts it into lines with their indentation and into pages at form feeds, within
 * the {@link InputLimits} of lines, line length and pages.
 */
public final class TextReader implements SourceReader {
  private static final char FORM_FEED = '\f';
  private static final int TAB_WIDTH = 4;

  private final EncodingDetector encodings = new EncodingDetector();

  @Override
  public Pages read(Source source, Diagnostics diagnostics) throws PlenaryException {
    EncodingDetector.Decoded decoded = encodings.decode(source);
    String text = decoded.text();
    if (text.isBlank()) {
      throw new UnreadableInput(source.name(), "the file holds no text");
    }
    if (decoded.replaced() > 0) {
      diagnostics.warn(WarningCode.DAMAGED_UTF_8, decoded.replaced() + " damaged UTF-8 sequence" + (decoded.replaced() == 1 ? " was"
          : "s were") + " replaced by \uFFFD; the rest of the text is read as UTF-8");
    }
    List<Page> pages = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    int count = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r' && text.charAt(end) != FORM_FEED) {
        end++;
      }
      if (end - start > InputLimits.MAX_LINE_CHARS) {
        throw new InputLimitExceeded(source.name(), "a line longer than " + InputLimits.count(InputLimits.MAX_LINE_CHARS)
            + " characters");
      }
      if ((count & 0xFFF) == 0) {
        Cancellation.check(source.name());
      }
      if (++count > InputLimits.MAX_LINES) {
        throw new InputLimitExceeded(source.name(), "more than " + InputLimits.count(InputLimits.MAX_LINES) + " lines");
      }
      addLine(lines, text.substring(start, end));
      if (end < text.length() && text.charAt(end) == FORM_FEED) {
        pages.add(new Page(pages.size() + 1, lines));
        lines = new ArrayList<>();
        if (pages.size() >= InputLimits.MAX_PAGES) {
          throw new InputLimitExceeded(source.name(), "more than " + InputLimits.count(InputLimits.MAX_PAGES)
              + " pages (form feeds)");
        }
      }
      boolean crlf = end + 1 < text.length() && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n';
      start = end + (crlf ? 2 : 1);
    }
    pages.add(new Page(pages.size() + 1, lines));
    return new Pages(source, SourceFormat.TEXT, pages, decoded.charset(), pages.size() > 1);
  }

  private static void addLine(List<Line> lines, String raw) {
    int indent = 0;
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == ' ' || c == '\u00A0' || c == '\u3000') {
        indent += c == '\u3000' ? 2 : 1;
      } else if (c == '\t') {
        indent += TAB_WIDTH;
      } else {
        break;
      }
      i++;
    }
    lines.add(Line.ofText(raw.substring(i).stripTrailing(), indent));
  }
}
