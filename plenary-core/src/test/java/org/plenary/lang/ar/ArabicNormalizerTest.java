package org.plenary.lang.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {
  private final ArabicNormalizer normalizer = new ArabicNormalizer();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      الأمــم المتحـدة | الامم المتحدة
      إسبانيا          | اسبانيا
      آذار             | اذار
      مُتَّحِدة          | متحدة
      مستشفى           | مستشفي
      """)
  void foldsPrintedVariantsToOneForm(String printed, String folded) {
    assertThat(normalizer.fold(printed)).isEqualTo(folded);
  }

  @Test
  void dropsBidiMarksAndReadsPresentationForms() {
    assertThat(normalizer.fold("\u200Fالجمعية\u200E")).isEqualTo("الجمعية");
    // ﻻ (U+FEFB) is the lam-alef ligature as a presentation form
    assertThat(normalizer.fold("\uFEFB")).isEqualTo("لا");
  }

  @Test
  void widenedPatternMatchesTheShownTextWithItsTatweelAndHamza() {
    Pattern p = Pattern.compile(normalizer.widen("الأمم\\s+المتحدة"));
    String shown = "صادر عن الأمــم المتحـدة اليوم";
    Matcher m = p.matcher(shown);
    assertThat(m.find()).isTrue();
    assertThat(m.group()).isEqualTo("الأمــم المتحـدة");
    assertThat(Pattern.compile(normalizer.widen("الأمم")).matcher("الامم").find()).isTrue();
  }

  @Test
  void widenedPatternMatchesAWordThatOcrSplitAfterALetterThatDoesNotJoin() {
    Pattern p = Pattern.compile(normalizer.widen("الأمم\\s+المتحدة"));
    Matcher m = p.matcher("صادر عن الأمم المتحد ة اليوم");
    assertThat(m.find()).isTrue();
    assertThat(m.group()).isEqualTo("الأمم المتحد ة");
    assertThat(Pattern.compile(normalizer.widen("الأمم")).matcher("ال أمم").find()).isFalse();
  }

  @Test
  void widenKeepsEscapesQuantifiersAndClassesWorking() {
    Pattern p = Pattern.compile(normalizer.widen("(?<n>البند(?:ان)?)\\s+\\d+[،,]?"));
    assertThat(p.matcher("البندان 14،").matches()).isTrue();
    assertThat(p.matcher("البنـد 14").matches()).isTrue();
  }
}
