package org.plenary.internal;

/** Character classes that layout repair and extraction share. */
public final class Scripts {
  private Scripts() {}

  /** Han ideographs, kana and hangul: text written without spaces between words. */
  public static boolean isCjk(int c) {
    if (c < 0x2E80) {
      return false; // every CJK script lies above the CJK radicals block
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  /** Full-width CJK punctuation (、。，：；（）《》“” and the like). */
  public static boolean isCjkPunctuation(int c) {
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF65) || c == 0x00B7 || c == 0x201C
        || c == 0x201D || c == 0x2018 || c == 0x2019;
  }

  /** Characters that join to a neighbour without a space in CJK text. */
  public static boolean bindsInCjk(int c) {
    return isCjk(c) || isCjkPunctuation(c);
  }

  /** The width a character takes in a monospaced rendering: two for CJK, one otherwise. */
  public static int displayWidth(CharSequence s) {
    int width = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      width += isCjk(c) || isCjkPunctuation(c) && c >= 0x3000 ? 2 : 1;
    }
    return width;
  }

  /** Whether most letters of a text are CJK. */
  public static boolean mostlyCjk(CharSequence s) {
    int cjk = 0;
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (isCjk(c)) {
          cjk++;
        }
      }
    }
    return letters > 0 && cjk * 2 > letters;
  }
}
