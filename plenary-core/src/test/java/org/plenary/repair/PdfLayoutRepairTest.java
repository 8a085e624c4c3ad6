package org.plenary.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.model.Block;
import org.plenary.model.BlockKind;
import org.plenary.model.Furniture;
import org.plenary.model.Line;
import org.plenary.model.Page;
import org.plenary.model.Pages;
import org.plenary.model.RepairedText;
import org.plenary.model.Source;
import org.plenary.model.SourceFormat;
import org.plenary.pipeline.Diagnostics;

/** Positioned lines as a PDF reader gives them: A4, text from x=72 to x=523, 12 pt on a 14 pt pitch. */
class PdfLayoutRepairTest {
  private static final float LEFT = 72;
  private static final float RIGHT = 523;

  private static Line body(String text, float y, float right) {
    return new Line(text, 0, LEFT, y, right - LEFT, 12, false);
  }

  private static Line small(String text, float y) {
    return new Line(text, 0, LEFT, y, 300, 9, false);
  }

  private static Line footer(String text, float y) {
    return new Line(text, 80, RIGHT - 60, y, 60, 9, false);
  }

  private static RepairedText repair(List<List<Line>> pages) {
    List<Page> list = new ArrayList<>();
    for (List<Line> lines : pages) {
      list.add(new Page(list.size() + 1, lines));
    }
    return new PdfLayoutRepair().repair(
        new Pages(new Source("t.pdf", new byte[0]), SourceFormat.PDF, list, null, true), new Diagnostics());
  }

  @Test
  void joinsWrappedLinesUndoingHyphenationAndKeepsParagraphsApart() {
    RepairedText text = repair(List.of(List.of(
        body("The President of the General Assembly informed the Assem-", 100, RIGHT - 2),
        body("bly that the item would be considered in plenary meeting.", 114, 400),
        body("Short closing line.", 128, 180))));
    assertThat(text.blocks()).extracting(Block::text).containsExactly(
        "The President of the General Assembly informed the Assembly that the item would be considered in plenary meeting.",
        "Short closing line.");
  }

  @Test
  void continuesAParagraphAcrossAPageBreakPastFurnitureAndFootnotes() {
    RepairedText text = repair(List.of(
        List.of(
            body("A/75/356", 60, 130),
            body("I have the honour to refer to the letter dated 27 September 2020 from the", 100, RIGHT - 1),
            body("Permanent Representative of Armenia to the United Nations, which was issued", 114, RIGHT - 3),
            small("1 See A/75/357.", 760),
            footer("20-12655 (E)", 800),
            footer("*2012655*", 812)),
        List.of(
            footer("A/75/356", 40),
            body("as a document of the General Assembly.", 100, 300),
            footer("2/3", 812))));
    assertThat(text.blocks()).extracting(Block::text).containsExactly(
        "A/75/356",
        "I have the honour to refer to the letter dated 27 September 2020 from the Permanent Representative of "
            + "Armenia to the United Nations, which was issued as a document of the General Assembly.",
        "1 See A/75/357.");
    assertThat(text.blocks().get(2).kind()).isEqualTo(BlockKind.FOOTNOTE);
    assertThat(text.furniture()).extracting(Furniture::kind).containsExactlyInAnyOrder(
        Furniture.Kind.JOB_NUMBER, Furniture.Kind.BARCODE, Furniture.Kind.RUNNING_HEADER, Furniture.Kind.PAGE_NUMBER);
  }

  @Test
  void removesALineRepeatedAtTheSamePlaceOnEveryPage() {
    List<List<Line>> pages = new ArrayList<>();
    for (int p = 1; p <= 3; p++) {
      pages.add(List.of(
          footer("Conference on Disarmament", 40),
          body("The first paragraph of page " + p + " runs over the whole width of the text column", 130, RIGHT - 1),
          body("and ends here.", 144, 160),
          body("Another paragraph on page " + p + ".", 600, 250),
          footer("GE.20-1234" + p, 812)));
    }
    RepairedText text = repair(pages);
    assertThat(text.text()).doesNotContain("Conference on Disarmament").doesNotContain("GE.20");
    assertThat(text.blocks()).hasSize(6);
  }

  @Test
  void takesOutTheRunningHeaderThatPrintsTheTitleBesideTheSymbolOfATwoPageDocument() {
    RepairedText text = repair(List.of(
        List.of(
            body("A/RES/80/246", 60, 140),
            body("The Working Capital Fund shall be established for 2026 in the amount of", 100, RIGHT - 1),
            body("such sums as may be reimbursed as soon as receipts are available for that", 114, RIGHT - 2),
            footer("25-21257 (E)", 800)),
        List.of(
            body("A/RES/80/246    Working Capital Fund for 2026", 40, RIGHT),
            body("purpose; the Secretary-General shall make provision for it.", 100, 380),
            body("The first paragraph of page 2 in its table:", 114, 300),
            body("A/80/568    Report of the Fifth Committee", 128, 400))));
    assertThat(text.text()).doesNotContain("Working Capital Fund for 2026");
    assertThat(text.blocks()).extracting(Block::text).contains(
        "The Working Capital Fund shall be established for 2026 in the amount of such sums as may be reimbursed "
            + "as soon as receipts are available for that purpose; the Secretary-General shall make provision for it.");
    assertThat(text.furniture()).extracting(Furniture::text).contains("A/RES/80/246    Working Capital Fund for 2026");
    assertThat(PdfFurnitureRemover.isTitledHeader("World Football Day    A/RES/78/281")).isTrue();
    assertThat(PdfFurnitureRemover.isTitledHeader("A/80/568 Report of the Fifth Committee")).isFalse();
  }
}
