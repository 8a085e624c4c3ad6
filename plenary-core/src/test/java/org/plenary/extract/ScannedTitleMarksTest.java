package org.plenary.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.model.Document;
import org.plenary.model.Source;

/** A title's raised footnote asterisks as a scan reads them, glued to its last word, and a symbol's S read as a sign. */
class ScannedTitleMarksTest {
  private static final String MASTHEAD = "A/HRC/WG.6/34/ITA/3\n\nUnited Nations\n\nGeneral Assembly\n\n"
      + "Distr.: General 14 August 2019\n\nOriginal: English\n\nHuman Rights Council\n\n";
  private static final String BODY = "\n\nI. Background\n\n1. The present report was prepared for the universal"
      + " periodic review, taking into consideration the outcome of the previous review.\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "one asterisk read as a tilde|Summary of Stakeholders’ submissions on Italy~|Summary of Stakeholders’ submissions on Italy",
      "two notes read as a guillemet|Report on communication No. 2025/2011»|Report on communication No. 2025/2011",
      "a quotation the title opens|Report on «Agenda 2030»|Report on «Agenda 2030»",
      "a symbol's S read as a sign|Amendment to the draft resolution contained in document §8/2025/112"
          + "|Amendment to the draft resolution contained in document S/2025/112"})
  void dropsTheMarks(String name, String line, String title) throws PlenaryException {
    String text = MASTHEAD + line + BODY;
    Document doc = Plenary.create().parse(new Source(name + ".txt", text.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.title()).isEqualTo(title);
  }
}
