package org.plenary.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.plenary.Plenary;
import org.plenary.model.Document;

class LetterTitleTest {

  @Test
  void prefersTheDatedTitleBelowTheMastheadToTheSummaryTitleAWebPagePutsAboveIt() throws Exception {
    // the page opens with "Letter from the Permanent Representative of Armenia ... Addressed to the
    // President of the Security Council", its own summary; the letter's title follows the masthead
    Path page = Path.of(LetterTitleTest.class.getResource("/golden/en/013-en.txt").toURI());
    Document letter = Plenary.create().parse(page);
    assertThat(letter.title()).isEqualTo("Letter dated 13 September 2022 from the Permanent Representative of "
        + "Armenia to the United Nations addressed to the Secretary-General");
    assertThat(letter.letterDate()).isEqualTo(LocalDate.of(2022, 9, 13));
    assertThat(letter.addressees()).containsExactly("secretary-general");
    assertThat(letter.session()).isEqualTo(77);
  }
}
