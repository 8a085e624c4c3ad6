package org.plenary.index;

/**
 * A hit's snippet as every engine gives it: one passage (a sentence) of the document's text with
 * the matched words in {@code <mark>}, HTML-escaped, kept to about {@value #LENGTH} characters.
 */
public final class Snippets {
  static final int LENGTH = 300;

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
