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

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "en|Letter from the Permanent Representative of Kuwait to the United Nations addressed to the Secretary-General"
          + "\\n\\n28 August 1990\\n\\nI have the honour to enclose a letter.|KWT",
      "ar|رسالة الممثل الدائم للكويت لدى الأمم المتحدة\\n\\nإلى الأمين العام للأمم المتحدة\\n\\n28 أغسطس 1990\\n\\n"
          + "أتشرف بأن أرفق، طيّه، رسالة موجهة إلى سعادتكم.|KWT"})
  void aLettersHeadingWithoutItsDateIsNoTitleButNamesItsAuthor(String language, String text, String state)
      throws Exception {
    Document letter = Plenary.create().parse(new org.plenary.model.Source("heading-" + language + ".txt",
        text.replace("\\n", "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(letter.title()).isNull();
    assertThat(letter.type().id()).isEqualTo("letter");
    assertThat(letter.author().state()).isEqualTo(state);
    assertThat(letter.addressees()).containsExactly("secretary-general");
    assertThat(letter.letterDate()).isEqualTo(LocalDate.of(1990, 8, 28));
  }
}
