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
  }
}
