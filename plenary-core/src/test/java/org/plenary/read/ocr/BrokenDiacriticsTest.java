package org.plenary.read.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrokenDiacriticsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '#', quoteCharacter = '"', value = {
      "Assemble\u00B4e#Assemblée",
      "segu\u00B4n#según",
      "Gene`ve#Genève",
      "\u00B4etat#état",
      "Espan\u02DCa#España",
      "ge\u0301ne\u0301rale#générale",
      "2/3#2/3",
      "|'Assemblée#l'Assemblée",
      "Internationa|#International",
      "|’Organisation#l’Organisation",
      "|#|",
      "l'\u00B4#l'\u00B4"})
  void putsAccentsReadApartBackOnTheirLetters(String read, String expected) {
    assertThat(BrokenDiacritics.repair(read)).isEqualTo(expected);
  }
}
