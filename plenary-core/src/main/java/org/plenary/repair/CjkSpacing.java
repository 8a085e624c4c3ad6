package org.plenary.repair;

import org.plenary.internal.Scripts;
import org.plenary.read.Cancellation;

/**
 * Collapses the spaces that PDF extraction puts into text: runs of white space become one space,
 * and a space next to a CJK character or CJK punctuation disappears when its other neighbour is
 * CJK, a digit or punctuation ("大  会" gives "大会", "2020 年 9 月" gives "2020年9月").
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
      if (!dropsBetween(before, after)) {
        out.append(' ');
      }
      i = j;
    }
    return out.toString();
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
