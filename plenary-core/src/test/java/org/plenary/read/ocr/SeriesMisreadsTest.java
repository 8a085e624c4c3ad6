package org.plenary.read.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A masthead symbol's series letter read as a digit, on invented readings of a 300 dpi A4 page. */
class SeriesMisreadsTest {
  private static OcrLine line(float top, String... words) {
    List<OcrWord> list = new java.util.ArrayList<>();
    float left = 1600;
    for (String w : words) {
      list.add(new OcrWord(w, left, top, left + 20 * w.length(), top + 40, 80));
      left += 20 * w.length() + 20;
    }
    return new OcrLine(list, 1600, top, left, top + 40, 0, -8, 40);
  }

  private static OcrPage page(OcrLine... lines) {
    return new OcrPage(2480, 3508, List.of(lines), "rus+eng");
  }

  @Test
  void readsTheDigitWhereTheMastheadsSymbolOpensAsItsSeriesLetter() {
    OcrPage read = page(line(300, "Distr."), line(600, "5/8259"), line(700, "23", "November", "1967"));
    assertThat(SeriesMisreads.reread(read).text()).contains("S/8259").doesNotContain("5/8259");
    assertThat(SeriesMisreads.symbol("8/2025/191")).isEqualTo("S/2025/191");
    assertThat(SeriesMisreads.symbol("4/75/356")).isEqualTo("A/75/356");
  }

  @Test
  void leavesDatesFractionsWordsInALineAndTheRestOfThePage() {
    OcrPage read = page(line(600, "5/12/1967"), line(650, "in", "5/8259"), line(2000, "5/8259"), line(700, "S/2025/29"));
    assertThat(SeriesMisreads.reread(read)).isSameAs(read);
    assertThat(SeriesMisreads.symbol("1/2")).isNull();
    assertThat(SeriesMisreads.symbol("5/")).isNull();
    assertThat(SeriesMisreads.symbol("5/8")).isNull();
  }
}
