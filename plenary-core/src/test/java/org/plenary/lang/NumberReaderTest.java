package org.plenary.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.lang.zh.ChineseNumberReader;
import org.plenary.model.Language;

class NumberReaderTest {

  @ParameterizedTest
  @CsvSource({"七十五, 75", "第七十五, -1", "一百三十五, 135", "十, 10", "十二, 12", "二十, 20", "廿六, 26",
      "一九四六, 1946", "一九八0, -1", "三十五, 35", "一, 1", "75, 75"})
  void readsChineseNumerals(String text, int expected) {
    var read = new ChineseNumberReader().read(text);
    assertThat(read.isPresent() ? read.getAsInt() : -1).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"Seventy-fifth, 75", "seventy-second, 72", "Sixty-third, 63", "twenty-eighth, 28", "first, 1",
      "Thirty-fifth, 35", "eightieth, 80", "one hundred and first, 101", "35th, 35", "fifth, 5", "blue, -1"})
  void readsEnglishOrdinals(String text, int expected) {
    var read = LanguagePacks.of(Language.EN).numbers().read(text);
    assertThat(read.isPresent() ? read.getAsInt() : -1).isEqualTo(expected);
  }
}
