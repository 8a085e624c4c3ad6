package org.plenary.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.plenary.model.Language;
import org.plenary.pipeline.Diagnostics;
import org.plenary.pipeline.WarningCode;

class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      en | Letter dated 28 September 2020 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General
      fr | Lettre datée du 18 septembre 1979, adressée au Président de l'Assemblée générale par le représentant permanent de la Tchécoslovaquie
      es | Carta de fecha 28 de febrero de 2014 dirigida a la Presidenta del Consejo de Seguridad por el Representante Permanente de Ucrania
      ru | Письмо Постоянного представителя Украины при Организации Объединенных Наций от 28 февраля 2014 года
      zh | 2020年9月28日亚美尼亚常驻联合国代表给秘书长的信
      ar | رسالة مؤرخة 28 شباط/فبراير 2014 موجهة إلى رئيسة مجلس الأمن من الممثل الدائم لأوكرانيا لدى الأمم المتحدة
      """)
  void tellsTheSixLanguages(String code, String text) {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(detector.detect(text, diagnostics)).isEqualTo(Language.find(code).orElseThrow());
    assertThat(diagnostics.warnings()).isEmpty();
  }

  @Test
  void readsAPageThatPairsEnglishAndArabicAsArabicWithAWarning() {
    String page = """
        United Nationsالأمــم المتحـدة
        General Assemblyالجمعية العامة
        Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoplesاللجنة الخاصة المعنية بحالة تنفيذ إعلان منح الاستقلال للبلدان والشعوب المستعمرة
        Draft resolution submitted by the Chairمشروع قرار مقدم من رئيسة اللجنة
        Question of Pitcairnمسألة بيتكيرن
        """;
    Diagnostics diagnostics = new Diagnostics();
    assertThat(detector.detect(page, diagnostics)).isEqualTo(Language.AR);
    assertThat(diagnostics.hasCode(WarningCode.MIXED_LANGUAGES)).isTrue();
  }

  @Test
  void readsASeventhLanguageWithAWarning() {
    Diagnostics german = new Diagnostics();
    detector.detect("Die Generalversammlung hat beschlossen, den Bericht des Ausschusses über die Lage "
        + "der Menschenrechte zur Kenntnis zu nehmen und die Mitgliedstaaten aufzufordern, weitere Schritte "
        + "zu unternehmen, damit die Beschlüsse umgesetzt werden können, wie es vereinbart wurde.", german);
    assertThat(german.hasCode(WarningCode.UNKNOWN_LANGUAGE)).isTrue();
    Diagnostics greek = new Diagnostics();
    detector.detect("Η Γενική Συνέλευση των Ηνωμένων Εθνών αποφάσισε να εξετάσει την έκθεση", greek);
    assertThat(greek.hasCode(WarningCode.UNKNOWN_LANGUAGE)).isTrue();
  }
}
