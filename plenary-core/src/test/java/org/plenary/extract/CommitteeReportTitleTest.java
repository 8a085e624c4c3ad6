package org.plenary.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.model.Document;
import org.plenary.model.Source;

/** A Main Committee's report whose page runs item title, report title and rapporteur together. */
class CommitteeReportTitleTest {
  private static final String MASTHEAD = "A/57/551\n\nUnited Nations\n\nGeneral Assembly\n\n"
      + "Distr.: General 4 December 2002\n\nOriginal: English\n\nFifty-seventh session Agenda item 104\n\n";
  private static final String BODY = "\n\nI. Introduction\n\n1. At its 19th plenary meeting, on 20 September 2002,"
      + " the General Assembly decided to include the item in its agenda.\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "item, report and rapporteur on one line|Report of the United Nations High Commissioner for Refugees and"
          + " humanitarian questions Report of the Third Committee Rapporteur: Ms. Oksana Boiko (Ukraine)"
          + "|Report of the Third Committee|Report of the United Nations High Commissioner for Refugees and"
          + " humanitarian questions",
      "report and rapporteur|Report of the Sixth Committee Rapporteur: Mr. Petr Válek (Czechia)"
          + "|Report of the Sixth Committee|",
      "no committee report|Report of the United Nations High Commissioner for Refugees"
          + "|Report of the United Nations High Commissioner for Refugees|"})
  void splitsTheTitleLine(String name, String line, String title, String itemTitle) throws PlenaryException {
    String text = MASTHEAD + line + BODY;
    Document doc = Plenary.create().parse(new Source(name + ".txt", text.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.title()).isEqualTo(title);
    assertThat(doc.agendaItems()).hasSize(1);
    assertThat(doc.agendaItems().get(0).title()).isEqualTo(itemTitle);
  }
}
