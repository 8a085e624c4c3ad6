package org.plenary.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisualOrderTest {

  /** The glyphs of a logical RTL line as a PDF draws them: reversed, each LTR run kept in its order. */
  private static List<String> visual(String logical) {
    List<String> glyphs = new ArrayList<>();
    logical.codePoints().forEach(c -> glyphs.add(Character.toString(c)));
    List<String> out = new ArrayList<>(glyphs);
    Collections.reverse(out);
    // runs of digits and Latin letters read left to right on the page too
    int i = 0;
    while (i < out.size()) {
      int j = i;
      while (j < out.size() && (Character.isLetterOrDigit(out.get(j).charAt(0)) && out.get(j).charAt(0) < 0x600
          || j > i && j + 1 < out.size() && "/.".contains(out.get(j)) && Character.isLetterOrDigit(out.get(j + 1).charAt(0)))) {
        j++;
      }
      Collections.reverse(out.subList(i, j));
      i = Math.max(j, i + 1);
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource({
      "'رسالة مؤرخة 28 أيلول/سبتمبر 2020'",
      "'الوثيقة S/2020/947 المؤرخة'",
      "'الجمعية العامة (الدورة 75)'",
      "'قرار مجلس الأمن 687 (1991) المؤرخ'"})
  void putsRightToLeftLinesBackInLogicalOrder(String logical) {
    List<String> drawn = visual(logical);
    assertThat(VisualOrder.isRightToLeft(drawn)).isTrue();
    assertThat(String.join("", VisualOrder.logical(drawn))).isEqualTo(logical);
  }

  @ParameterizedTest
  @CsvSource({"'Letter dated 28 September 2020'", "'A/75/356 S/2020/947'"})
  void leavesLeftToRightLinesAlone(String line) {
    List<String> glyphs = new ArrayList<>();
    line.codePoints().forEach(c -> glyphs.add(Character.toString(c)));
    assertThat(VisualOrder.isRightToLeft(glyphs)).isFalse();
  }
}
