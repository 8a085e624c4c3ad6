package org.plenary.lang;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.plenary.model.Language;
import org.plenary.pipeline.Diagnostics;
import org.plenary.pipeline.WarningCode;

/**
 * Tells which of the six languages a text is in. The script decides between Chinese (Han),
 * Arabic, Russian (Cyrillic) and Latin; among Latin-script languages, the frequent words of each
 * pack ({@code detect.words}) decide. A text that mixes two scripts in large shares (a page that
 * pairs English and Arabic line by line) is read as the non-Latin one, with a warning; a text in
 * another script or in a Latin-script language other than English, French and Spanish is read
 * with a warning too.
 */
public final class LanguageDetector {
  /** A second script counts as mixed in when it holds this share of the letters. */
  private static final double MIXED_SHARE = 0.25;
  private static final int SAMPLE = 20_000;
  /** Frequent words make a fifth of running text in English, French and Spanish; far fewer means another language. */
  private static final double FREQUENT_WORD_SHARE = 0.08;
  /** Each Latin-script language's frequent words as whole words, read once. */
  private static final Map<Language, Optional<FrequentWords>> WHOLE_WORDS = new java.util.concurrent.ConcurrentHashMap<>();

  public Language detect(String text, Diagnostics diagnostics) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    Map<Language, Integer> scripts = new EnumMap<>(Language.class);
    int latin = 0;
    int letters = 0;
    int foreign = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      switch (script) {
        case HAN -> scripts.merge(Language.ZH, 2, Integer::sum);
        case ARABIC -> scripts.merge(Language.AR, 1, Integer::sum);
        case CYRILLIC -> scripts.merge(Language.RU, 1, Integer::sum);
        case LATIN -> latin++;
        case COMMON, INHERITED -> { }
        default -> foreign++;
      }
    }
    if (letters > 0 && foreign > letters * MIXED_SHARE) {
      diagnostics.warn(WarningCode.UNKNOWN_LANGUAGE, "the text is largely in a script of none of the six UN languages;"
          + " it is read as the UN language it shows most");
    }
    Optional<Map.Entry<Language, Integer>> other = scripts.entrySet().stream().max(Map.Entry.comparingByValue());
    // a non-Latin script that holds a large share of the letters decides, even beside more Latin
    // letters: a page that pairs English and Arabic line by line is the Arabic version
    if (other.isPresent() && other.get().getValue() >= letters * MIXED_SHARE) {
      if (latin > letters * MIXED_SHARE) {
        diagnostics.warn(WarningCode.MIXED_LANGUAGES, "the text mixes " + other.get().getKey().englishName()
            + " with a Latin-script language; it is read as " + other.get().getKey().englishName());
      }
      return other.get().getKey();
    }
    if (letters == 0) {
      diagnostics.warn(WarningCode.NO_LETTERS, "the text has no letters; it is read as English");
      return Language.EN;
    }
    return latinLanguage(sample, diagnostics);
  }

  private static Optional<FrequentWords> wholeWords(Language language) {
    return LanguagePacks.of(language).pattern("detect.words").map(FrequentWords::new);
  }

  private static Language latinLanguage(String text, Diagnostics diagnostics) {
    Language best = Language.EN;
    int bestCount = 0;
    for (Language language : new Language[] {Language.EN, Language.FR, Language.ES}) {
      Optional<FrequentWords> whole = WHOLE_WORDS.computeIfAbsent(language, LanguageDetector::wholeWords);
      if (whole.isEmpty()) {
        continue;
      }
      int count = whole.get().count(text);
      if (count > bestCount) {
        best = language;
        bestCount = count;
      }
    }
    int words = text.split("\\s+").length;
    if (words > 30 && bestCount < words * FREQUENT_WORD_SHARE) {
      diagnostics.warn(WarningCode.UNKNOWN_LANGUAGE, "the text does not look like any of the six UN languages;"
          + " it is read as " + best.englishName());
    }
    return best;
  }
}
