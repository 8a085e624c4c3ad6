package org.plenary.index;

/**
 * How a hit's snippet looks, the same in both engines: one passage (a
 * sentence) of the document's text in its language with the matched words in {@code <mark>},
 * HTML-escaped, found within the first {@value #MAX_ANALYSED} characters and kept to about
 * {@value #LENGTH}.
 */
public final class Snippets {
  public static final String MARK_START = "<mark>";
  public static final String MARK_END = "</mark>";
  public static final String ELLIPSIS = " … ";
  public static final int MAX_ANALYSED = 200_000;
  public static final int LENGTH = 300;

  private Snippets() {}

  /** Keeps a passage short, cutting at a character boundary outside any tag or entity. */
  public static String shorten(String snippet) {
    if (snippet == null || snippet.length() <= LENGTH) {
      return snippet;
    }
    int cut = LENGTH;
    int open = snippet.lastIndexOf('<', cut);
    if (open > snippet.lastIndexOf('>', cut)) {
      cut = open;
    }
    int amp = snippet.lastIndexOf('&', cut);
    if (amp > snippet.lastIndexOf(';', cut)) {
      cut = amp;
    }
    String kept = snippet.substring(0, cut);
    if (kept.lastIndexOf("<mark>") > kept.lastIndexOf("</mark>")) {
      kept += "</mark>";
    }
    return kept + " …";
  }
}
