package org.plenary.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.model.Line;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;

/**
 * An old masthead column left under a new one, as a word processor prints two text boxes kept at
 * the same place: each text reads whole on a line of its own, the one drawn last first, and a
 * word printed twice over itself (to look bold) still reads once.
 */
class PdfOverlaidTextTest {

  private static List<String> lines(PrintedPage page) throws Exception {
    return new PdfReader().read(new Source("overlaid.pdf", page.pdf()), new Diagnostics())
        .lines().stream().map(Line::text).toList();
  }

  @Test
  void readsTwoTextsDrawnOverEachOtherAsTwoLines() throws Exception {
    PrintedPage page = new PrintedPage()
        .line(72, 60, 12, "United Nations")
        .line(398, 80.2f, 10, "Distr.: General")
        .line(398, 92.8f, 10, "6 February 2031")
        .line(373, 80, 10, "Distr.: Limited")
        .line(373, 92, 10, "9 June 2031")
        .line(72, 200, 10, "The Conference met in plenary.");
    assertThat(lines(page)).contains("Distr.: Limited", "Distr.: General", "9 June 2031", "6 February 2031")
        .containsSubsequence("Distr.: Limited", "Distr.: General");
  }

  @Test
  void readsAWordPrintedTwiceOverItselfOnce() throws Exception {
    PrintedPage page = new PrintedPage()
        .line(72, 60, 12, "United Nations")
        .bold(72, 200, 12, "Draft report")
        .bold(72.3f, 200, 12, "Draft report")
        .line(72, 230, 10, "The Conference met in plenary.");
    assertThat(lines(page)).contains("Draft report");
  }
}
