package org.plenary.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the whole-word occurrences of a pack's frequent words ({@code detect.words}) in a text,
 * as the pattern {@code (?<!\p{L})(?:words)(?!\p{L})} would find them, without case. A pack's
 * list is a plain alternation of words ("the|of|and"), counted by one pass that compares each
 * run of letters with the words of its length, not by trying every word at every character (the
 * pattern's way, the dearer half of detecting a Latin-script language); a list that uses more of
 * the pattern syntax is matched as a pattern.
 */
final class FrequentWords {
  private static final Pattern PLAIN = Pattern.compile("\\p{L}+(?:\\|\\p{L}+)*");

  /** The words folded as a case-insensitive pattern compares characters, by length; null if a pattern. */
  private final List<List<String>> byLength;
  private final Pattern pattern;

  FrequentWords(Pattern words) {
    if (PLAIN.matcher(words.pattern()).matches()
        && (words.flags() & Pattern.CASE_INSENSITIVE) != 0 && (words.flags() & Pattern.UNICODE_CASE) != 0) {
      byLength = new ArrayList<>();
      for (String word : words.pattern().split("\\|")) {
        while (byLength.size() <= word.length()) {
          byLength.add(new ArrayList<>());
        }
        byLength.get(word.length()).add(fold(word));
      }
      pattern = null;
    } else {
      byLength = null;
      pattern = Pattern.compile("(?<![\\p{L}])(?:" + words.pattern() + ")(?![\\p{L}])", words.flags());
    }
  }

  int count(String text) {
    if (pattern != null) {
      Matcher m = pattern.matcher(text);
      int count = 0;
      while (m.find()) {
        count++;
      }
      return count;
    }
    int count = 0;
    int n = text.length();
    for (int at = 0; at < n; at++) {
      // a word starts where the character before is no letter (a lone surrogate is none, as the pattern sees it)
      if (!Character.isLetter(text.charAt(at)) || at > 0 && Character.isLetter(text.charAt(at - 1))) {
        continue;
      }
      int end = at;
      while (end < n) {
        int c = text.codePointAt(end);
        if (!Character.isLetter(c)) {
          break;
        }
        end += Character.charCount(c);
      }
      if (end - at < byLength.size() && isWord(text, at, end)) {
        count++;
        at = end - 1;
      }
    }
    return count;
  }

  private boolean isWord(String text, int from, int to) {
    for (String word : byLength.get(to - from)) {
      boolean same = true;
      for (int i = 0; i < word.length() && same; i++) {
        same = fold(text.charAt(from + i)) == word.charAt(i);
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  private static String fold(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      out.append(fold(word.charAt(i)));
    }
    return out.toString();
  }

  /** A character as a case-insensitive, Unicode-case pattern compares it. */
  private static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }
}
