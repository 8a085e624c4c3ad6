package org.plenary.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.model.Document;
import org.plenary.model.Source;

/**
 * Invented Russian letters and notes verbales as unseen pages print them: the State's name in the
 * genitive, the date before or after the author, "года" or "г.", a title wrapped over hard breaks
 * before its date, a chargé d'affaires of a mission, a scan's misread "Original:" label. Each row
 * gives a title ("\n" for a line break) and what the record must say: author | State | role.
 */
class RussianVariantsTest {
  private static final String HEAD = "Организация Объединенных Наций\\nA/75/500–S/2020/950\\nГенеральная Ассамблея\\n"
      + "Совет Безопасности\\nDistr.: General\\n30 September 2020\\nRussian\\nOriginal: English\\nГенеральная Ассамблея\\n"
      + "Семьдесят пятая сессия\\nПункты 34 и 71 повестки дня\\nЗатяжные конфликты\\nСовет Безопасности\\n"
      + "Семьдесят пятый год\\n\\n";
  private static final String BODY = "\\n\\nИмею честь препроводить настоящим заявление Министерства иностранных дел.\\n";

  private static Document parse(String name, String text) throws PlenaryException {
    return Plenary.create().parse(new Source(name + ".txt", text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "the State in the genitive|Письмо Постоянного представителя Армении при Организации Объединенных Наций от 28 сентября"
          + " 2020 года на имя Генерального секретаря|Армении|ARM|permanent-representative",
      "the date before the author|Письмо от 28 сентября 2020 года от Постоянного представителя Российской Федерации при"
          + " Организации Объединенных Наций на имя Генерального секретаря|Российской Федерации|RUS|permanent-representative",
      "a title wrapped before its date|Письмо Постоянного представителя Армении при Организации\\nОбъединенных Наций от 28"
          + " сентября 2020 года на имя\\nГенерального секретаря|Армении|ARM|permanent-representative",
      "a chargé d'affaires of a mission, the year as г.|Письмо Временного поверенного в делах Постоянного представительства"
          + " Соединенных Штатов Америки при Организации Объединенных Наций от 28 сентября 2020 г. на имя Генерального секретаря"
          + "|Соединенных Штатов Америки|USA|charge-d-affaires",
      "a mission's note verbale|Вербальная нота Постоянного представительства Армении при Организации Объединенных Наций от"
          + " 28 сентября 2020 года на имя Генерального секретаря|Армении|ARM|permanent-mission"})
  void readsTheLettersAuthor(String name, String title, String author, String state, String role)
      throws PlenaryException {
    Document doc = parse(name, HEAD + title + BODY);
    assertThat(doc.letterDate()).hasToString("2020-09-28");
    assertThat(doc.title()).endsWith("Генерального секретаря");
    assertThat(doc.author().name()).isEqualTo(author);
    assertThat(doc.author().state()).isEqualTo(state);
    assertThat(doc.author().role()).isEqualTo(role);
    assertThat(doc.addressees()).containsExactly("secretary-general");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"a misread label|OSIGXHAL: ENGLISH|en", "a noisy label|0RIGINAL: FRENCH|fr",
      "the label in Russian|Язык оригинала: английский|en"})
  void readsTheOriginalLanguage(String name, String line, String language) throws PlenaryException {
    Document doc = parse(name, "ОБЪЕДИНЕННЫЕ НАЦИИ\\nСОВЕТ БЕЗОПАСНОСТИ\\nS/8259\\n23 November 1967\\nRUSSIAN\\n" + line
        + "\\n\\nЗаписка Генерального секретаря\\n\\nЭто положение резолюции требует тщательного рассмотрения.\\n");
    assertThat(doc.originalLanguage().code()).isEqualTo(language);
    assertThat(doc.title()).isEqualTo("Записка Генерального секретаря");
  }
}
