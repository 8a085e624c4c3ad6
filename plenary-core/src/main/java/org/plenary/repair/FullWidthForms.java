package org.plenary.repair;

/**
 * Turns the full-width forms of digits, Latin letters and the slash, which Chinese and Japanese
 * typing puts into symbols, dates and numbers ("Ａ／７５／５００", "２０２０年９月２８日"), into
 * their ASCII forms, as Unicode's compatibility decomposition does. Full-width punctuation of
 * Chinese text (，：（）) stays: it is the text's own.
 */
final class FullWidthForms {
  private static final int OFFSET = 0xFF01 - 0x21;

  String apply(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (folds(c)) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, (char) (c - OFFSET));
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean folds(char c) {
    return c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A'
        || c == '\uFF0F';
  }
}
