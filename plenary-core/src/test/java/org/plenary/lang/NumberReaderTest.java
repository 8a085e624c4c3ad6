package org.plenary.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.model.Language;

class NumberReaderTest {

  @ParameterizedTest(name = "{0}: {1} = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      en | seventy-fifth              | 75
      en | Eightieth                  | 80
      fr | soixante-quinzième         | 75
      fr | Soixante-dix-septième      | 77
      fr | quatre-vingtième           | 80
      fr | Quatre vingt-deuxième      | 82
      fr | TRENTE-QUATRIEME           | 34
      fr | trente et unième           | 31
      es | septuagésimo quinto        | 75
      es | Quincuagésimo noveno       | 59
      es | octogésimo                 | 80
      es | QUINTO                     | 5
      es | decimoséptimo              | 17
      ru | семьдесят пятая            | 75
      ru | Семьдесят пятой            | 75
      ru | Восьмидесятая              | 80
      ru | семьдесят пятый            | 75
      ru | Пятьдесят шестая           | 56
      ar | الخامسة والسبعون           | 75
      ar | الخامسة والسبعين           | 75
      ar | الثمانون                   | 80
      ar | الرابعة والسبعون           | 74
      ar | الحادية عشرة               | 11
      ar | الاولى                      | 1
      zh | 七十五                      | 75
      zh | 八十                        | 80
      zh | 十八                        | 18
      zh | 一九八0                      | 1980
      zh | 一九四○                      | 1940
      """)
  void readsOrdinalsOfEachLanguage(String code, String text, int value) {
    NumberReader reader = LanguagePacks.of(Language.find(code).orElseThrow()).numbers();
    assertThat(reader.read(text)).hasValue(value);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | session
      es | período
      ru | сессия
      ar | الدورة
      """)
  void doesNotReadOtherWords(String code, String text) {
    assertThat(LanguagePacks.of(Language.find(code).orElseThrow()).numbers().read(text)).isEmpty();
  }
}
