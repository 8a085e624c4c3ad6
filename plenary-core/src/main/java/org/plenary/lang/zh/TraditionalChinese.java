package org.plenary.lang.zh;

import com.ibm.icu.text.Transliterator;
import org.plenary.internal.Scripts;
import org.plenary.lang.MatchForm;

/**
 * Chinese printed in traditional characters (屆, 議程項目, 大會), as Hong Kong, Taiwan and older UN
 * prints have it, matched by the packs' simplified phrases. A pattern is widened so that each
 * simplified character of it also matches its traditional form (届 matches 屆); a folded copy of a
 * text turns traditional characters into simplified ones. Both do what ICU's Simplified-Traditional
 * and Traditional-Simplified transforms do: widening by a table written from the first ({@link
 * ChineseForms}), folding by the second, only for a text that holds a character it may change.
 * What is shown never changes: matches keep their offsets on the text as printed. Thread-safe.
 */
public final class TraditionalChinese implements MatchForm {
  @Override
  public String fold(String text) {
    if (!ChineseForms.mayBeTraditional(text)) {
      return text; // no rule of the transform would change it: ICU is not asked
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
      String traditional = ChineseForms.traditional(c);
      return traditional.isEmpty() ? null : Character.toString(c) + traditional;
    }, "");
  }

  /** The transform, loaded on first use only: a text in simplified characters never pays for it. */
  private static final class Transforms {
    static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
  }
}
