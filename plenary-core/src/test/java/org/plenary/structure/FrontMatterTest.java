package org.plenary.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.model.Document;
import org.plenary.model.Source;

/**
 * One invented first page per failure class that documents never seen showed: the title among the
 * lines the UN prints around it, glued masthead phrases, symbols and dates printed loosely, the
 * session and year the masthead allows. Each row gives a text ("\n" for a line break) and what its
 * record must say.
 */
class FrontMatterTest {
  private static final String MASTHEAD = "United Nations\nA/85/312\nGeneral Assembly\nDistr.: General\n"
      + "14 May 2031\nOriginal: English\nEighty-fifth session\nAgenda item 71\n"
      + "Promotion and protection of human rights\n";
  private static final String BODY = "\n\n1. The present report is submitted pursuant to resolution 84/200.\n";

  private static Document parse(String name, String text) throws PlenaryException {
    return Plenary.create().parse(new Source(name + ".txt", text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "an agenda title is never the title|Annual report of the Special Rapporteur on water|Annual report of the"
          + " Special Rapporteur on water",
      "the subtitle under the title is not part of it|Access to water in rural areas\\n\\nReport of the"
          + " Secretary-General|Access to water in rural areas",
      "a title wrapped over a hard break goes on after a small word|Credentials of the representatives of Peru"
          + " on the\\n\\nSecurity Council\\n\\nReport of the Secretary-General|Credentials of the representatives"
          + " of Peru on the Security Council",
      "a draft's sponsor line is not the title|Chile, Ghana* and Nepal: draft resolution\\n\\n85/… Protection"
          + " of coastal wetlands|Protection of coastal wetlands",
      "a sponsor line in words|Draft decision submitted by the Chair\\n\\nQuestions deferred to a later"
          + " session|Questions deferred to a later session",
      "the body's name is no title|Committee on Mountain Rivers\\n\\nOrganization of work\\n\\nNote by the"
          + " Chair|Organization of work"})
  void findsTheTitleBelowTheAgendaTitles(String name, String lines, String title) throws PlenaryException {
    Document doc = parse(name, MASTHEAD + lines + BODY);
    assertThat(doc.title()).isEqualTo(title);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a sponsor line makes a draft resolution|Chile and Nepal: draft resolution\\n\\nRiver basins|draft-resolution",
      "a sponsor line in words makes a draft decision|Draft decision submitted by the Vice-Chair\\n\\nRiver"
          + " basins|draft-decision",
      "the subtitle says what the document is|River basins\\n\\nNote by the Secretariat|note"})
  void readsTheTypeFromTheLinesAroundTheTitle(String name, String lines, String type) throws PlenaryException {
    assertThat(parse(name, MASTHEAD + lines + BODY).type().id()).isEqualTo(type);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a resolution's number is not part of its title|Resolution adopted by the General Assembly on 2 March 2031"
          + "\\n\\n[without reference to a Main Committee (A/85/L.7)]\\n\\n85/12. International day of mountain"
          + " rivers\\n\\nThe General Assembly,\\n\\nRecalling its resolution 80/1,|International day of mountain"
          + " rivers|resolution"})
  void readsAResolutionsOwnTitle(String name, String text, String title, String type) throws PlenaryException {
    Document doc = parse(name, "United Nations\n\nA/RES/85/12\n\nGeneral Assembly\n\nDistr.: General\n\n"
        + "9 March 2031\n\nEighty-fifth session\n\nAgenda item 12\n\nCulture of peace\n\n" + text);
    assertThat(doc.title()).isEqualTo(title);
    assertThat(doc.type().id()).isEqualTo(type);
    assertThat(doc.agendaItems()).singleElement().satisfies(i -> assertThat(i.title()).isEqualTo("Culture of peace"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "spaces around a symbol's slashes|United Nations A/85/ PV.7|A/85/PV.7",
      "a scan's spaced verbatim record symbol|S / P V . 9123|S/PV.9123",
      "a symbol glued to the organ before it|Security CouncilS/2031/412|S/2031/412",
      "two symbols printed together|A/85/99S/2031/300|A/85/99,S/2031/300",
      "a symbol issued in parts|A/85/15 (Part II)|A/85/15 (Part II)",
      "an addendum to a part|DP/FPA/2031/4 (Part I/Add.1)|DP/FPA/2031/4 (Part I/Add.1)"})
  void readsTheOwnSymbolsAsTheUnWritesThem(String name, String line, String symbols) throws PlenaryException {
    Document doc = parse(name, line + "\n\nDistr.: General\n\n14 May 2031\n\nRiver basins" + BODY);
    assertThat(String.join(",", doc.symbols())).isEqualTo(symbols);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a date glued to its year|en|3 October2031|2031-10-03",
      "a Spanish date without de|es|12 mayo 2031|2031-05-12",
      "a Spanish date with de|es|12 de mayo de 2031|2031-05-12"})
  void readsTheIssueDate(String name, String language, String date, String iso) throws PlenaryException {
    String text = language.equals("en") ? "United Nations\n\nA/85/7\n\nGeneral Assembly\n\nDistr.: General\n\n"
        + date + "\n\nRiver basins" + BODY
        : "Naciones Unidas\n\nA/85/7\n\nAsamblea General\n\nDistr. general\n\n" + date
        + "\n\nCuencas fluviales\n\n1. El presente informe se presenta en cumplimiento de la resolución 84/200.\n";
    assertThat(parse(name, text).date()).hasToString(iso);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a session without a date gives no year|Eighty-fifth session||85",
      "an emergency special session has no number of the series|Twelfth emergency special session||"})
  void neverGuessesTheYearOrAnEmergencySessionsNumber(String name, String line, Integer year, Integer session)
      throws PlenaryException {
    Document doc = parse(name, "United Nations\n\nA/ES-12/4\n\nGeneral Assembly\n\n" + line + "\n\nRiver basins" + BODY);
    assertThat(doc.year()).isEqualTo(year);
    assertThat(doc.session()).isEqualTo(session);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "an office writes|from the President of the Security Council|President of the Security Council|",
      "a State's name without its article|from the Permanent Representative of the Republic of Moldova to the"
          + " United Nations|Republic of Moldova|MDA"})
  void readsTheAuthorAsPrinted(String name, String from, String author, String state) throws PlenaryException {
    Document doc = parse(name, "United Nations\n\nS/2031/5\n\nSecurity Council\n\nDistr.: General\n\n3 May 2031\n\n"
        + "Letter dated 2 May 2031 " + from + " addressed to the Secretary-General\n\nI have the honour to"
        + " inform you of the following.\n");
    assertThat(doc.author().name()).isEqualTo(author);
    assertThat(doc.author().state()).isEqualTo(state);
  }

  /** A resolution that cites a letter "circulated as document S/..." asks for no circulation of its own. */
  @org.junit.jupiter.api.Test
  void aDocumentCitedAsCirculatedUnderItsSymbolIsNoCirculationRequest() throws PlenaryException {
    Document doc = parse("ru", "Организация Объединенных Наций\n\nS/RES/3100 (2031)\n\nСовет Безопасности\n\n"
        + "Distr.: General\n\n3 мая 2031 года\n\nРезолюция 3100 (2031)\n\nСовет Безопасности,\n\n1. принимает к"
        + " сведению письмо, распространенное в качестве документа S/2031/275, и заявляет о готовности Совета"
        + " Безопасности рассмотреть этот вопрос.\n");
    assertThat(doc.circulation()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "the body starts only at a block's start and with its capital|be circulated as a document of\\nthe General"
          + " Assembly, under agenda item 71.|GA"})
  void findsTheBodyStartOnlyWhereItOpensABlock(String name, String text, String organ) throws PlenaryException {
    Document doc = parse(name, "United Nations\n\nA/85/9\n\nGeneral Assembly\n\nDistr.: General\n\n3 May 2031\n\n"
        + "Letter dated 2 May 2031 from the Permanent Representative of Norway to the United Nations addressed to the"
        + " Secretary-General\n\nI have the honour to request that the present letter " + text.replace("\\n", "\n")
        + "\n");
    assertThat(doc.circulation()).isNotNull();
    assertThat(doc.circulation().organs()).extracting(Enum::name).containsExactly(organ);
    assertThat(doc.circulation().agendaItems()).containsExactly(71);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "a web page's own heading is no title when the statement has none;联合国安理会主席声明2031年第5号 某文库"
          + "\\n← | 上一篇 | S/PRST/2031/5 |\\n\\n安全理事会主席在2031年3月2日安全理事会第9100次会议上，代表安理会发表声明如下："
          + "\\n\\n“安全理事会欢迎各方达成协议。”;S/PRST/2031/5;presidential-statement"})
  void readsAPresidentialStatementWithoutATitle(String name, String text, String symbol, String type)
      throws PlenaryException {
    Document doc = parse(name, text);
    assertThat(doc.title()).isNull();
    assertThat(doc.symbols()).containsExactly(symbol);
    assertThat(doc.type().id()).isEqualTo(type);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a Russian scan's job number, its R read in Cyrillic|ru|Генеральная Ассамблея|31-04268 (В) 100131 100131|31-04268 (R)",
      "a Russian scan's job number, its letter read as a Cyrillic look-alike|ru|Генеральная Ассамблея|31-04268 (Р)|31-04268 (R)",
      "a scan's job number whose closing parenthesis the barcode below took|en|General Assembly|31-04268 (E|31-04268 (E)",
      "a scan's job number parted at its dash|en|General Assembly|31- 04268 (E) 100131|31-04268 (E)",
      "a scan's New York job number whose space before its letter was lost|en|General Assembly|31-04268(E) 100131|31-04268 (E)",
      "a Geneva job number is kept as printed|en|General Assembly|GE.31-04268(E)|GE.31-04268(E)",
      "an English job number is left as printed|en|General Assembly|31-04268 (E) 100131|31-04268 (E)"})
  void readsAJobNumberLetterAScanGaveInCyrillicAsTheLetterOfTheDocumentsLanguage(String name, String language,
      String organ, String foot, String job) throws PlenaryException {
    String body = language.equals("ru")
        ? "Письмо Постоянного представителя Норвегии от 2 мая 2031 года на имя Генерального секретаря\n\n"
            + "Имею честь препроводить настоящим письмо министра иностранных дел Норвегии.\n"
        : "Letter dated 2 May 2031 from the Permanent Representative of Norway addressed to the Secretary-General\n\n"
            + "I have the honour to transmit herewith the letter of the Minister for Foreign Affairs of Norway.\n";
    Document doc = parse(name, "A/85/9\n\n" + organ + "\n\n" + body + "\n" + foot + "\n");
    assertThat(doc.jobNumber()).isEqualTo(job);
  }

  @org.junit.jupiter.api.Test
  void readsALinePrintedTwiceByAPagePairingTwoVersionsOnce() throws PlenaryException {
    Document doc = parse("bilingual", "A/AC.999/2031/L.4A/AC.999/2031/L.4\nUnited Nationsالأمم المتحدة\n"
        + "General Assemblyالجمعية العامة\n31-0426831-04268\nDraft resolution submitted by the Chair\n"
        + "Question of Mountain Riversمسألة الأنهار الجبلية\nThe General Assembly,\nHaving considered the question,\n");
    assertThat(doc.symbols()).containsExactly("A/AC.999/2031/L.4");
    assertThat(doc.jobNumber()).isEqualTo("31-04268");
  }

  @Test
  void takesNoItemTitleAfterAnAgendaLineInsideParentheses() throws PlenaryException {
    Document doc = parse("agenda line in parentheses", "United Nations\n\nTRANS/SC.2/2031/20\n\n"
        + "Economic and Social Council\n\nDistr.: General\n\n6 August 2031\n\nOriginal: English\n\n"
        + "ECONOMIC COMMISSION FOR EUROPE\n\nWorking Party on Mountain Railways\n\n"
        + "(Fifty-fifth session, 16-18 October 2031, agenda item 13)\n\nMOUNTAIN RAILWAY PROJECT\n\n"
        + "Progress report" + BODY);
    assertThat(doc.agendaItems()).singleElement().satisfies(i -> assertThat(i.title()).isNull());
    assertThat(doc.title()).isEqualTo("MOUNTAIN RAILWAY PROJECT");
  }

  @Test
  void takesTheFundNamedOverTheTitleForWhoIssuesIt() throws PlenaryException {
    Document doc = parse("fund over the title", "United Nations\n\nDP/FPA/2031/7\n\nExecutive Board of the\n\n"
        + "United Nations Mountain Programme\n\nDistr.: General\n\n19 May 2031\n\nOriginal: English\n\n"
        + "Annual session 2031\n\n2 to 5 June 2031, New York\n\nItem 4 of the provisional agenda\n\n"
        + "Reports of the ethics offices\n\nUnited Nations River Fund\n\nReport of the Ethics Office 2030" + BODY);
    assertThat(doc.title()).isEqualTo("Report of the Ethics Office 2030");
  }

  @Test
  void takesNoTitleFromTheSummaryBoxUnderAnAgendaLineWithoutItemTitle() throws PlenaryException {
    Document doc = parse("summary box", "United Nations\n\nE/ICEF/2031/12\n\nEconomic and Social Council\n\n"
        + "Distr.: General\n\n14 April 2031\n\nOriginal: English\n\nUnited Nations Children’s Fund\n\n"
        + "Executive Board\n\nAnnual session 2031\n\n10–13 June 2031\n\nItem 3 of the provisional agenda\n\n"
        + "Annual report for 2030 of the Executive Director\n\nSummary\n\nThe present report is the third annual"
        + " report of the Executive Director on the Strategic Plan." + BODY);
    assertThat(doc.title()).isEqualTo("Annual report for 2030 of the Executive Director");
  }
}
