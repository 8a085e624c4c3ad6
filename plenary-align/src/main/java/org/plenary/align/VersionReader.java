package org.plenary.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.plenary.lang.LanguageDetector;
import org.plenary.model.Document;
import org.plenary.model.Language;
import org.plenary.pipeline.Diagnostics;
import org.plenary.write.TextWriter;

/**
 * Makes the version of one language from what a user gives: a segmented text (blocks separated
 * by blank lines, each one segment, its surrounding spaces not part of it) or a parsed document
 * (its repaired text, a paragraph a segment: title, body, signatures, annexes).
 */
public final class VersionReader {
  /** A blank line: a line break, then only spaces (no-break spaces too) up to the next one. */
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r\\u00A0]*\\n");

  /** The blocks of a segmented text, in order. */
  public static List<String> blocks(String text) {
    List<String> out = new ArrayList<>();
    for (String block : BLANK_LINE.split(text.replace("\r\n", "\n"))) {
      String segment = block.strip();
      if (!segment.isEmpty()) {
        out.add(segment);
      }
    }
    return out;
  }

  /** A segmented text as the version of a language, or of the language its text is in when null. */
  public Version segmented(String text, Language language) {
    Language lang = language != null ? language : new LanguageDetector().detect(text, new Diagnostics());
    return new Version(lang, blocks(text));
  }

  /** A parsed document as a version: its paragraphs in reading order. */
  public Version document(Document document) {
    return new Version(document.language(), blocks(new TextWriter().write(document)));
  }
}
