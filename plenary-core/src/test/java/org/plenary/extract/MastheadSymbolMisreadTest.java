package org.plenary.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A masthead symbol a scan misread, told from a symbol of its own by the running headers' one. */
class MastheadSymbolMisreadTest {
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', value = {
      "A/HRC/WG.6/34/TTA/S|A/HRC/WG.6/34/ITA/3|true",
      "A/HRC/WG.6/7/TTA/1|A/HRC/WG.6/7/ITA/1|true",
      "A/75/356|A/75/356|false",
      "A/75/356/Add.1|A/75/356|false",
      "A/RES/75/100|A/RES/75/257|false",
      "S/2025/61|A/79/756|false"})
  void tellsAMisreadFromAnotherSymbol(String masthead, String headers, boolean misread) {
    assertThat(SymbolExtractor.isMisreadOf(masthead, headers)).isEqualTo(misread);
  }
}
