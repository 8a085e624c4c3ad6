package org.plenary.lang.zh;

import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.plenary.internal.Scripts;
import org.plenary.lang.MatchForm;

/**
 * Chinese printed in traditional characters (屆, 議程項目, 大會), as Hong Kong, Taiwan and older UN
 * prints have it, matched by the packs' simplified phrases. A pattern is widened so that each
 * simplified character of it also matches its traditional form (届 matches 屆); a folded copy of a
 * text turns traditional characters into simplified ones. Both use ICU's Simplified-Traditional
 * and Traditional-Simplified transforms. What is shown never changes: matches keep their offsets on
 * the text as printed. Thread-safe.
 */
public final class TraditionalChinese implements MatchForm {
  /** The traditional forms of each simplified character met so far ("" where it has none). */
  private static final Map<Integer, String> TRADITIONAL = new ConcurrentHashMap<>();

  @Override
  public String fold(String text) {
    if (text.codePoints().noneMatch(Scripts::isCjk)) {
      return text;
    }
    Transliterator toSimplified = Transforms.TO_SIMPLIFIED;
    synchronized (toSimplified) {
      return toSimplified.transliterate(text);
    }
  }

  @Override
  public String widen(String regex) {
    return MatchForm.widenLetters(regex, c -> {
      if (!Scripts.isCjk(c)) {
        return null;
      }
      String traditional = TRADITIONAL.computeIfAbsent(c, TraditionalChinese::traditional);
      return traditional.isEmpty() ? null : Character.toString(c) + traditional;
    }, "");
  }

  /** The traditional form of one simplified character, when it has one of a single character. */
  private static String traditional(int simplified) {
    Transliterator toTraditional = Transforms.TO_TRADITIONAL;
    String form;
    synchronized (toTraditional) {
      form = toTraditional.transliterate(Character.toString(simplified));
    }
    boolean one = form.codePointCount(0, form.length()) == 1;
    return one && form.codePointAt(0) != simplified ? form : "";
  }

  /** The transforms, loaded on first use only: a text with no Chinese phrase never pays for them. */
  private static final class Transforms {
    static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");
  }
}
