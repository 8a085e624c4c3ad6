package org.plenary.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentence alignment of the 18 resolutions ({@code align/sentences}): the sentences given one a
 * block with no paragraph to guide them, and the paragraphs given and cut into sentences by the
 * aligner. Strict F1 of every language pair.
 */
class SentenceAlignmentTest {
  private final Aligner aligner = Aligner.create();

  @Test
  void alignsSentencesGivenOneABlock() {
    PairScores scores = new PairScores();
    for (GoldDocument document : GoldDocument.all("align/sentences")) {
      scores.add(document.versions(), document.beads(), aligner.align(document.versions()).beads());
    }
    System.out.printf("sentence strict F1 (blocks): min %.4f mean %.4f%n", scores.min(), scores.mean());
    assertThat(scores.f1()).hasSize(15);
    assertThat(scores.min()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void alignsTheSentencesOfAlignedParagraphs() {
    List<GoldDocument> paragraphs = GoldDocument.all("align/paragraphs");
    List<GoldDocument> sentences = GoldDocument.all("align/sentences");
    PairScores scores = new PairScores();
    for (int d = 0; d < paragraphs.size(); d++) {
      Alignment alignment = aligner.alignSentences(paragraphs.get(d).versions());
      GoldDocument gold = sentences.get(d);
      for (int k = 0; k < gold.versions().size(); k++) {
        assertThat(alignment.versions().get(k).segments().stream().map(String::strip).toList())
            .as("the sentences of %s", gold.name()).isEqualTo(gold.versions().get(k).segments());
      }
      scores.add(gold.versions(), gold.beads(), alignment.beads());
    }
    System.out.printf("sentence strict F1 (in paragraphs): min %.4f mean %.4f%n", scores.min(), scores.mean());
    assertThat(scores.min()).isGreaterThanOrEqualTo(0.95);
  }
}
