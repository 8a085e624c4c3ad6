package org.plenary.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisualOrderTest {

  /**
   * The glyphs of a logical right-to-left line in the order a PDF draws them, left to right, as
   * the JDK's implementation of the Unicode bidirectional algorithm lays them out.
   */
  private static List<String> drawn(String logical) {
    Bidi bidi = new Bidi(logical, Bidi.DIRECTION_RIGHT_TO_LEFT);
    int runs = bidi.getRunCount();
    byte[] levels = new byte[runs];
    String[] texts = new String[runs];
    for (int r = 0; r < runs; r++) {
      levels[r] = (byte) bidi.getRunLevel(r);
      String run = logical.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
      texts[r] = levels[r] % 2 == 1 ? new StringBuilder(run).reverse().toString() : run;
    }
    Bidi.reorderVisually(levels, 0, texts, 0, runs);
    List<String> glyphs = new ArrayList<>();
    String.join("", texts).codePoints().forEach(c -> glyphs.add(Character.toString(c)));
    return glyphs;
  }

  @ParameterizedTest
  @CsvSource({
      "'رسالة مؤرخة 28 أيلول/سبتمبر 2020'",
      "'الوثيقة S/2020/947 المؤرخة'",
      "'S/22558، 2 أيار/ مايو 1991'",
      "'الجمعية العامة (الدورة 75)'",
      "'قرار مجلس الأمن 687 (1991) المؤرخ'",
      "'البند 34 من جدول الأعمال A/75/356 و S/2020/947'"})
  void putsRightToLeftLinesBackInLogicalOrder(String logical) {
    List<String> glyphs = drawn(logical);
    assertThat(VisualOrder.isRightToLeft(glyphs)).isTrue();
    assertThat(String.join("", VisualOrder.logical(glyphs))).isEqualTo(logical);
  }

  @ParameterizedTest
  @CsvSource({"'Letter dated 28 September 2020'", "'A/75/356 S/2020/947'"})
  void leavesLeftToRightLinesAlone(String line) {
    List<String> glyphs = new ArrayList<>();
    line.codePoints().forEach(c -> glyphs.add(Character.toString(c)));
    assertThat(VisualOrder.isRightToLeft(glyphs)).isFalse();
  }
}
