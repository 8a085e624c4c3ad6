package org.plenary.read.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextLayerCheckTest {
  private final TextLayerCheck check = new TextLayerCheck();

  private static String resource(String name) throws Exception {
    try (var in = TextLayerCheckTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"013-en", "036-es", "047-fr", "053-fr", "055-ru", "071-zh", "075-ar"})
  void takesRealTextInEachLanguageForReadable(String name) throws Exception {
    String text = resource("/golden/pdf/" + name + ".txt");
    assertThat(check.isGarbage(text)).isFalse();
    assertThat(check.dictionaryShare(text)).isGreaterThan(TextLayerCheck.MIN_SHARE + 0.1);
  }

  @Test
  void takesAnEnglishPageReadWithTheRussianModelForGarbage() throws Exception {
    assertThat(check.isGarbage(resource("/ocr/010-en-read-as-rus.txt"))).isTrue();
  }

  @Test
  void doesNotJudgeAPageWithTooFewWords() {
    assertThat(check.isGarbage("Xq Zvv 2/3")).isFalse();
  }
}
