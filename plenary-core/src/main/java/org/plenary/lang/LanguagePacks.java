package org.plenary.lang;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.text.Normalizer;
import org.plenary.lang.ar.ArabicNormalizer;
import org.plenary.lang.zh.TraditionalChinese;
import org.plenary.lang.ru.CyrillicLookalikes;
import org.plenary.lang.zh.ChineseNumberReader;
import org.plenary.model.Language;

/**
 * Loads the language packs once, from the resources under {@code /org/plenary/lang/<code>/}, and
 * validates them: every key of {@link LanguagePack#KEYS} present, every phrase a valid regular
 * expression, with {@code file:line} in the error. Number reading is data (numbers.tsv) except
 * where it is an algorithm, wired here in one map.
 */
public final class LanguagePacks {
  /** Languages whose printing varies in ways a pattern must allow; the others compare as printed. */
  private static final Map<Language, MatchForm> FORMS = new EnumMap<>(Map.of(Language.AR, new ArabicNormalizer(), Language.RU, new CyrillicLookalikes(),
      Language.ZH, new TraditionalChinese(), Language.FR, new LatinAccents(), Language.ES, new LatinAccents()));
  private static final Map<Language, LanguagePack> PACKS = load();

  private LanguagePacks() {}

  public static LanguagePack of(Language language) {
    return PACKS.get(language);
  }

  private static Map<Language, LanguagePack> load() {
    Map<Language, LanguagePack> packs = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      packs.put(language, load(language));
    }
    return packs;
  }

  static LanguagePack load(Language language) {
    String dir = language.code() + "/";
    Map<String, List<String>> phrases = new LinkedHashMap<>();
    for (Tsv.Row row : Tsv.read(LanguagePacks.class, dir + "pack.tsv", "key", "phrase")) {
      String key = row.get(0).strip();
      String phrase = row.get(1);
      if (key.isEmpty() || phrase.isEmpty()) {
        throw new PackFormatException(row.resource(), row.line(), "a row needs a key and a phrase");
      }
      if (!phrase.equals("-")) {
        try {
          Pattern.compile(phrase.replaceAll("\\{(ordinal|date|items|number|day|month|year|language)}", "x"));
        } catch (PatternSyntaxException e) {
          throw new PackFormatException(row.resource(), row.line(),
              "phrase of " + key + " is not a valid regular expression: " + e.getDescription(), e);
        }
      }
      phrases.computeIfAbsent(key, k -> new ArrayList<>()).add(phrase);
    }
    for (String key : LanguagePack.KEYS) {
      if (!phrases.containsKey(key)) {
        throw new PackFormatException(dir + "pack.tsv", 0, "missing key " + key + " (write - for none)");
      }
    }
    Map<String, Integer> months = new LinkedHashMap<>();
    for (Tsv.Row row : Tsv.read(LanguagePacks.class, dir + "months.tsv", "month", "name")) {
      String name = row.get(1).strip();
      int month = parseInt(row, 0, 1, 12);
      months.put(name, month);
      months.putIfAbsent(withoutMarks(name), month);
      // a double name ("كانون الأول/ديسمبر") is also printed the other way round ("ديسمبر/كانون الأول")
      int slash = name.indexOf('/');
      if (slash > 0) {
        months.putIfAbsent(name.substring(slash + 1) + "/" + name.substring(0, slash), month);
      }
    }
    MatchForm form = FORMS.getOrDefault(language, MatchForm.PLAIN);
    java.util.Set<String> words = new java.util.HashSet<>();
    for (Tsv.Row row : Tsv.read(LanguagePacks.class, dir + "words.tsv", "word")) {
      words.add(row.get(0).strip());
    }
    return new LanguagePack(language, phrases, numberReader(language, dir, form), months, form, words);
  }

  private static NumberReader numberReader(Language language, String dir, MatchForm form) {
    if (language == Language.ZH) {
      return new ChineseNumberReader();
    }
    Map<String, Integer> values = new LinkedHashMap<>();
    List<String> multipliers = new ArrayList<>();
    List<String> connectors = new ArrayList<>();
    String suffix = "";
    for (Tsv.Row row : Tsv.read(LanguagePacks.class, dir + "numbers.tsv", "word", "value", "kind")) {
      String word = row.get(0).strip().toLowerCase(Locale.ROOT);
      String kind = row.get(2).strip();
      switch (kind) {
        case "number" -> {
          values.put(word, parseInt(row, 1, 0, 1000));
          values.putIfAbsent(withoutMarks(word), values.get(word));
        }
        case "multiplier" -> {
          values.put(word, parseInt(row, 1, 10, 1000));
          values.putIfAbsent(withoutMarks(word), values.get(word));
          multipliers.add(word);
          multipliers.add(withoutMarks(word));
        }
        case "connector" -> connectors.add(word);
        case "suffix" -> suffix = row.get(0).strip();
        default -> throw new PackFormatException(row.resource(), row.line(),
            "kind must be number, multiplier, connector or suffix, not " + kind);
      }
    }
    return new WordNumberReader(values, multipliers, connectors, suffix, form);
  }

  /**
   * A word without its accents and other combining marks, as old prints and OCR give it
   * ("quatrieme", "decimo"; an Arabic alef without its hamza).
   */
  static String withoutMarks(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  private static int parseInt(Tsv.Row row, int column, int min, int max) {
    try {
      int value = Integer.parseInt(row.get(column).strip());
      if (value < min || value > max) {
        throw new PackFormatException(row.resource(), row.line(), "value " + value + " out of range");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new PackFormatException(row.resource(), row.line(), "not a number: " + row.get(column), e);
    }
  }
}
