package org.plenary.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.model.Author;
import org.plenary.model.Source;

/**
 * Invented letter titles whose author is a State in a short or former name, an observer State, or
 * an office: the author's State, printed name and role.
 */
class LetterAuthorTest {
  private static Author author(String title, String opening) throws PlenaryException {
    String text = "United Nations\n\nS/2031/77\n\nSecurity Council\n\nDistr.: General\n\n4 May 2031\n\n" + title
        + "\n\n" + opening + "\n";
    return Plenary.create().parse(new Source("letter.txt", text.getBytes(StandardCharsets.UTF_8))).author();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a former name|Letter dated 3 May 2031 from the Permanent Representative of Swaziland to the United Nations"
          + " addressed to the Secretary-General|SWZ|permanent-representative",
      "a former short name|Letter dated 3 May 2031 from the Chargé d'affaires a.i. of Burma to the United Nations"
          + " addressed to the Secretary-General|MMR|charge-d-affaires",
      "a name the UN no longer uses|Letter dated 3 May 2031 from the Permanent Representative of Turkey to the"
          + " United Nations addressed to the Secretary-General|TUR|permanent-representative",
      "an observer State's permanent observer|Letter dated 3 May 2031 from the Permanent Observer of the State of"
          + " Palestine to the United Nations addressed to the Secretary-General|PSE|other",
      "the Holy See|Letter dated 3 May 2031 from the Permanent Observer of the Holy See to the United Nations"
          + " addressed to the Secretary-General|VAT|other"})
  void readsTheStateInItsShortFormerOrObserverName(String name, String title, String state, String role)
      throws PlenaryException {
    Author author = author(title, "I have the honour to refer to the situation.");
    assertThat(author.state()).isEqualTo(state);
    assertThat(author.role()).isEqualTo(role);
  }

  /** A chargé d'affaires of a State's mission writes for the State: the author's name is the State's. */
  @org.junit.jupiter.api.Test
  void readsTheStateOfTheMissionAChargeDAffairesWritesFrom() throws PlenaryException {
    Author author = author("Letter dated 3 May 2031 from the Chargé d’affaires a.i. of the Permanent Mission of"
        + " Chile to the United Nations addressed to the Secretary-General", "I have the honour to refer to the talks.");
    assertThat(author.state()).isEqualTo("CHL");
    assertThat(author.name()).isEqualTo("Chile");
    assertThat(author.role()).isEqualTo("charge-d-affaires");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a former Member State|Lettre datée du 3 mai 1979, adressée au Secrétaire général par le Représentant"
          + " permanent de la Tchécoslovaquie auprès de l'Organisation des Nations Unies|CSK",
      "the Soviet Union|Lettre datée du 3 mai 1979, adressée au Secrétaire général par le Représentant permanent"
          + " de l'Union des Républiques socialistes soviétiques auprès de l'Organisation des Nations Unies|SUN"})
  void readsFormerMemberStatesByTheirOwnCodes(String name, String title, String state) throws PlenaryException {
    assertThat(author(title, "J'ai l'honneur de vous faire savoir ce qui suit.").state()).isEqualTo(state);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "the Presidency of the Security Council|Carta de fecha 3 de mayo de 2031 dirigida al Secretario General por"
          + " la Presidencia del Consejo de Seguridad|Presidencia del Consejo de Seguridad|president"})
  void readsAnOfficeAsTheAuthorInSpanish(String name, String title, String office, String role)
      throws PlenaryException {
    Author author = author(title, "Tengo el honor de referirme a la situación.");
    assertThat(author.state()).isNull();
    assertThat(author.name()).isEqualTo(office);
    assertThat(author.role()).isEqualTo(role);
  }

  /** A committee's name runs on, with resolutions, commas and parentheses, to "addressed to". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "the chair of a committee with a long name|Letter dated 3 May 2031 from the Chair of the Security Council"
          + " Committee pursuant to resolutions 4455 (2029) and 4460 (2030) concerning the Northern Provinces,"
          + " Associated Individuals and Entities addressed to the President of the Security Council|Chair of the"
          + " Security Council Committee pursuant to resolutions 4455 (2029) and 4460 (2030) concerning the"
          + " Northern Provinces, Associated Individuals and Entities|other",
      "the Secretary-General|Letter dated 3 May 2031 from the Secretary-General addressed to the President of"
          + " the Security Council|Secretary-General|secretary-general"})
  void readsAnOfficeAsTheAuthor(String name, String title, String office, String role) throws PlenaryException {
    Author author = author(title, "I have the honour to transmit the enclosed report.");
    assertThat(author.state()).isNull();
    assertThat(author.name()).isEqualTo(office);
    assertThat(author.role()).isEqualTo(role); // an office none of the contract's roles names is another
  }
}
