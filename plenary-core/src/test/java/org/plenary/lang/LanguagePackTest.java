package org.plenary.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.plenary.model.Language;

class LanguagePackTest {

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "EN|meeting.number|SECURITY COUNCIL OFFICIAL RECORDS FIFTH YEAR 502nd MEETING|502",
      "FR|meeting.number|CONSEIL DE SÉCURITÉ PROCÈS-VERBAUX OFFICIELS CINQUIÈME ANNÉE 502e SÉANCE|502",
      "ES|meeting.number|CONSEJO DE SEGURIDAD ACTAS OFICIALES QUINTO AÑO 502a. SESIÓN|502",
      "RU|meeting.number|СОВЕТ БЕЗОПАСНОСТИ 502-е ЗАСЕДАНИЕ|502",
      "ZH|meeting.number|安全理事会 第五年 第 502 次会议|502",
      "AR|meeting.number|مجلس الأمن الجلسة 502|502",
      "EN|masthead.records|General Assembly Official Records: Thirty-fifth Session|",
      "FR|masthead.records|Documents officiels de l'Assemblée générale|",
      "ES|masthead.records|Asamblea General Documentos Oficiales|",
      "RU|masthead.records|Генеральная Ассамблея Официальные отчеты|",
      "ZH|masthead.records|正 式 记 录 :第 三 十 五 届 会 议|",
      "AR|masthead.records|الجمعية العامة الوثائق الرسمية|",
      "EN|masthead.supplement|Supplement No. 15 |",
      "FR|masthead.supplement|Supplément no 15|",
      "ES|masthead.supplement|Suplemento No. 15|",
      "RU|masthead.supplement|Дополнение № 15|",
      "ZH|masthead.supplement|补 编 第 1 5 号 |",
      "AR|masthead.supplement|الملحق رقم 15|",
      "EN|title.committeeReport|humanitarian questions Report of the Third Committee|",
      "FR|title.committeeReport|questions humanitaires Rapport de la Troisième Commission|",
      "ES|title.committeeReport|cuestiones humanitarias Informe de la Tercera Comisión|",
      "RU|title.committeeReport|гуманитарные вопросы Доклад Третьего комитета|",
      "ZH|title.committeeReport|人道主义问题 第三委员会的报告|",
      "AR|title.committeeReport|المسائل الإنسانية تقرير اللجنة الثالثة|",
      "EN|title.rapporteur|Rapporteur: Ms. Oksana Boiko (Ukraine)|",
      "FR|title.rapporteur|Rapporteuse : Mme Oksana Boiko (Ukraine)|",
      "ES|title.rapporteur|Relatora: Sra. Oksana Boiko (Ucrania)|",
      "RU|title.rapporteur|Докладчик: г-жа Оксана Бойко (Украина)|",
      "ZH|title.rapporteur|报告员：奥克萨娜·博伊科女士（乌克兰）|",
      "AR|title.rapporteur|المقررة: السيدة أوكسانا بويكو (أوكرانيا)|"})
  void mastheadPhrasesOfRecords(Language language, String key, String text, String number) {
    java.util.Optional<java.util.regex.Matcher> m = LanguagePacks.of(language).find(key, text);
    assertThat(m).isPresent();
    if (number != null) {
      assertThat(m.get().group("n")).isEqualTo(number);
    }
  }
}
