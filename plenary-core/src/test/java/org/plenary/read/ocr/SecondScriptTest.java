package org.plenary.read.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecondScriptTest {
  private static final PageImage IMAGE = new PageImage(new BufferedImage(100, 100, BufferedImage.TYPE_BYTE_GRAY), 300);

  /** A page of {@code words} words, {@code doubtful} of them read with little confidence. */
  private static OcrPage page(int words, int doubtful) {
    List<OcrWord> list = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      list.add(new OcrWord("word", i, 0, i + 1, 1, i < doubtful ? 30 : 95));
    }
    return new OcrPage(100, 100, List.of(new OcrLine(list, 0, 0, 100, 1, 0, 0, 1)), "eng");
  }

  @Test
  void looksForAnotherScriptWhereManyWordsAreDoubtful() throws Exception {
    assertThat(new SecondScript(image -> Optional.of("Arabic")).of(IMAGE, page(100, 30))).contains("Arabic");
    assertThat(new SecondScript(image -> Optional.of("Latin")).of(IMAGE, page(100, 30))).isEmpty();
  }

  @Test
  void leavesAClearPageAndAShortOneAlone() throws Exception {
    SecondScript never = new SecondScript(image -> { throw new AssertionError("detected"); });
    assertThat(never.of(IMAGE, page(100, 3))).isEmpty();
    assertThat(never.of(IMAGE, page(10, 5))).isEmpty();
  }
}
