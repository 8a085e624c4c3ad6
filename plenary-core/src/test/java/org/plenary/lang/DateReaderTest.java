package org.plenary.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.model.Language;

class DateReaderTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|Letter dated 28 September 2020 from|2020-09-28",
      "en|Distr.: General 9 November 2017|2017-11-09",
      "en|on 31 February 2020|",
      "zh|2020年9月28日亚美尼亚|2020-09-28",
      "zh|一九四六年一月廿六日,第十八次全会|1946-01-26",
      "zh|2002年12月17日安全理事会|2002-12-17"})
  void findsTheFirstDateOfAText(String language, String text, LocalDate expected) {
    var found = LanguagePacks.of(Language.find(language).orElseThrow()).dates().first(text);
    assertThat(found.map(DateReader.Found::date).orElse(null)).isEqualTo(expected);
  }
}
