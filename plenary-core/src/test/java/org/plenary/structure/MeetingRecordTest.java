package org.plenary.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.model.AgendaItem;
import org.plenary.model.Document;
import org.plenary.model.Source;

/**
 * Invented meeting records: the meeting line is no title, its date is the record's, and the agenda
 * items come from the headings of the discussion or from the provisional agenda the record prints.
 */
class MeetingRecordTest {
  private static Document parse(String text) throws PlenaryException {
    return Plenary.create().parse(new Source("record.txt", text.getBytes(StandardCharsets.UTF_8)));
  }

  private static final String VERBATIM = "United Nations\n\nA/85/PV.12\n\nGeneral Assembly\n\nEighty-fifth session\n\n"
      + "12th plenary meeting\n\nTuesday, 3 October 2030, 10 a.m.\n\nNew York\n\nPresident: Mr. Smith (Chile)\n\n"
      + "The meeting was called to order at 10.05 a.m.\n\nAgenda item 8 (continued)\n\nGeneral debate\n\n"
      + "The President: I give the floor to the representative of Peru.\n\n"
      + "Agenda item 64: Report of the Human Rights Council (continued) (A/85/53)\n\n"
      + "The President: The Assembly will now consider the report.\n";

  @Test
  void aVerbatimRecordHasNoTitleAndTheMeetingsDate() throws PlenaryException {
    Document doc = parse(VERBATIM);
    assertThat(doc.title()).isNull();
    assertThat(doc.type().id()).isEqualTo("meeting-record");
    assertThat(doc.date()).hasToString("2030-10-03");
  }

  @Test
  void readsTheAgendaItemsFromTheHeadingsOfTheDiscussion() throws PlenaryException {
    assertThat(parse(VERBATIM).agendaItems()).extracting(AgendaItem::number, AgendaItem::title)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(8, "General debate"),
            org.assertj.core.groups.Tuple.tuple(64, "Report of the Human Rights Council"));
  }

  @Test
  void readsTheAgendaItemsFromTheProvisionalAgendaItPrints() throws PlenaryException {
    Document doc = parse("United Nations\n\nS/PV.9123\n\nSecurity Council\n\nEighty-sixth year\n\n9123rd meeting\n\n"
        + "Monday, 2 June 2031, 3 p.m.\n\nNew York\n\nPresident: Mr. Smith (Chile)\n\n"
        + "Provisional agenda (S/Agenda/9123)\n\n1. Adoption of the agenda.\n\n2. The situation in the Middle East.\n\n"
        + "The meeting was called to order at 3.05 p.m.\n\nThe agenda was adopted.\n");
    assertThat(doc.title()).isNull();
    assertThat(doc.date()).hasToString("2031-06-02");
    assertThat(doc.agendaItems()).extracting(AgendaItem::number, AgendaItem::title)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Adoption of the agenda"),
            org.assertj.core.groups.Tuple.tuple(2, "The situation in the Middle East"));
  }

  @Test
  void readsAFlattenedProvisionalAgenda() throws PlenaryException {
    Document doc = parse("NACIONES UNIDAS CONSEJO DE SEGURIDAD ACTAS OFICIALES S/PV.612 612a. SESIÓN Celebrada en Nueva"
        + " York, el lunes 4 de mayo de 1953 Orden del día provisional (S/Agenda 612) 1. Aprobación del orden del día."
        + " 2. Cuestión de la admisión de nuevos Miembros. Se aprueba el orden del día.\n");
    assertThat(doc.agendaItems()).extracting(AgendaItem::number, AgendaItem::title)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Aprobación del orden del día"),
            org.assertj.core.groups.Tuple.tuple(2, "Cuestión de la admisión de nuevos Miembros"));
  }
}
