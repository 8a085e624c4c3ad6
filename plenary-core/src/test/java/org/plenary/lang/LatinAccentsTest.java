package org.plenary.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatinAccentsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Assemblée\\s+générale|Assemblee generale",
      "Assemblée\\s+générale|Assemblée générale",
      "Assemblée\\s+générale|Assemble\u0301e ge\u0301ne\u0301rale",
      "décimo|decimo",
      "Asamblea\\s+General|Asamblea General"})
  void accentedPhrasesMatchWhatScansLeaveOfTheirAccents(String phrase, String printed) {
    Pattern p = Pattern.compile(new LatinAccents().widen(phrase), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    assertThat(p.matcher(printed).matches()).isTrue();
  }
}
