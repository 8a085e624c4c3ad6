package org.plenary.lang.zh;

import java.util.OptionalInt;
import org.plenary.lang.NumberReader;

/**
 * Reads Chinese numerals: 七十五 (75), 一百三十五 (135), 二十 / 廿 (20), 一九四六 (1946, digit by
 * digit), and Arabic digits. Handles 零 / 〇 and the units 十, 百, 千.
 */
public final class ChineseNumberReader implements NumberReader {
  /** The digits, with the forms prints use beside them: ○ and 0 for 〇 in a year ("一九八0"), 兩 for 两. */
  private static final String DIGITS = "〇零○0一二两兩三四五六七八九";
  private static final int[] DIGIT_VALUES = {0, 0, 0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9};

  @Override
  public String regex() {
    return "(?:[〇零○一二两三四五六七八九十廿卅百千]+|\\d{1,4})";
  }

  @Override
  public OptionalInt read(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return OptionalInt.empty();
    }
    if (s.chars().allMatch(Character::isDigit)) {
      return OptionalInt.of(Integer.parseInt(s));
    }
    if (s.chars().allMatch(c -> DIGITS.indexOf(c) >= 0) && s.length() > 1) {
      int value = 0;
      for (char c : s.toCharArray()) {
        value = value * 10 + DIGIT_VALUES[DIGITS.indexOf(c)];
      }
      return OptionalInt.of(value);
    }
    int total = 0;
    int pending = 0;
    boolean any = false;
    for (char c : s.toCharArray()) {
      int digit = DIGITS.indexOf(c);
      if (digit >= 0) {
        pending = DIGIT_VALUES[digit];
      } else if (c == '十') {
        total += (pending == 0 ? 1 : pending) * 10;
        pending = 0;
      } else if (c == '廿') {
        total += 20;
      } else if (c == '卅') {
        total += 30;
      } else if (c == '百') {
        total += (pending == 0 ? 1 : pending) * 100;
        pending = 0;
      } else if (c == '千') {
        total += (pending == 0 ? 1 : pending) * 1000;
        pending = 0;
      } else {
        return OptionalInt.empty();
      }
      any = true;
    }
    return any ? OptionalInt.of(total + pending) : OptionalInt.empty();
  }
}
