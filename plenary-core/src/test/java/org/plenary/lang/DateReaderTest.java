package org.plenary.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.model.Language;

class DateReaderTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | dated 28 September 2020 from                | 2020-09-28
      fr | Lettre datée du 18 septembre 1979, adressée | 1979-09-18
      fr | le 1er août 2004                            | 2004-08-01
      fr | 15 decembre 2022                            | 2022-12-15
      fr | 18 DECEMBRE 2020                            | 2020-12-18
      es | el 23 de julio de 2015                      | 2015-07-23
      es | 18 DE SEPTIEMBRE DE 1950                    | 1950-09-18
      ru | от 20 апреля 2016 года на имя               | 2016-04-20
      ru | 10 декабря 2020 г.                          | 2020-12-10
      zh | 2020年9月28日亚美尼亚                         | 2020-09-28
      ar | في 20 كانون الأول/ديسمبر 2022               | 2022-12-20
      ar | 2 أيار/ مايو 1991                           | 1991-05-02
      ar | 28 أغسطس 1990                               | 1990-08-28
      ar | 10 كـانون الثاني/يناير 2024                 | 2024-01-10
      ar | 5 مايو/أيار 2012                            | 2012-05-05
      """)
  void findsDatesAsEachLanguageWritesThem(String code, String text, LocalDate date) {
    DateReader dates = LanguagePacks.of(Language.find(code).orElseThrow()).dates();
    assertThat(dates.first(text)).get().extracting(DateReader.Found::date).isEqualTo(date);
  }

  @org.junit.jupiter.api.Test
  void keepsTheOffsetsOfTheShownArabicText() {
    String text = "المؤرخ 10 كـانون الثاني/يناير 2024 في";
    DateReader.Found found = LanguagePacks.of(Language.AR).dates().first(text).orElseThrow();
    assertThat(text.substring(found.start(), found.end())).isEqualTo("10 كـانون الثاني/يناير 2024");
  }
}
