package org.plenary.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.lang.LanguagePack;
import org.plenary.read.Cancellation;

/**
 * Cuts a run of agenda item titles printed on one line into a given number of titles. A title
 * starts with a capital; a capital that follows a small word of the language ("of the Middle") is
 * inside a title. Cuts after a lower-case word are the surest; among capitals that follow capitals
 * ("Middle East Question"), the last of a run is the likeliest start.
 */
final class TitleSplitter {
  private static final Pattern WORD = Pattern.compile("\\S+");

  private TitleSplitter() {}

  static List<String> split(String text, int wanted, LanguagePack pack) {
    List<String> out = new ArrayList<>();
    String s = text.strip();
    if (wanted <= 1 || s.isEmpty()) {
      if (!s.isEmpty()) {
        out.add(s);
      }
      return out;
    }
    record Cut(int at, int strength, int runFromEnd) {}
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(Cancellation.watched(s));
    while (m.find()) {
      Cancellation.checkpoint();
      words.add(new int[] {m.start(), m.end()});
    }
    List<Cut> cuts = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      Cancellation.checkpoint();
      String word = s.substring(words.get(i)[0], words.get(i)[1]);
      String previous = s.substring(words.get(i - 1)[0], words.get(i - 1)[1]);
      if (!Character.isUpperCase(word.codePointAt(0)) || isGlue(previous, pack)) {
        continue;
      }
      boolean afterLower = Character.isLowerCase(previous.codePointAt(0)) || previous.endsWith(")")
          || previous.endsWith("*");
      int runFromEnd = 0;
      for (int j = i + 1; j < words.size(); j++) {
        String next = s.substring(words.get(j)[0], words.get(j)[1]);
        if (!Character.isUpperCase(next.codePointAt(0))) {
          break;
        }
        runFromEnd++;
      }
      cuts.add(new Cut(words.get(i)[0], afterLower ? 2 : 1, runFromEnd));
    }
    List<Cut> chosen = cuts.stream()
        .sorted(Comparator.comparingInt((Cut c) -> -c.strength()).thenComparingInt(Cut::runFromEnd))
        .limit(wanted - 1L)
        .sorted(Comparator.comparingInt(Cut::at))
        .toList();
    int from = 0;
    for (Cut cut : chosen) {
      out.add(s.substring(from, cut.at()).strip());
      from = cut.at();
    }
    out.add(s.substring(from).strip());
    return out;
  }

  /** Whether the word before {@code at} is one of the language's small words ("the", "of"). */
  static boolean followsGlue(String text, int at, LanguagePack pack) {
    String before = text.substring(0, at).stripTrailing();
    int space = before.lastIndexOf(' ');
    String previous = before.substring(space + 1);
    return !previous.isEmpty() && isGlue(previous, pack);
  }

  private static boolean isGlue(String word, LanguagePack pack) {
    return Found.matchesWhole(pack.pattern("agenda.glue"), word);
  }
}
