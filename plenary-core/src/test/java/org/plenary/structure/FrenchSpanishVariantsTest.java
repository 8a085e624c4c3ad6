package org.plenary.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.model.Document;
import org.plenary.model.Source;

/**
 * Invented French and Spanish letters and notes verbales as unseen pages print them: elided
 * articles (l’Arménie, d’Amérique), "1er octobre", identical letters to two addressees, a chargé
 * d'affaires of a mission, a title wrapped over hard breaks, Spanish dates without "de" and the
 * "Presidencia" Spanish letters address. Each row gives a title ("\n" for a line break) and what
 * the record must say: letter date | author | State | role | addressees.
 */
class FrenchSpanishVariantsTest {
  private static final String FR = "Nations Unies\\nA/75/500–S/2020/950\\nAssemblée générale\\nConseil de sécurité\\n"
      + "Distr. générale\\n2 octobre 2020\\nFrançais\\nOriginal : anglais\\nAssemblée générale\\nSoixante-quinzième session"
      + "\\nPoints 34 et 71 de l’ordre du jour\\nConflits prolongés\\nConseil de sécurité\\nSoixante-quinzième année\\n\\n";
  private static final String ES = "Naciones Unidas\\nA/75/500–S/2020/950\\nAsamblea General\\nConsejo de Seguridad\\n"
      + "Distr. general\\n2 de octubre de 2020\\nEspañol\\nOriginal: inglés\\nAsamblea General\\n"
      + "Septuagésimo quinto período de sesiones\\nTemas 34 y 71 del programa\\n\\n";
  private static final String BODY = "\\n\\nJ’ai l’honneur de vous faire tenir ci-joint la déclaration du Ministère.\\n";

  private static Document parse(String name, String text) throws PlenaryException {
    return Plenary.create().parse(new Source(name + ".txt", text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "fr: 1er and la France|FR|Lettre datée du 1er octobre 2020, adressée au Secrétaire général par le Représentant permanent"
          + " de la France auprès de l’Organisation des Nations Unies|2020-10-01|France|FRA|permanent-representative"
          + "|secretary-general",
      "fr: an elided article|FR|Lettre datée du 1er octobre 2020, adressée au Secrétaire général par le Représentant permanent"
          + " de l’Arménie auprès de l’Organisation des Nations Unies|2020-10-01|Arménie|ARM|permanent-representative"
          + "|secretary-general",
      "fr: a mission's note verbale|FR|Note verbale datée du 28 septembre 2020, adressée au Secrétaire général par la Mission"
          + " permanente de l’Arménie auprès de l’Organisation des Nations Unies|2020-09-28|Arménie|ARM|permanent-mission"
          + "|secretary-general",
      "fr: a chargé d'affaires of a mission|FR|Lettre datée du 28 septembre 2020, adressée au Président du Conseil de sécurité"
          + " par le Chargé d’affaires par intérim de la Mission permanente des États-Unis d’Amérique auprès de l’Organisation"
          + " des Nations Unies|2020-09-28|États-Unis d’Amérique|USA|charge-d-affaires|president-of-the-security-council",
      "fr: identical letters|FR|Lettres identiques datées du 28 septembre 2020, adressées au Secrétaire général et à la"
          + " Présidente du Conseil de sécurité par le Représentant permanent de l’Azerbaïdjan auprès de l’Organisation des"
          + " Nations Unies|2020-09-28|Azerbaïdjan|AZE|permanent-representative|secretary-general,president-of-the-security-council",
      "fr: wrapped over hard breaks|FR|Lettre datée du 28 septembre 2020, adressée au Secrétaire général\\npar le Représentant"
          + " permanent du Mexique auprès de\\nl’Organisation des Nations Unies|2020-09-28|Mexique|MEX|permanent-representative"
          + "|secretary-general",
      "es: a letter|ES|Carta de fecha 28 de septiembre de 2020 dirigida al Secretario General por el Representante Permanente"
          + " de Armenia ante las Naciones Unidas|2020-09-28|Armenia|ARM|permanent-representative|secretary-general",
      "es: a mission's note verbale|ES|Nota verbal de fecha 1 de octubre de 2020 dirigida al Secretario General por la Misión"
          + " Permanente de México ante las Naciones Unidas|2020-10-01|México|MEX|permanent-mission|secretary-general",
      "es: a date without de, the Presidencia|ES|Carta de fecha 28 septiembre 2020 dirigida a la Presidencia del Consejo de"
          + " Seguridad por el Encargado de Negocios interino de la Misión Permanente de los Estados Unidos de América ante las"
          + " Naciones Unidas|2020-09-28|Estados Unidos de América|USA|charge-d-affaires|president-of-the-security-council"})
  void readsTheLetter(String name, String head, String title, String date, String author, String state, String role,
      String addressees) throws PlenaryException {
    Document doc = parse(name, ("FR".equals(head) ? FR : ES) + title + BODY);
    assertThat(doc.title()).isEqualTo(title.replace("\\n", " "));
    assertThat(doc.letterDate()).hasToString(date);
    assertThat(doc.author().name()).isEqualTo(author);
    assertThat(doc.author().state()).isEqualTo(state);
    assertThat(doc.author().role()).isEqualTo(role);
    assertThat(doc.addressees()).containsExactly(addressees.split(","));
    assertThat(doc.session()).isEqualTo(75);
  }
}
