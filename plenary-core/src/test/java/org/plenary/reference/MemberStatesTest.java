package org.plenary.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.model.Language;

class MemberStatesTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ru | Армении                          | ARM
      ru | Исламской Республики Иран         | IRN
      ru | Соединенных Штатов Америки        | USA
      ru | Украины                          | UKR
      ru | Российской Федерации             | RUS
      ar | لأوكرانيا                         | UKR
      ar | للكويت                            | KWT
      ar | لأرمينيا                          | ARM
      ar | الكويت                            | KWT
      ar | لجمهورية إيران الإسلامية           | IRN
      fr | la Tchécoslovaquie                | CSK
      fr | l'Arménie                         | ARM
      es | Cuba                              | CUB
      """)
  void findsInflectedAndPrefixedStateNames(String code, String printed, String iso3) {
    var found = MemberStates.get().findIn(printed, Language.find(code).orElseThrow());
    if (iso3.equals("-")) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).get().extracting(State::iso3).isEqualTo(iso3);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ru | О положении малых островных государств
      ar | لدى الأمم المتحدة
      """)
  void findsNoStateInCommonWords(String code, String text) {
    assertThat(MemberStates.get().count(text, Language.find(code).orElseThrow())).isEmpty();
  }
}
