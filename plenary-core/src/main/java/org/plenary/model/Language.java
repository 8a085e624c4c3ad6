package org.plenary.model;

import java.util.Locale;
import java.util.Optional;

/** The six official languages of the United Nations, named by their ISO 639-1 codes. */
public enum Language {
  AR("ar", "Arabic"),
  ZH("zh", "Chinese"),
  EN("en", "English"),
  FR("fr", "French"),
  RU("ru", "Russian"),
  ES("es", "Spanish");

  private final String code;
  private final String englishName;

  Language(String code, String englishName) {
    this.code = code;
    this.englishName = englishName;
  }

  /** The ISO 639-1 code, as the JSON contract writes it. */
  public String code() {
    return code;
  }

  public String englishName() {
    return englishName;
  }

  /** Finds a language by its ISO 639-1 code or English name, ignoring case. */
  public static Optional<Language> find(String codeOrName) {
    if (codeOrName == null) {
      return Optional.empty();
    }
    String key = codeOrName.trim().toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.code.equals(key) || language.englishName.toLowerCase(Locale.ROOT).equals(key)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
