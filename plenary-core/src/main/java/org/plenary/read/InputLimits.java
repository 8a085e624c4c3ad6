package org.plenary.read;

import java.util.Locale;

/**
 * How much one document may hold, in each dimension that could grow without end. Each bound lies
 * far above the largest real UN document (the longest run to a few hundred pages, nest elements
 * some twenty deep and fill a line with at most a flattened web page), so only a broken or hostile
 * file meets one; it is then refused with a message naming the bound, before the bound costs
 * memory or time.
 */
public final class InputLimits {
  /** Elements nested inside each other, in XML and in web pages. */
  public static final int MAX_DEPTH = 1_000;
  /** Pages of one document (form feeds in a text). */
  public static final int MAX_PAGES = 5_000;
  /** Lines of one document: a hundred times what 5,000 pages print. */
  public static final int MAX_LINES = 1_000_000;
  /** Characters in one line: a whole web page flattened into one line stays well below. */
  public static final int MAX_LINE_CHARS = 2_000_000;
  /** Bytes the parts of one Word file may inflate to, all parts together. */
  public static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;
  /** How many times its own size a Word file may inflate to: real ones stay under 30. */
  public static final int MAX_INFLATION_RATIO = 100;

  private InputLimits() {}

  /** A number as the messages print it: {@code 1,000}. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A size in megabytes as the messages print it: {@code 256 MB}. */
  public static String megabytes(long bytes) {
    return count(bytes / (1024 * 1024)) + " MB";
  }
}
