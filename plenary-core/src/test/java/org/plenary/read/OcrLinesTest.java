package org.plenary.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.model.Line;
import org.plenary.read.ocr.HocrReader;
import org.plenary.read.ocr.OcrPage;

class OcrLinesTest {
  private static List<Line> lines() throws Exception {
    String hocr;
    try (var in = OcrLinesTest.class.getResourceAsStream("/ocr/013-en-p1.hocr")) {
      hocr = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    OcrPage page = new HocrReader().read(hocr, "eng");
    return new OcrLines().lines(page, 300, true);
  }

  @Test
  void readsTheMastheadByItsColumnsAsOnABornDigitalPage() throws Exception {
    List<String> texts = lines().stream().map(Line::text).toList();
    // Tesseract reads "Security Council ... Distr.: General" as one line; the column gap parts it
    assertThat(texts).contains("Security Council", "Distr.: General", "13 January 2025", "Original: English");
    assertThat(texts.indexOf("Distr.: General")).isLessThan(texts.indexOf("13 January 2025"));
  }

  @Test
  void givesPositionsInPointsAndOneSizeToLinesOfOneSize() throws Exception {
    List<Line> lines = lines();
    Line united = lines.get(0);
    assertThat(united.text()).isEqualTo("United Nations");
    assertThat(united.x()).isCloseTo(514 * 72f / 300, org.assertj.core.data.Offset.offset(0.1f));
    List<Line> body = lines.stream().filter(l -> l.text().startsWith("developments")
        || l.text().startsWith("Ceasefire")).toList();
    assertThat(body).hasSize(2);
    assertThat(body.get(0).fontSize()).isEqualTo(body.get(1).fontSize());
    assertThat(body.get(0).fontSize()).isBetween(8f, 12f);
  }

  @Test
  void dropsWhatTesseractReadsInTheEmblem() throws Exception {
    assertThat(lines()).extracting(Line::text).noneMatch(t -> t.startsWith("\\y") || t.equals("Vy"));
  }

  @Test
  void dropsADoubtfulWordWithABackslashButKeepsASymbolReadWithoutConfidence() {
    var emblem = new org.plenary.read.ocr.OcrWord("S\\S/4", 278, 419, 495, 474, 0);
    var symbol = new org.plenary.read.ocr.OcrWord("S/2025/191", 2000, 180, 2298, 236, 0);
    var body = new org.plenary.read.ocr.OcrWord("Letter", 300, 900, 420, 938, 96);
    OcrPage page = new OcrPage(2480, 3508, List.of(
        new org.plenary.read.ocr.OcrLine(List.of(symbol), 2000, 180, 2298, 236, 0, -5, 40),
        new org.plenary.read.ocr.OcrLine(List.of(emblem), 278, 419, 495, 474, 0, -5, 40),
        new org.plenary.read.ocr.OcrLine(List.of(body), 300, 900, 420, 938, 0, -5, 38)), "eng");
    assertThat(new OcrLines().lines(page, 300, true)).extracting(Line::text)
        .containsExactly("S/2025/191", "Letter");
  }

  @Test
  void keepsTheSpaceBetweenTwoWordsWhoseBoxesOverlap() {
    // the tail of a letter of the right word reaches under the left one: boxes overlap by 8 pixels
    var right = new org.plenary.read.ocr.OcrWord("\u0623\u0628\u0648", 1713, 1000, 1758, 1040, 92);
    var left = new org.plenary.read.ocr.OcrWord("\u0627\u0644\u062D\u0633\u0646", 1586, 1000, 1721, 1040, 92);
    OcrPage page = new OcrPage(2480, 3508, List.of(
        new org.plenary.read.ocr.OcrLine(List.of(right, left), 1586, 1000, 1758, 1040, 0, -5, 40)), "ara+eng");
    assertThat(new OcrLines().lines(page, 300, false)).extracting(Line::text)
        .containsExactly("\u0623\u0628\u0648 \u0627\u0644\u062D\u0633\u0646");
  }
}
