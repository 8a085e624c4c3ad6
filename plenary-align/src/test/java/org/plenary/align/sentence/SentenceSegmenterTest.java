package org.plenary.align.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.model.Language;

/** Sentences of UN text in each language, with the abbreviations and numbering of UN documents. */
class SentenceSegmenterTest {

  private static List<String> split(Language language, String text) {
    List<String> sentences = SentenceSegmenter.of(language).sentences(text);
    assertThat(String.join("", sentences)).isEqualTo(text);
    return sentences.stream().map(String::strip).toList();
  }

  @Test
  void keepsEnglishAbbreviationsAndSymbolsInsideTheSentence() {
    assertThat(split(Language.EN, "Mr. Guterres recalled para. 5 of art. 2 of resolution No. 12. "
        + "The Council acted under S/RES/2532 (2020). It decided to remain seized of the matter."))
        .containsExactly("Mr. Guterres recalled para. 5 of art. 2 of resolution No. 12.",
            "The Council acted under S/RES/2532 (2020).", "It decided to remain seized of the matter.");
  }

  @Test
  void keepsAParagraphNumberWithItsSentence() {
    assertThat(split(Language.EN, "1. Decides to extend the mandate. Requests a report."))
        .containsExactly("1. Decides to extend the mandate.", "Requests a report.");
    assertThat(split(Language.EN, "(a) To protect civilians. To support the Government."))
        .containsExactly("(a) To protect civilians.", "To support the Government.");
  }

  @Test
  void keepsFrenchAbbreviations() {
    assertThat(split(Language.FR, "M. Dupont cite le par. 3 de l’art. 4. Le Conseil décide."))
        .containsExactly("M. Dupont cite le par. 3 de l’art. 4.", "Le Conseil décide.");
  }

  @Test
  void keepsSpanishAbbreviations() {
    assertThat(split(Language.ES, "El Sr. Pérez citó el párr. 3 del art. 4. El Consejo decide."))
        .containsExactly("El Sr. Pérez citó el párr. 3 del art. 4.", "El Consejo decide.");
  }

  @Test
  void keepsRussianAbbreviations() {
    assertThat(split(Language.RU, "В 2020 г. Совет принял резолюцию, см. п. 5. Совет постановляет."))
        .containsExactly("В 2020 г. Совет принял резолюцию, см. п. 5.", "Совет постановляет.");
  }

  @Test
  void keepsAnArabicListLabelWithItsSentence() {
    assertThat(split(Language.AR, "أ) حماية المدنيين. دعم الحكومة."))
        .containsExactly("أ) حماية المدنيين.", "دعم الحكومة.");
    assertThat(split(Language.AR, "1 - يقرر تمديد الولاية. يطلب تقديم تقرير."))
        .containsExactly("1 - يقرر تمديد الولاية.", "يطلب تقديم تقرير.");
  }

  @Test
  void endsChineseSentencesAtTheFullStopButNotTheSemicolon() {
    assertThat(split(Language.ZH, "1. 决定延长任务期限；请秘书长提交报告。安理会决定继续处理此案。"))
        .containsExactly("1. 决定延长任务期限；请秘书长提交报告。", "安理会决定继续处理此案。");
  }

  @Test
  void readsALineBreakInsideAParagraphAsWrapping() {
    assertThat(split(Language.EN, "The Security Council, recalling its resolutions;\nurges all parties to comply."))
        .hasSize(1);
    assertThat(split(Language.FR, "Le Conseil de sécurité,\nrappelant ses résolutions antérieures,")).hasSize(1);
    assertThat(split(Language.ZH, "安全理事会，\n回顾其以往各项决议，")).hasSize(1);
  }

  @Test
  void everyPackHasEveryKind() {
    for (Language language : Language.values()) {
      SentenceRules rules = SentenceRules.of(language);
      assertThat(rules.abbreviations()).as(language.code()).isNotEmpty();
      assertThat(rules.letters()).as(language.code()).isNotEmpty();
      assertThat(rules.label().pattern()).as(language.code()).isNotBlank();
    }
  }
}
