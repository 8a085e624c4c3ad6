package org.plenary.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.model.Language;

/**
 * The search's memory grows with the length of the document, not with its square: the cells it
 * holds for a document of 2 and 4 times the paragraphs of the 18 resolutions (in English and
 * French, one after the other) against once.
 */
class LinearMemoryTest {

  private static List<Version> repeated(int times) {
    List<String> en = new ArrayList<>();
    List<String> fr = new ArrayList<>();
    List<GoldDocument> documents = GoldDocument.all("align/paragraphs");
    for (int t = 0; t < times; t++) {
      for (GoldDocument document : documents) {
        en.addAll(document.versions().get(2).segments());
        fr.addAll(document.versions().get(3).segments());
      }
    }
    return List.of(new Version(Language.EN, en), new Version(Language.FR, fr));
  }

  @Test
  void holdsCellsInProportionToTheLength() {
    Aligner aligner = Aligner.create();
    long once = aligner.align(repeated(2)).cells();
    long twice = aligner.align(repeated(4)).cells();
    long four = aligner.align(repeated(8)).cells();
    int n = repeated(2).get(0).segments().size();
    assertThat(once).isLessThan((long) n * n / 4);
    assertThat((double) twice / once).isBetween(1.5, 2.3);
    assertThat((double) four / once).isBetween(3.0, 4.6);
  }

  @Test
  void alignsTheRepeatedDocumentAsWellAsEachCopy() {
    Alignment alignment = Aligner.create().align(repeated(4));
    long oneToOne = alignment.beads().stream().filter(b -> b.end(0) - b.start(0) == 1 && b.end(1) - b.start(1) == 1).count();
    assertThat((double) oneToOne / alignment.beads().size()).isGreaterThan(0.97);
  }
}
