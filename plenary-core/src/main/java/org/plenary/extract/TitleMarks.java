package org.plenary.extract;

import java.util.regex.Pattern;
import org.plenary.read.Cancellation;

/**
 * What stands before a title's first word without being part of it: direction marks and the dash
 * some languages print between a resolution's number and its title ("75/245. - ..."). The title
 * read from a text and the title an AKN4UN file marks up lose the same marks, so that the two compare.
 */
public final class TitleMarks {
  private static final Pattern LEADING = Pattern.compile("^[\\s\\p{Cf}]*(?:[-\u2013\u2014][\\s\\p{Cf}]+)?");

  private TitleMarks() {}

  /** The title without the marks before its first word. */
  public static String withoutLeading(String title) {
    return LEADING.matcher(Cancellation.watched(title)).replaceFirst("");
  }
}
