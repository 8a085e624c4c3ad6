package org.plenary.lang.ar;

import java.text.Normalizer;
import org.plenary.lang.MatchForm;

/**
 * Normalises Arabic script for matching, never for display. The rules:
 *
 * <ul>
 *   <li>presentation forms (U+FB50 to U+FDFF, U+FE70 to U+FEFF) become the letters they draw (NFKC);
 *   <li>{@link #TATWEEL}, the stretching stroke of justified titles ("الأمــم المتحـدة"), is dropped;
 *   <li>bidirectional marks ({@link #LRM}, {@link #RLM}, {@link #ALM} and the embedding controls) are
 *       dropped;
 *   <li>harakat (short vowel marks, U+064B to U+0652) and the superscript alef are dropped;
 *   <li>alef with hamza above or below, alef with madda and alef wasla become {@link #ALEF};
 *   <li>alef maksura becomes {@link #YEH}.
 * </ul>
 *
 * {@link #fold} applies these rules to a copy of a text; {@link #widen} rewrites a pattern so that
 * it matches every text that folds to what the pattern matches (tatweel and marks allowed after
 * each letter, the alef forms and alef maksura interchangeable), so that matches and their offsets
 * stay on the text as printed. Stateless and thread-safe.
 */
public final class ArabicNormalizer implements MatchForm {
  public static final char ALEF = '\u0627';
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  public static final char ALEF_MADDA = '\u0622';
  public static final char ALEF_WASLA = '\u0671';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char YEH = '\u064A';
  public static final char TATWEEL = '\u0640';
  public static final char LRM = '\u200E';
  public static final char RLM = '\u200F';
  public static final char ALM = '\u061C';
  public static final char SUPERSCRIPT_ALEF = '\u0670';

  private static final String ALEFS = "" + ALEF + ALEF_HAMZA_ABOVE + ALEF_HAMZA_BELOW + ALEF_MADDA + ALEF_WASLA;
  /**
   * Letters that do not join the next one: a scan shows a gap after them, which OCR reads as a
   * space inside the word ("ا لمتحد ة"); a phrase allows one there.
   */
  private static final String NON_JOINING = "\u0627\u0623\u0625\u0622\u0671\u062F\u0630\u0631\u0632\u0648\u0624\u0629\u0649";
  /** A space inside a word of a phrase (never after its last letter, so a match never ends on one). */
  private static final String SPLIT = " ?";
  /** What may follow any letter in printed Arabic without changing the word. */
  private static final String DECORATION = "[\\u0640\\u064B-\\u0652\\u0670\\u200E\\u200F\\u061C]*";

  @Override
  public String fold(String text) {
    String s = hasPresentationForms(text) ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text;
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isDecoration(c)) {
        continue;
      }
      if (ALEFS.indexOf(c) >= 0) {
        out.append(ALEF);
      } else if (c == ALEF_MAKSURA) {
        out.append(YEH);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public String widen(String regex) {
    return MatchForm.widenLetters(regex, c -> isArabicLetter((char) c) ? variants((char) c) : null,
        (c, next) -> NON_JOINING.indexOf(c) >= 0 && next >= 0 && isArabicLetter((char) next.intValue())
            ? DECORATION + SPLIT : DECORATION);
  }

  /** The letters that fold to the same letter as {@code c}. */
  private static String variants(char c) {
    if (ALEFS.indexOf(c) >= 0) {
      return ALEFS;
    }
    if (c == ALEF_MAKSURA || c == YEH) {
      return "" + YEH + ALEF_MAKSURA;
    }
    return String.valueOf(c);
  }

  private static boolean isDecoration(char c) {
    return c == TATWEEL || c == LRM || c == RLM || c == ALM || c == SUPERSCRIPT_ALEF
        || (c >= '\u064B' && c <= '\u0652') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  private static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A' && c != TATWEEL || c == ALEF_WASLA;
  }

  private static boolean hasPresentationForms(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF') {
        return true;
      }
    }
    return false;
  }
}
