package org.plenary.read.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.model.Language;

class OcrModelsTest {
  @Test
  void eachScriptNamesItsLanguagesFromThePacks() {
    assertThat(OcrModels.ofScript("Latin")).containsExactly(Language.EN, Language.FR, Language.ES);
    assertThat(OcrModels.ofScript("Cyrillic")).containsExactly(Language.RU);
    assertThat(OcrModels.ofScript("Han")).containsExactly(Language.ZH);
    assertThat(OcrModels.ofScript("Arabic")).containsExactly(Language.AR);
    assertThat(OcrModels.ofScript("Greek")).isEmpty();
  }

  @Test
  void eachLanguageHasItsTesseractModel() {
    assertThat(OcrModels.model(Language.ZH)).isEqualTo("chi_sim+eng");
    assertThat(OcrModels.combined(OcrModels.ofScript("Latin"))).isEqualTo("eng+fra+spa");
    assertThat(OcrModels.models(Language.ZH)).containsExactly("chi_sim+eng", "chi_tra+eng");
    assertThat(OcrModels.models(Language.RU)).containsExactly("rus+eng");
  }

  @Test
  void aTraditionalChinesePageIsReadInTheModelThatReadsItsSampleWithMoreConfidence() {
    // the sample band of a page printed in traditional characters: chi_sim knows few of them
    OcrPage simplified = page("chi_sim+eng", 41, 55);
    OcrPage traditional = page("chi_tra+eng", 88, 92);
    assertThat(Recognizer.mostConfident(java.util.List.of(simplified, traditional)).model()).isEqualTo("chi_tra+eng");
    OcrPage empty = new OcrPage(10, 10, java.util.List.of(), "chi_sim+eng");
    assertThat(Recognizer.mostConfident(java.util.List.of(empty, traditional)).model()).isEqualTo("chi_tra+eng");
    // a page of simplified characters: the traditional model reads it about as confidently, the usual one stays
    assertThat(Recognizer.mostConfident(java.util.List.of(page("chi_sim+eng", 88, 91), page("chi_tra+eng", 90, 91)))
        .model()).isEqualTo("chi_sim+eng");
    assertThat(Recognizer.mostConfident(java.util.List.of(page("chi_sim+eng", 88, 91),
        new OcrPage(10, 10, java.util.List.of(), "chi_tra+eng"))).model()).isEqualTo("chi_sim+eng");
  }

  private static OcrPage page(String model, float... confidences) {
    java.util.List<OcrWord> words = new java.util.ArrayList<>();
    for (float c : confidences) {
      words.add(new OcrWord("字", 0, 0, 10, 10, c));
    }
    return new OcrPage(100, 100, java.util.List.of(new OcrLine(words, 0, 0, 10, 10, 0, 0, 10)), model);
  }
}
