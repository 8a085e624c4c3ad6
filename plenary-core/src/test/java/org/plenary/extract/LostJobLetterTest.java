package org.plenary.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.model.Document;
import org.plenary.model.Source;

/** The first page's foot as a scan may read it: the job number's letter lost before the date of printing. */
class LostJobLetterTest {
  private static final String FIRST_PAGE = "S/2025/206\n\nUnited Nations\n\nSecurity Council\n\nDistr.: General\n"
      + "18 March 2025\n\nOriginal: English\n\nCredentials of the representative of France on the Security Council\n\n"
      + "Pursuant to rule 15 of the provisional rules of procedure of the Security Council, the Secretary-General"
      + " reports on the credentials received.\n\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "letter lost before the date|25-05394 080425|25-05394 (E)",
      "letter read as another sign|24-08409 T 150524|24-08409 (E)",
      "letter printed|25-05394 (E) 080425|25-05394 (E)",
      "letter printed, no date|25-05394 (E)|25-05394 (E)"})
  void readsTheJobNumber(String name, String foot, String job) throws PlenaryException {
    String text = FIRST_PAGE + foot + "\n\nPlease recycle\n";
    Document doc = Plenary.create().parse(new Source(name + ".txt", text.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.jobNumber()).isEqualTo(job);
  }
}
