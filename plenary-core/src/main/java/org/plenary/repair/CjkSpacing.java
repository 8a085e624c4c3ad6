package org.plenary.repair;

import org.plenary.internal.Scripts;
import org.plenary.read.Cancellation;

/**
 * Collapses the spaces that PDF extraction puts into text: runs of white space become one space,
 * and a space next to a CJK character or CJK punctuation disappears when its other neighbour is
 * CJK, a digit or punctuation ("大  会" gives "大会", "2020 年 9 月" gives "2020年9月"). The space
 * after a Chinese numeral that opens a block as its label ("一 设置二专门委员会案") stays: it is what
 * tells the label from a word, as the space after a paragraph's number ("1. 本报告") tells the
 * number from the text; a numeral that goes on with numerals or a unit ("二 〇二〇年", "十 二月")
 * is one split word.
 */
public final class CjkSpacing {

  public String apply(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      if ((i & 0xFFF) == 0) {
        Cancellation.checkpoint();
      }
      char c = text.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < n && isSpace(text.charAt(j))) {
        j++;
      }
      if (out.length() == 0 || j == n) {
        i = j;
        continue;
      }
      char before = out.charAt(out.length() - 1);
      char after = text.charAt(j);
      if (!dropsBetween(before, after) || isNumeralLabel(out, after)) {
        out.append(' ');
      }
      i = j;
    }
    return out.toString();
  }

  private static final String NUMERALS = "一二三四五六七八九十";
  /** What may follow a numeral inside one word: more numerals, a unit of date, count or order. */
  private static final String GOES_ON = "〇零○一二两三四五六七八九十百千万廿卅年月日届次号项个条款章节部分";
  private static final int MAX_LABEL = 3;

  private static final java.util.regex.Pattern PARAGRAPH_NUMBER = java.util.regex.Pattern.compile("\\d{1,3}\\.");

  /** Whether the text so far is a block's label: a Chinese numeral, or a paragraph's number ("1.") before CJK. */
  private static boolean isNumeralLabel(CharSequence before, char after) {
    if (before.length() > MAX_LABEL || !Scripts.bindsInCjk(after)) {
      return false;
    }
    if (PARAGRAPH_NUMBER.matcher(before).matches()) {
      return true;
    }
    return GOES_ON.indexOf(after) < 0 && before.chars().allMatch(c -> NUMERALS.indexOf(c) >= 0);
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u2009' || c == '\u202F';
  }

  private static boolean dropsBetween(char before, char after) {
    boolean cjkBefore = Scripts.bindsInCjk(before);
    boolean cjkAfter = Scripts.bindsInCjk(after);
    if (cjkBefore && cjkAfter) {
      return true;
    }
    if (cjkBefore) {
      return Character.isDigit(after) || isTightPunctuation(after);
    }
    if (cjkAfter) {
      return Character.isDigit(before) || isTightPunctuation(before);
    }
    return false;
  }

  private static boolean isTightPunctuation(char c) {
    return c == '(' || c == ')' || c == '-' || c == '/' || c == '.' || c == ',' || c == '%';
  }
}
