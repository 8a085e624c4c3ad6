package org.plenary.read.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HocrReaderTest {
  static String hocr() throws Exception {
    try (var in = HocrReaderTest.class.getResourceAsStream("/ocr/013-en-p1.hocr")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsTheWordsOfEachLineWithTheirBoxesAndConfidences() throws Exception {
    OcrPage page = new HocrReader().read(hocr(), "eng");
    assertThat(page.width()).isEqualTo(2550);
    assertThat(page.height()).isEqualTo(3300);
    OcrLine first = page.lines().get(0);
    assertThat(first.words()).extracting(OcrWord::text).containsExactly("United", "Nations", "S", "2025/29");
    OcrWord united = first.words().get(0);
    assertThat(united.left()).isEqualTo(514);
    assertThat(united.bottom()).isEqualTo(242);
    assertThat(united.confidence()).isEqualTo(96);
    assertThat(page.text()).contains("Identical letters dated 13 January 2025");
  }

  @Test
  void readsTheBaselineAndSizeOfALine() throws Exception {
    OcrLine security = new HocrReader().read(hocr(), "eng").lines().get(1);
    // "baseline 0.005 -23; x_size 68" on a line box that ends at 383
    assertThat(security.baselineAt(security.left())).isEqualTo(360f);
    assertThat(security.size()).isEqualTo(68f);
  }

  @Test
  void neverFetchesTheDtdAndRefusesWhatIsNotHocr() {
    String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + "<html><body><span class='ocr_line' title='bbox 0 0 1 1'><span class='ocrx_word' title='bbox 0 0 1 1; x_wconf 9'>&e;</span></span></body></html>";
    assertThatThrownBy(() -> new HocrReader().read(withEntity, "eng")).isInstanceOf(OcrFailed.class);
  }
}
