package org.plenary.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plenary.model.Language;

class LanguagePackTest {

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyPackHasEveryKeyAndNoOther(Language language) {
    LanguagePack pack = LanguagePacks.of(language);
    assertThat(pack.keys()).containsExactlyInAnyOrderElementsOf(LanguagePack.KEYS);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyPackReadsItsOwnDateFormat(Language language) {
    assertThat(LanguagePacks.of(language).dates().regex()).isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyPhraseCompilesWithItsPlaceholdersExpanded(Language language) {
    LanguagePack pack = LanguagePacks.of(language);
    for (String key : LanguagePack.KEYS) {
      if (key.startsWith("date")) {
        continue; // date formats are read by the DateReader, which the next test covers
      }
      pack.pattern(key);
      assertThat(pack.patterns(key)).hasSize(pack.values(key).size());
    }
  }
}
