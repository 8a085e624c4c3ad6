package org.plenary.read.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatinMisreadsTest {
  private static final PageImage IMAGE = new PageImage(new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY), 300);
  private static final String ARABIC = "\u0648\u0623\u0646\u0627"; // وأنا
  private static final String OTHER = "\u0623\u0642\u062F\u0645"; // أقدم

  private static OcrPage page(OcrWord... words) {
    return new OcrPage(2480, 3508, List.of(new OcrLine(List.of(words), 100, 100, 2000, 140, 0, -5, 40)), "ara+eng");
  }

  private static String text(OcrPage page) {
    return page.text().strip();
  }

  @Test
  void readsALatinWordInAnArabicLineAgainInArabicAlone() throws Exception {
    OcrPage read = page(new OcrWord(OTHER, 1000, 100, 1100, 140, 92), new OcrWord("big\u200F", 1150, 100, 1250, 140, 50),
        new OcrWord(ARABIC, 1300, 100, 1400, 140, 91));
    OcrPage own = page(new OcrWord(ARABIC, 1152, 101, 1248, 139, 90));
    OcrPage again = new LatinMisreads(image -> own).reread(IMAGE, read);
    assertThat(text(again)).isEqualTo(OTHER + " " + ARABIC + " " + ARABIC);
  }

  @Test
  void keepsALatinWordTheOwnModelReadsNoBetterAndSymbolsAndLatinLines() throws Exception {
    OcrPage read = page(new OcrWord(OTHER, 1000, 100, 1100, 140, 92), new OcrWord("Home", 1150, 100, 1250, 140, 96),
        new OcrWord("S/22558", 1260, 100, 1290, 140, 40), new OcrWord(ARABIC, 1300, 100, 1400, 140, 91));
    // the Arabic model reads "Home" as digits: no Arabic word takes its place
    OcrPage own = page(new OcrWord("238", 1152, 101, 1248, 139, 60), new OcrWord(ARABIC, 1261, 101, 1289, 139, 90));
    assertThat(new LatinMisreads(image -> own).reread(IMAGE, read)).isSameAs(read);
    OcrPage english = page(new OcrWord("Question", 100, 100, 300, 140, 50), new OcrWord("of", 320, 100, 360, 140, 50));
    assertThat(new LatinMisreads(image -> { throw new AssertionError("read again"); }).reread(IMAGE, english)).isSameAs(english);
  }

  @Test
  void readsAgainOnlyWithTheFirstPartOfACombinedModel() {
    assertThat(LatinMisreads.ownModel("ara+eng")).isEqualTo("ara");
    assertThat(LatinMisreads.ownModel("eng")).isNull();
  }
}
