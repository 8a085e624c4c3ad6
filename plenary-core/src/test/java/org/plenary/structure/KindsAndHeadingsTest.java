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
 * Invented texts of kinds and phrasings the packs once missed, and web pages whose own heading
 * stands above the UN's title. Each row gives a text ("\n" for a line break), its title and type.
 */
class KindsAndHeadingsTest {
  private static Document parse(String name, String text) throws PlenaryException {
    return Plenary.create().parse(new Source(name + ".txt", text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a summary statement|United Nations\\n\\nS/2031/10\\n\\nSecurity Council\\n\\nDistr.: General\\n\\n4 January 2031"
          + "\\n\\nSummary statement by the Secretary-General on matters of which the Security Council is seized"
          + "\\n\\n1. Pursuant to rule 11, I submit the following.|Summary statement by the Secretary-General on"
          + " matters of which the Security Council is seized|summary-statement",
      "an ordinal before the report word|United Nations\\n\\nA/85/400\\n\\nGeneral Assembly\\n\\nDistr.: General"
          + "\\n\\n4 May 2031\\n\\nQuatre-vingt-cinquième session\\n\\nDeuxième rapport du Bureau\\n\\n1. Le Bureau a"
          + " tenu sa deuxième séance.|Deuxième rapport du Bureau|report",
      "a numbered report in Chinese|A/85/400\\n\\n总务委员会第二次报告\\n\\n1. 总务委员会举行了会议。|总务委员会第二次报告|report",
      "a Security Council resolution named by its number in Arabic|قرار مجلس الأمن رقم 700\\n\\nإن مجلس الأمن،\\n\\n"
          + "إذ يشير إلى قراره.|قرار مجلس الأمن رقم 700|resolution",
      "a letter title whose first word the page dropped|Letter to the Secretary-General\\n\\nDated 3 March 2031 from"
          + " the Permanent Representative of Chile to the United Nations addressed to the Secretary-General\\n\\nI"
          + " have the honour to transmit the text.|Dated 3 March 2031 from the Permanent Representative of Chile to"
          + " the United Nations addressed to the Secretary-General|letter",
      "a page heading with a site's name above a note verbale|Note verbale - Office of Legal Affairs\\n\\nNote verbale"
          + " dated 3 March 2031 from the Permanent Mission of Chile to the United Nations addressed to the"
          + " Secretary-General\\n\\nThe Permanent Mission of Chile presents its compliments.|Note verbale dated 3 March"
          + " 2031 from the Permanent Mission of Chile to the United Nations addressed to the Secretary-General"
          + "|note-verbale",
      "a page heading that adds the subtitle and symbol|Access to water in rural areas - Report of the"
          + " Secretary-General (S/2031/100)\\n\\nAccess to water in rural areas\\n\\nReport of the Secretary-General"
          + "\\n\\n1. The present report is submitted pursuant to resolution 2700 (2030).|Access to water in rural"
          + " areas|report",
      "a resolution whose title opens with a year|United Nations\\n\\nA/RES/85/279\\n\\nGeneral Assembly\\n\\n"
          + "Distr.: General\\n\\n4 May 2031\\n\\nEighty-fifth session\\n\\nAgenda item 12\\n\\n"
          + "Resolution adopted by the General Assembly on 2 May 2031\\n\\n85/279. 2033, International Year of Sand"
          + "\\n\\nThe General Assembly,\\n\\nDecides to proclaim 2033 the International Year of Sand."
          + "|2033, International Year of Sand|resolution",
      "a draft resolution whose title names a report|United Nations\\n\\nA/85/L.7\\n\\nGeneral Assembly\\n\\n"
          + "Distr.: Limited\\n\\n4 May 2031\\n\\nEighty-fifth session\\n\\nAgenda item 89\\n\\nReport of the"
          + " Atlantic Fisheries Agency\\n\\nChile:* draft resolution\\n\\nReport of the Atlantic Fisheries Agency"
          + "\\n\\nThe General Assembly,\\n\\nTakes note of the report.|Report of the Atlantic Fisheries Agency"
          + "|draft-resolution",
      "a title under an item's title longer than any document title|United Nations\\n\\nE/CN.9/2031/4\\n\\n"
          + "Economic and Social Council\\n\\nDistr.: General\\n\\n4 May 2031\\n\\nOriginal: English\\n\\n"
          + "Commission on Population and Development\\n\\nSixty-fourth session\\n\\nAgenda item 3 (b)\\n\\n"
          + "Follow-up to the International Conference on Population and Development and to the special session of"
          + " the General Assembly on the further implementation of its Programme of Action, entitled “Population"
          + " and development: the next decades”: implementation of strategic objectives and actions in critical"
          + " areas of concern and further actions and initiatives: review and appraisal of the implementation of"
          + " the Programme of Action and the outcomes of the special session of the General Assembly (pursuant to"
          + " Economic and Social Council resolution 2029/5)\\n\\nInteractive dialogue with the regional"
          + " commissions on their reviews\\n\\nChair’s summary\\n\\n1. On 3 May 2031, the Commission held an"
          + " interactive dialogue with the regional commissions.|Interactive dialogue with the regional commissions"
          + " on their reviews|other",
      "a resolution a corrigendum's sentence cites by a capitalised name|United Nations\\n\\nDP/2031/14/Corr.1"
          + "\\n\\nExecutive Board\\n\\nDistr.: General\\n\\n4 May 2031\\n\\nOriginal: English\\n\\n"
          + "Annual report on evaluation, 2030\\n\\nCorrigendum\\n\\nThe first reference in the document should"
          + " be followed by a footnote stating, “References shall be understood in the context of the Security"
          + " Council Resolution 4455 (2029).”|Annual report on evaluation, 2030|report",
      "a subtitle with an ordinal|United Nations\\n\\nS/2031/254\\n\\nSecurity Council\\n\\nDistr.: General\\n\\n"
          + "4 May 2031\\n\\nOriginal: English\\n\\nImplementation of Security Council resolution 4000 (2030)\\n\\n"
          + "Second semi-annual report of the Secretary-General\\n\\nI. Background\\n\\n1. The present report covers"
          + " the year.|Implementation of Security Council resolution 4000 (2030)|report",
      "an older layout's item title in capitals|UNITED NATIONS\\n\\nA/47/900\\n\\nGeneral Assembly\\n\\nDistr."
          + " GENERAL\\n\\n11 September 1992\\n\\nORIGINAL: ENGLISH\\n\\nForty-seventh session\\n\\nItem 103 of the"
          + " provisional agenda\\n\\nQUESTION OF SAND\\n\\nProgress report of the Secretary-General\\n\\n1. In the last"
          + " report the Secretary-General reported on the talks.|Progress report of the Secretary-General|report",
      "a sponsor's name broken before the State|United Nations\\n\\nE/2031/L.19\\n\\nEconomic and Social Council"
          + "\\n\\nDistr.: Limited\\n\\n21 July 2031\\n\\nOriginal: English\\n\\n2031 session\\n\\nAgenda item 4\\n\\n"
          + "Elections\\n\\nDraft decision submitted by the Vice-President of the Council, Ana María\\n\\nPérez (Chile)"
          + "\\n\\nAppointment of a member of the Advisory Group on Sand\\n\\nThe Economic and Social Council, recalling"
          + " its resolution 2030/20, decides to appoint a member.|Appointment of a member of the Advisory Group on"
          + " Sand|draft-decision",
      "a joint masthead's right column|United Nations\\n\\nA/85/73-E/2031/51\\n\\nGeneral Assembly\\n\\nEconomic"
          + " and Social Council\\n\\nDistr.: General\\n\\n28 March 2031\\n\\nOriginal: English\\n\\nGeneral Assembly"
          + "\\n\\nEighty-fifth session\\n\\nItem 24 of the preliminary list\\n\\nAgriculture and sand\\n\\n                                        Economic"
          + " and Social Council\\n\\n                                        2031 session\\n\\n                                        Agenda item 12\\n\\n                                        Implementation of and follow-up"
          + " to major\\n\\n                                        United Nations conferences and summits\\n\\nMain decisions of the Committee on Sand\\n\\n"
          + "Note by the Secretary-General\\n\\n     The Secretary-General has the honour to transmit herewith a report"
          + " on the main decisions of the Committee on Sand.\\n\\nReport on the main decisions of the Committee on"
          + " Sand\\n\\n[Original: English]\\n\\nIntroduction\\n\\n1. This report responds to decision 2031/217."
          + "|Main decisions of the Committee on Sand|note",
      "a conference's name where an organ's stands|United Nations\\n\\nA/CONF.250/2031/1\\n\\nGeneral Assembly"
          + "\\n\\nDistr.: General\\n\\n4 August 2031\\n\\nOriginal: English\\n\\nHigh-level International Conference on"
          + " the Peaceful Settlement of Sand Disputes\\n\\nLima Declaration on Sand\\n\\nNote by the Co-Chairs\\n\\n"
          + "     The Co-Chairs of the Conference have the honour to transmit the text of the Lima Declaration."
          + "|Lima Declaration on Sand|note",
      "a conference's place and dates|United Nations\\n\\nA/CONF.250/2031/INF/1\\n\\nDistr.: General\\n\\n"
          + "6 May 2031\\n\\nOriginal: English\\n\\nHigh-level International Conference on Sand\\n\\nLima, Peru,"
          + " 9–13 June 2031\\n\\nInformation note for participants\\n\\nI. Background\\n\\n1. By its resolution"
          + " 85/128, the General Assembly decided to convene the Conference.|Information note for participants|other",
      "a resolution's title that ends on a State in parentheses|United Nations\\n\\nA/RES/85/294\\n\\nGeneral"
          + " Assembly\\n\\nDistr.: General\\n\\n7 July 2031\\n\\nEighty-fifth session\\n\\nAgenda item 154\\n\\n"
          + "Financing of peacekeeping\\n\\nResolution adopted by the General Assembly on 30 June 2031\\n\\n[on the"
          + " report of the Fifth Committee (A/85/936)]\\n\\n85/294. Financing of the Service Centre in Lima (Peru)"
          + "\\n\\nThe General Assembly,\\n\\nRecalling its resolution 84/307.|Financing of the Service Centre in Lima"
          + " (Peru)|resolution",
      // the first sessions numbered a resolution with its session in Roman numerals
      "a first-session resolution's number before its title|United Nations\\n\\nGeneral Assembly\\n\\n"
          + "31 (I). Transfer of certain archives\\n\\nThe General Assembly,\\n\\nDecides to transfer the archives."
          + "|Transfer of certain archives|resolution",
      "a first-session resolution named by its number|Nations Unies\\n\\nAssemblée générale\\n\\nRésolution 31 (I)"
          + "\\n\\nAdoptée par l’Assemblée générale le 3 mars 1946\\n\\nL’Assemblée générale,\\n\\nDécide de"
          + " transférer les archives.|Résolution 31 (I)|resolution",
      "a first-session resolution named by its number in Chinese|联合国\\n\\n大会\\n\\n第31(I)号决议\\n\\n"
          + "大会1946年3月3日通过\\n\\n大会,\\n\\n决定移交该等档案。|第31(I)号决议|resolution"})
  void readsTheTitleAndTheKind(String name, String text, String title, String type) throws PlenaryException {
    Document doc = parse(name, text);
    assertThat(doc.title()).isEqualTo(title);
    assertThat(doc.type().id()).isEqualTo(type);
  }

  /** A resolution of the first sessions names its session in its number, in Roman numerals. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "before its title|General Assembly\\n\\n31 (I). Transfer of certain archives\\n\\nThe General Assembly,"
          + "\\n\\nDecides to transfer the archives.|1",
      "in its name|Asamblea General\\n\\nResolución 112 (II)\\n\\nLa Asamblea General,\\n\\nDecide transferir"
          + " los archivos.|2",
      "in Chinese|大会\\n\\n第31(III)号决议\\n\\n大会,\\n\\n决定移交该等档案。|3",
      "not a sub-item's letter|General Assembly\\n\\n31 (i). Transfer of certain archives\\n\\nThe General"
          + " Assembly,\\n\\nDecides to transfer the archives.|"})
  void readsTheSessionARomanNumeralGivesAResolutionsNumber(String name, String text, Integer session)
      throws PlenaryException {
    assertThat(parse(name, text).session()).isEqualTo(session);
  }

  /** An agenda item's reference title followed by a colon: the sub-item's title printed after it stays. */
  @org.junit.jupiter.api.Test
  void keepsASubItemsTitleAfterTheItemsReferenceTitle() throws PlenaryException {
    Document doc = parse("fr", "Nations Unies\n\nA/RES/75/900\n\nAssemblée générale\n\nDistr. générale\n\n"
        + "4 mai 2021\n\nSoixante-quinzième session\n\nPoint 103 de l’ordre du jour\n\nDésarmement général et"
        + " complet : essais de sable\n\nRésolution adoptée par l’Assemblée générale le 2 mai 2021\n\n75/900. Essais"
        + " de sable\n\nL’Assemblée générale,\n\nDécide de poursuivre.\n");
    assertThat(doc.agendaItems()).singleElement().satisfies(i -> {
      assertThat(i.number()).isEqualTo(103);
      assertThat(i.title()).isEqualTo("Désarmement général et complet : essais de sable");
    });
  }

  @org.junit.jupiter.api.Test
  void aLetterHeadingAfterTheBodysTextOpensAnAnnex() throws PlenaryException {
    Document doc = parse("note", "United Nations\n\nA/85/500\n\nGeneral Assembly\n\nDistr.: General\n\n4 May 2031\n\n"
        + "Eighty-fifth session\n\nAgenda item 71\n\nPromotion of human rights\n\nAccess to water in rural areas\n\n"
        + "Note by the Secretary-General\n\nThe Secretary-General has the honour to transmit to the General Assembly"
        + " the following letter from the Permanent Representative of Chile.\n\nLetter dated 3 May 2031 from the"
        + " Permanent Representative of Chile to the United Nations addressed to the Secretary-General\n\nI have the"
        + " honour to transmit the report of my Government.\n");
    assertThat(doc.type().id()).isEqualTo("note");
    assertThat(doc.title()).isEqualTo("Access to water in rural areas");
    assertThat(doc.letterDate()).isNull();
    assertThat(doc.annexes()).hasSize(1);
  }

  /** The head of a Main Committee's draft, as the UN prints it above "The General Assembly,". */
  private static final String DRAFT_HEAD = "United Nations\n\nA/C.2/85/L.7\n\nGeneral Assembly\n\nDistr.: Limited"
      + "\n\n4 November 2031\n\nOriginal: English\n\nEighty-fifth session\n\nSecond Committee\n\nAgenda item 89\n\n";

  /**
   * Under its agenda title a draft prints its sponsor line (as long as the list of States), or a bare
   * "Draft resolution" where the Chair submits it, and then its own title, whatever that title names;
   * everything between the agenda line and the sponsor line is the item's title, however it broke.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a sponsor line longer than any title|Oceans and the law of the sea|{sponsors}: draft resolution"
          + "|Sustainable fisheries in the Atlantic|draft-resolution",
      "an agenda title broken before a capital|Report of the Commission on International\\n\\nSand Law on the work of"
          + " its ninetieth session|Draft resolution|Convention on Sand Documents|draft-resolution",
      "a title that names a body|Crimes against sand|Chile and Peru: draft decision|Preparatory Committee for"
          + " the Conference on Sand|draft-decision"})
  void readsADraftsTitleUnderItsSponsorLine(String name, String agendaTitle, String sponsor, String title, String type)
      throws PlenaryException {
    String sponsors = String.join(", ", java.util.Collections.nCopies(40, "Bosnia and Herzegovina")) + " and Chile";
    Document doc = parse(name, DRAFT_HEAD + agendaTitle + "\n\n" + sponsor.replace("{sponsors}", sponsors)
        + "\n\n" + title + "\n\nThe General Assembly,\n\nDecides to continue.\n");
    assertThat(doc.title()).isEqualTo(title);
    assertThat(doc.type().id()).isEqualTo(type);
    assertThat(doc.agendaItems()).singleElement().satisfies(i -> assertThat(i.title()).isEqualTo(
        agendaTitle.replace("\\n\\n", " ")));
  }

  /** The head of a Security Council draft: the sponsor line under the masthead, no agenda line. */
  private static final String COUNCIL_HEAD = "United Nations\\n\\nS/2031/14\\n\\nSecurity Council\\n\\nDistr.: General"
      + "\\n\\n4 November 2031\\n\\nOriginal: English\\n\\n";

  /**
   * A Security Council draft or amendment prints no title of its own: its sponsor line is its title,
   * and an amendment's first words, indented as a paragraph under it, are no title. A General
   * Assembly amendment prints the amended draft's title under its sponsor line.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a Council draft|" + "Chile and Peru: draft resolution\\n\\n     The Security Council,\\n\\n     Decides to"
          + " continue.|Chile and Peru: draft resolution",
      "a Council amendment|Chile: amendment to the draft resolution contained in document S/2031/12\\n\\n     In"
          + " operative paragraph 1, replace:\\n\\n          “sand”\\n\\n     with\\n\\n          “water”."
          + "|Chile: amendment to the draft resolution contained in document S/2031/12",
      "an Assembly amendment|Eighty-fifth session\\n\\nAgenda item 89\\n\\nOceans and the law of the sea\\n\\n"
          + "Chile:* amendment to draft resolution A/85/L.12\\n\\nSustainable fisheries in the Atlantic\\n\\n     Delete"
          + " the third preambular paragraph.|Sustainable fisheries in the Atlantic"})
  void readsADraftsSponsorLineAsItsTitleWhereNoneFollows(String name, String text, String title)
      throws PlenaryException {
    Document doc = parse(name, COUNCIL_HEAD + text + "\\n");
    assertThat(doc.title()).isEqualTo(title);
    assertThat(doc.type().id()).isEqualTo("draft-resolution");
  }

  /** An annex that prints only its dateline under its label has that date and no title. */
  @org.junit.jupiter.api.Test
  void anAnnexWithOnlyADatelineHasItsDateAndNoTitle() throws PlenaryException {
    Document doc = parse("annex", "United Nations\\n\\nS/2031/510\\n\\nSecurity Council\\n\\nDistr.: General\\n\\n"
        + "12 August 2031\\n\\nOriginal: English\\n\\nLetter dated 11 August 2031 from the Permanent Representative"
        + " of Chile to the United Nations addressed to the President of the Security Council\\n\\nI have the honour"
        + " to transmit the letter of my Minister (see annex).\\n\\n(Signed) Ana Pérez\\n\\nAnnex\\n\\n"
        + "11 August 2031\\n\\nExcellency,\\n\\nI write to inform you of the talks.\\n");
    assertThat(doc.annexes()).singleElement().satisfies(a -> {
      assertThat(a.title()).isNull();
      assertThat(a.date()).hasToString("2031-08-11");
    });
  }
}
