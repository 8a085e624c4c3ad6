package org.plenary.write;

/** What may go into an XML 1.0 document: the characters the specification allows, nothing else. */
public final class XmlText {
  private XmlText() {}

  /**
   * The text with every character XML 1.0 forbids left out: control characters other than tab,
   * line feed and carriage return, unpaired surrogates, U+FFFE and U+FFFF. Null stays null.
   */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
      if (!allowed && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (allowed && out != null) {
        out.appendCodePoint(c);
      }
      i += width;
    }
    return out == null ? text : out.toString();
  }
}
