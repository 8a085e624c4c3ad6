package org.plenary.read.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.plenary.lang.LanguagePack;
import org.plenary.lang.LanguagePacks;
import org.plenary.model.Language;

/**
 * Which Tesseract model reads which language, and which languages a script stands for: both data
 * of the language packs ({@code ocr.model}, {@code ocr.script}).
 */
public final class OcrModels {
  private OcrModels() {}

  /** The Tesseract model of a language: {@code eng}, {@code chi_sim}, ... */
  public static String model(Language language) {
    return LanguagePacks.of(language).values("ocr.model").get(0).strip();
  }

  /**
   * Every Tesseract model of a language, the usual one first: Chinese has one for simplified and
   * one for traditional characters.
   */
  public static List<String> models(Language language) {
    return LanguagePacks.of(language).values("ocr.model").stream().map(String::strip).toList();
  }

  /** The languages written in a script as Tesseract's script detection names it ("Latin", "Han"). */
  public static List<Language> ofScript(String script) {
    List<Language> languages = new ArrayList<>();
    for (Language language : Language.values()) {
      LanguagePack pack = LanguagePacks.of(language);
      for (String pattern : pack.values("ocr.script")) {
        if (Pattern.compile(pattern.strip()).matcher(script).matches()) {
          languages.add(language);
          break;
        }
      }
    }
    return languages;
  }

  /** The models of several languages as one Tesseract model list: {@code eng+fra+spa}. */
  public static String combined(List<Language> languages) {
    return String.join("+", languages.stream().map(OcrModels::model).distinct().toList());
  }
}
