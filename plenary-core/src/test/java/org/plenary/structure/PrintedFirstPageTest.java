package org.plenary.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.model.AgendaItem;
import org.plenary.model.Document;
import org.plenary.model.Source;

/**
 * One invented first page per failure class that printed UN documents showed, as the PDF reader
 * gives their blocks (one line a block): the body that issues a document, the line that says what
 * it is, a commission's recommendation and a resolution's enacting formula are no title; agenda
 * lines of a preliminary list and double-letter sub-items; organs that only the symbol tells.
 */
class PrintedFirstPageTest {
  private static final String BODY = "\n\n1. The present document is submitted pursuant to resolution 84/200.\n";

  private static Document parse(String name, String text) throws PlenaryException {
    return Plenary.create().parse(new Source(name + ".txt", text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8)));
  }

  private static String masthead(String symbol, String organ) {
    return "United Nations\n\n" + symbol + "\n\n" + organ + "\n\nDistr.: General\n\n14 May 2031\n\nOriginal: English\n\n";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a body named with its word last is no title|Mountain Rivers Committee\\n\\nDecision adopted by the"
          + " Committee concerning communication No. 3100/2030|Decision adopted by the Committee concerning"
          + " communication No. 3100/2030|decision",
      "a Main Committee's name is no title|Eighty-fifth session\\n\\nSixth Committee\\n\\nStatus of documentation"
          + " for the Sixth Committee\\n\\nNote by the Secretariat|Status of documentation for the Sixth Committee|note",
      "an item's title without its agenda line is not the title of the statement under it|Eighty-fifth"
          + " session\\n\\nFollow-up to the World Conference on Rivers\\n\\nStatement submitted by River Friends, a"
          + " non-governmental organization in consultative status with the Economic and Social Council|Statement"
          + " submitted by River Friends, a non-governmental organization in consultative status with the Economic"
          + " and Social Council|statement",
      "the line naming who reports is the title when only agenda titles stand above it|Eighty-fifth session\\n\\n"
          + "Agenda item 6\\n\\nUniversal periodic review\\n\\nReport of the Working Group on the Universal Periodic"
          + " Review\\n\\nNorway|Report of the Working Group on the Universal Periodic Review|report",
      "an amendment to a draft resolution is a draft resolution|Norway: amendment to the draft resolution contained"
          + " in document A/85/L.12|Norway: amendment to the draft resolution contained in document A/85/L.12"
          + "|draft-resolution"})
  void findsTheTitleAndTypeOfAPrintedFirstPage(String name, String lines, String title, String type)
      throws PlenaryException {
    Document doc = parse(name, masthead("A/85/312", "General Assembly") + lines + BODY);
    assertThat(doc.title()).isEqualTo(title);
    assertThat(doc.type().id()).isEqualTo(type);
  }

  @Test
  void aResolutionsEnactingFormulaOnALineOfItsOwnIsNoTitle() throws PlenaryException {
    Document doc = parse("enacting formula", masthead("A/RES/85/246", "General Assembly")
        + "Eighty-fifth session\n\nAgenda item 136\n\nProposed programme budget for 2032\n\n"
        + "Resolution adopted by the General Assembly on 30 December 2030\n\n"
        + "[on the report of the Fifth Committee (A/85/568)]\n\n85/246. Working Capital Fund for 2032\n\n"
        + "The General Assembly\n\nResolves that:\n\n1. The Working Capital Fund shall be established for 2032;\n");
    assertThat(doc.title()).isEqualTo("Working Capital Fund for 2032");
    assertThat(doc.type().id()).isEqualTo("resolution");
  }

  @Test
  void aFrenchTitleMayEndOnAWordWithAnElidedArticle() throws PlenaryException {
    Document doc = parse("elision", "Nations Unies\n\nA/HRC/WG.6/40/NOR/1\n\nAssemblée générale\n\n"
        + "Distr. générale\n\n16 novembre 2031\n\nConseil des droits de l’homme\n\nQuarantième session\n\n"
        + "Rapport national présenté conformément au paragraphe 5 de l’annexe à la résolution 16/21 du Conseil des"
        + " droits de l’homme\n\nNorvège\n\n1. Le présent rapport a été établi conformément aux directives.\n");
    assertThat(doc.title()).isEqualTo("Rapport national présenté conformément au paragraphe 5 de l’annexe à la"
        + " résolution 16/21 du Conseil des droits de l’homme");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "an item of the preliminary list is provisional|Item 116 (c) of the preliminary list|116|(c)|true",
      "a sub-item of two letters|Agenda item 99 (aa)|99|(aa)|false"})
  void readsTheAgendaLine(String name, String line, int number, String sub, boolean provisional)
      throws PlenaryException {
    Document doc = parse(name, masthead("A/85/96", "General Assembly") + "Eighty-fifth session\n\n" + line
        + "\n\nElections to fill vacancies in subsidiary organs\n\nRiver basins\n\nNote by the Secretariat" + BODY);
    assertThat(doc.agendaItems()).singleElement().satisfies(item -> {
      assertThat(item.number()).isEqualTo(number);
      assertThat(item.subItem()).isEqualTo(sub);
      assertThat(item.provisional()).isEqualTo(provisional);
      assertThat(item.title()).isEqualTo("Elections to fill vacancies in subsidiary organs");
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "the Organization named inside an item's title|Review of relevant United Nations plans of action|A/85/96",
      "a symbol the item's title cites in parentheses|Letter dated 2 March 2031 from the Permanent Representative"
          + " of Norway to the United Nations addressed to the President of the Security Council (S/2031/136)"
          + "|A/85/96"})
  void readsAnItemsTitleWhole(String name, String title, String symbols) throws PlenaryException {
    Document doc = parse(name, masthead("A/85/96", "General Assembly") + "Eighty-fifth session\n\nAgenda item 5\n\n"
        + title + "\n\nRiver basins\n\nNote by the Secretariat" + BODY);
    assertThat(doc.agendaItems()).extracting(AgendaItem::title).containsExactly(title);
    assertThat(String.join(",", doc.symbols())).isEqualTo(symbols);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "the Secretariat's series|ST/IC/2031/1|Secretariat|SECRETARIAT",
      "a conference's series|A/CONF.300/2031/1|Seventh Conference on Mountain Rivers|OTHER",
      "a treaty body's series|CCPR/C/140/D/3100/2030|International Covenant on Civil and Political Rights|OTHER",
      "an old regional commission's series|TRANS/SC.2/2031/20|Economic and Social Council|ECOSOC"})
  void readsTheOrgansThatTheSymbolTellsWhereTheMastheadNamesNone(String name, String symbol, String organLine,
      String organ) throws PlenaryException {
    Document doc = parse(name, masthead(symbol, organLine) + "River basins\n\nNote by the Secretariat" + BODY);
    assertThat(doc.symbols()).containsExactly(symbol);
    assertThat(doc.organs()).extracting(Enum::name).containsExactly(organ);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a title line taken whole|Ambassador\\nPermanent Representative of Norway to the United Nations|Ambassador;"
          + "Permanent Representative of Norway to the United Nations",
      "a title wrapped over lines ending on a small word|President of the Security Council acting in the absence"
          + " of a Chair of the\\nSecurity Council Committee established pursuant to\\nresolution 3100 (2030)"
          + "|President of the Security Council acting in the absence of a Chair of the Security Council Committee"
          + " established pursuant to resolution 3100 (2030)",
      "a minister's title alone on its line|Minister\\nPermanent Observer|Minister;Permanent Observer"})
  void readsSignatureTitlesAsPrinted(String name, String lines, String titles) throws PlenaryException {
    Document doc = parse(name, "United Nations\n\nS/2031/5\n\nSecurity Council\n\nDistr.: General\n\n3 May 2031\n\n"
        + "Letter dated 2 May 2031 from the Permanent Observer of the State of Palestine to the United Nations"
        + " addressed to the Secretary-General\n\nI have the honour to inform you of the following.\n\n"
        + "(Signed) Kari Nordmann\n\n" + lines.replace("\\n", "\n\n") + "\n");
    assertThat(doc.signatories()).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo("Kari Nordmann");
      assertThat(String.join(";", s.titles())).isEqualTo(titles);
    });
    assertThat(doc.author().role()).isEqualTo("other");
  }
  /** Titles printed above the marker, in French and English, with a closing paragraph above them. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "fr|Nations Unies\\n\\nS/2031/55\\n\\nConseil de sécurité\\n\\nDistr. générale\\n\\n4 mars 2031\\n\\n"
          + "Lettre datée du 3 mars 2031, adressée au Secrétaire général par le Représentant permanent du Chili"
          + "\\n\\nJ’ai l’honneur de vous transmettre la présente lettre.\\n\\nLe Représentant permanent"
          + "\\n(Signé) Jean Dupont|Jean Dupont|Le Représentant permanent",
      "en|United Nations\\n\\nS/2031/55\\n\\nSecurity Council\\n\\nDistr.: General\\n\\n4 March 2031\\n\\n"
          + "Letter dated 3 March 2031 from the Permanent Representative of Chile to the United Nations addressed to"
          + " the Secretary-General\\n\\nI have the honour to transmit the present letter.\\n\\nAmbassador"
          + "\\nPermanent Representative\\n(Signed) John Smith|John Smith|Ambassador;Permanent Representative"})
  void readsSignatureTitlesPrintedAboveTheMarker(String language, String text, String name, String titles)
      throws PlenaryException {
    Document doc = parse(language, text + "\n");
    assertThat(doc.signatories()).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo(name);
      assertThat(String.join(";", s.titles())).isEqualTo(titles);
    });
  }


  @Test
  void namesPrintedBeforeTheirMarkersOnOneLineAreTwoSignatories() throws PlenaryException {
    Document doc = parse("two signatures on one line", "联合国\n\nS/2031/5\n\n安全理事会\n\nDistr.: General\n\n"
        + "2031年5月3日\n\n2031年5月2日挪威常驻联合国代表给秘书长的信\n\n谨通知你以下情况。\n\n"
        + "卡丽·诺德曼(签名)奥拉·汉森(签名)\n");
    assertThat(doc.signatories()).extracting(s -> s.name()).containsExactly("卡丽·诺德曼", "奥拉·汉森");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "the date under an annex's title is its date, not part of its title|Comment of the Ministry of Foreign Affairs"
          + " on the floods\\n27 January 2031|Comment of the Ministry of Foreign Affairs on the floods|2031-01-27",
      "a subtitle under an annex's title stays apart|Candidature of Norway to the Human Rights Council, 2032-2034"
          + "\\nVoluntary pledges and commitments|Candidature of Norway to the Human Rights Council, 2032-2034|",
      "a title wrapped after a small word goes on|Pending matters for consideration by the\\nSpecial Committee"
          + "|Pending matters for consideration by the Special Committee|",
      "a note on how it is issued is no title|[English only]\\nComposition of the delegation|Composition of the"
          + " delegation|"})
  void readsAnAnnexTitleAndDate(String name, String heading, String title, String date) throws PlenaryException {
    Document doc = parse(name, masthead("A/85/96", "General Assembly") + "River basins\n\nNote by the Secretariat\n\n"
        + "Contents\n\nAnnex\n\nComposition of the delegation .......................... 31\n\n"
        + "1. The present document is submitted pursuant to resolution 84/200.\n\nAnnex\n\n"
        + heading.replace("\\n", "\n\n") + "\n\nThe Ministry is following with concern the floods in the north.\n");
    assertThat(doc.annexes()).singleElement().satisfies(annex -> {
      assertThat(annex.title()).isEqualTo(title);
      assertThat(annex.date() == null ? null : annex.date().toString()).isEqualTo(date);
    });
  }
}
