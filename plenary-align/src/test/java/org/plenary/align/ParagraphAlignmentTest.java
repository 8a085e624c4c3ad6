package org.plenary.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Paragraph alignment of 18 UN resolutions in six languages against the gold made from the UN's
 * own paragraph identifiers: strict F1 of every one of the 15 language pairs.
 */
class ParagraphAlignmentTest {

  @Test
  void alignsTheParagraphsOfEveryLanguagePair() {
    PairScores scores = new PairScores();
    Aligner aligner = Aligner.create();
    for (GoldDocument document : GoldDocument.all("align/paragraphs")) {
      Alignment alignment = aligner.align(document.versions());
      scores.add(document.versions(), document.beads(), alignment.beads());
    }
    System.out.printf("paragraph strict F1: min %.4f mean %.4f %s%n", scores.min(), scores.mean(), scores.f1());
    assertThat(scores.f1()).hasSize(15);
    assertThat(scores.min()).isGreaterThanOrEqualTo(0.99);
  }
}
