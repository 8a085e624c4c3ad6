package org.plenary.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plenary.model.Language;

class LanguagePackCompletenessTest {

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyPackHasEveryKeyAndNoOther(Language language) {
    LanguagePack pack = LanguagePacks.load(language);
    assertThat(pack.keys()).containsExactlyInAnyOrderElementsOf(LanguagePack.KEYS);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyPhraseCompilesWithItsPlaceholdersExpanded(Language language) {
    LanguagePack pack = LanguagePacks.of(language);
    for (String key : LanguagePack.KEYS) {
      if (!key.startsWith("date")) {
        pack.patterns(key);
      }
    }
    assertThat(pack.dates().regex()).isNotEmpty();
  }

  @Test
  void theSixPacksFillTheSameKeysExceptWhereALanguageHasNoSuchPhrase() {
    // keys that some language legitimately lacks: masthead lines kept in English, case-less scripts,
    // languages without articles, scripts whose part letters are the Latin capitals (none spelled as words)
    var mayBeEmpty = java.util.Set.of("distribution.General", "distribution.Limited", "distribution.Restricted",
        "date.month", "title.end", "title.afterAddressee", "agenda.glue", "detect.words", "author.article",
        "title.part");
    for (String key : LanguagePack.KEYS) {
      if (mayBeEmpty.contains(key)) {
        continue;
      }
      assertThat(Arrays.stream(Language.values()).filter(l -> !LanguagePacks.of(l).has(key)))
          .as("languages without a phrase for %s", key).isEmpty();
    }
  }
}
