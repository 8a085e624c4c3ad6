package org.plenary.read.ocr;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.plenary.internal.Scripts;
import org.plenary.lang.LanguagePacks;
import org.plenary.model.Language;

/**
 * Tells a readable text layer from garbage (a bad OCR layer under a scan, a font whose glyphs map
 * to no characters): readable text in any of the six languages is mostly made of that language's
 * frequent words ({@link org.plenary.lang.LanguagePack#words()}; for Chinese, its frequent
 * characters). A page whose words are mostly none of any language's is garbage. A page with too
 * few words to judge is taken as readable.
 */
public final class TextLayerCheck {
  /** Fewer words (or Han characters) than this say too little to judge. */
  static final int MIN_WORDS = 20;
  /**
   * Readable UN text has well over half its words among the thousand most frequent of its
   * language; a bad OCR layer, with its words broken by misread letters, far fewer.
   */
  static final double MIN_SHARE = 0.35;

  /** The share of the text's words that are frequent words of its best-matching language, or NaN when too short. */
  public double dictionaryShare(String text) {
    String[] tokens = text.strip().split("\\s+");
    int han = 0;
    int hanKnown = 0;
    Set<String> zh = LanguagePacks.of(Language.ZH).words();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Scripts.isCjk(c)) {
        han++;
        if (zh.contains(new String(Character.toChars(c)))) {
          hanKnown++;
        }
      }
      i += Character.charCount(c);
    }
    if (han >= MIN_WORDS && han >= tokens.length) {
      return (double) hanKnown / han;
    }
    if (tokens.length < MIN_WORDS || tokens.length == 1 && tokens[0].isEmpty()) {
      return Double.NaN;
    }
    double best = 0;
    for (Language language : Language.values()) {
      if (language == Language.ZH) {
        continue;
      }
      Set<String> words = LanguagePacks.of(language).words();
      int known = 0;
      int counted = 0;
      for (String token : tokens) {
        String word = core(token);
        if (word.isEmpty() && isPunctuationOrNumber(token)) {
          continue; // numbers and dashes say nothing of the language
        }
        counted++;
        if (!word.isEmpty() && words.contains(word)) {
          known++;
        }
      }
      if (counted >= MIN_WORDS) {
        best = Math.max(best, (double) known / counted);
      } else {
        return Double.NaN;
      }
    }
    return best;
  }

  /** Whether the text is garbage: long enough to judge, and mostly no language's words. */
  public boolean isGarbage(String text) {
    double share = dictionaryShare(text);
    return !Double.isNaN(share) && share < MIN_SHARE;
  }

  /** The token in lower case without the punctuation around it, or empty when it has no letter. */
  private static String core(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && !Character.isLetter(token.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetter(token.charAt(end - 1))) {
      end--;
    }
    return Normalizer.normalize(token.substring(start, end), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  private static boolean isPunctuationOrNumber(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!(Character.isDigit(c) || isPunctuation(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPunctuation(char c) {
    int type = Character.getType(c);
    return type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
        || type == Character.END_PUNCTUATION || type == Character.OTHER_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.CONNECTOR_PUNCTUATION || type == Character.MATH_SYMBOL;
  }
}
