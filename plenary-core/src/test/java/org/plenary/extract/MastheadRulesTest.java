package org.plenary.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.model.Document;
import org.plenary.model.Source;

/**
 * The masthead of an old meeting record flattened onto one line, whose symbol stands only after its
 * table of contents, and the masthead an Official Records cover prints below its title.
 */
class MastheadRulesTest {
  private static final String FILLER_EN = "The relevant documents not reproduced in full in the records of the"
      + " meetings of the Security Council are published in monthly supplements to the Official Records. ";
  private static final String FILLER_ZH = "安全理事会会议记录中未全文转载的有关文件刊载于正式记录月度补编。";

  /** The symbol printed in the text is the record's own only where it is the masthead's meeting. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en, same meeting|UNITED NATIONS SECURITY COUNCIL OFFICIAL RECORDS FIFTH YEAR 502nd MEETING 18 SEPTEMBER 1950"
          + " CONTENTS 1. Provisional agenda|en|S/PV.502|S/PV.502|meeting-record",
      "en, another meeting|UNITED NATIONS SECURITY COUNCIL OFFICIAL RECORDS FIFTH YEAR 502nd MEETING 18 SEPTEMBER 1950"
          + " CONTENTS 1. Provisional agenda|en|S/PV.501||meeting-record",
      "en, meeting named only past the opening|UNITED NATIONS SECURITY COUNCIL OFFICIAL RECORDS FIFTH YEAR"
          + " 18 SEPTEMBER 1950 CONTENTS 1. Provisional agenda|en|502nd MEETING S/PV.502||other",
      "zh, same meeting|联合国 安全理事会 正式记录 第五年 第502次会议 1950年9月18日|zh|S/PV.502|S/PV.502|meeting-record"})
  void flattenedMeetingRecord(String name, String masthead, String language, String printed, String symbol,
      String type) throws PlenaryException {
    String filler = (language.equals("en") ? FILLER_EN : FILLER_ZH).repeat(language.equals("en") ? 6 : 30);
    String text = masthead + " " + filler + " A telegram was circulated as document S/1794. " + printed + " "
        + filler + "\n";
    Document doc = parse(name, text);
    assertThat(doc.symbols()).isEqualTo(symbol == null ? List.of() : List.of(symbol));
    assertThat(doc.type().id()).isEqualTo(type);
  }

  /** A cover's organ, session and symbol below its title; a resolution citing a supplement lends nothing. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en cover|Report of the Trade and Development Board\\n\\nGeneral Assembly Official Records: Thirty-fifth"
          + " Session\\n\\nSupplement No. 15 (A/35/15)\\n\\nUnited Nations\\n\\nNew York, 1980|A/35/15|35",
      "zh cover, spaced characters|贸易和发展理事会的报告\\n\\n大 会\\n\\n正 式 记 录 :第 三 十 五 届 会 议\\n\\n"
          + "补 编 第 1 5 号 (A/35/15)\\n\\n联 合 国\\n\\n一九八〇年,纽约|A/35/15|35",
      "en resolution citing a supplement|Resolution adopted by the General Assembly on 18 December 2020\\n\\n"
          + "The General Assembly,\\n\\nHaving considered the report of the Board, Official Records of the General"
          + " Assembly, Seventy-fifth Session, Supplement No. 15 (A/75/15),\\n\\n1. Takes note of the report;||"})
  void officialRecordsCover(String name, String text, String symbol, Integer session) throws PlenaryException {
    String note = "\n\nNOTE\n\nSymbols of United Nations documents are composed of capital letters combined"
        + " with figures.\n";
    Document doc = parse(name, text.replace("\\n", "\n") + (name.startsWith("en") ? note : "\n"));
    assertThat(doc.symbols()).isEqualTo(symbol == null ? List.of() : List.of(symbol));
    assertThat(doc.session()).isEqualTo(session);
  }

  /**
   * A document issued in one language prints "English only" where others print "Original:": that is
   * its original language and a masthead line, not its title; a symbol of a body's own series (a
   * treaty's meeting of States parties) is the document's.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en|TPNW/MSP/2031/INF.2\\n\\nFifth Meeting of States Parties to the Treaty\\n\\nDistr.: General\\n\\n"
          + "4 May 2031\\n\\nEnglish only\\n\\nList of participants\\n\\n1. The following States attended the"
          + " meeting.|TPNW/MSP/2031/INF.2|en|List of participants",
      "fr|CEB/2031/4\\n\\nConseil des chefs de secrétariat\\n\\nDistr. générale\\n\\n4 mai 2031\\n\\n"
          + "Anglais seulement\\n\\nRapport du Comité de haut niveau sur les programmes\\n\\n1. Le Comité a"
          + " tenu sa session.|CEB/2031/4|en|Rapport du Comité de haut niveau sur les programmes"})
  void issuedInOneLanguageOnly(String language, String text, String symbol, String original, String title)
      throws PlenaryException {
    Document doc = parse(language + " only", text.replace("\\n", "\n") + "\n");
    assertThat(doc.symbols()).containsExactly(symbol);
    assertThat(doc.originalLanguage().code()).isEqualTo(original);
    assertThat(doc.title()).isEqualTo(title);
  }

  /** A masthead that names no principal organ: the symbol's series tells whose document it is. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a programme's Executive Board|United Nations\\n\\nUNW/2031/4\\n\\nExecutive Board of the United Nations"
          + " Entity for Gender Equality\\n\\nDistr.: General\\n\\n4 May 2031\\n\\nAnnual report of the"
          + " Executive Director\\n\\n1. The present report covers 2030.|OTHER",
      "the Trusteeship Council|United Nations\\n\\nT/2031/4\\n\\nDistr.: General\\n\\n4 May 2031\\n\\n"
          + "Report of the Visiting Mission\\n\\n1. The Mission visited the Territory.|TC"})
  void organOfTheSymbolsSeries(String name, String text, String organ) throws PlenaryException {
    assertThat(parse(name, text.replace("\\n", "\n") + "\n").organs()).extracting(Enum::name).containsExactly(organ);
  }

  /** An Executive Board's session of a year is not numbered in a series: the record has no session. */
  @org.junit.jupiter.api.Test
  void aBoardsRegularSessionOfAYearHasNoNumber() throws PlenaryException {
    Document doc = parse("board", "United Nations\n\nDP/2031/4\n\nExecutive Board of the United Nations Development"
        + " Programme\n\nDistr.: General\n\n4 May 2031\n\nOriginal: English\n\nFirst regular session 2031\n\n"
        + "3 to 6 February 2031, New York\n\nItem 4 of the provisional agenda\n\nEvaluation\n\nAnnual report on"
        + " evaluation\n\n1. The present report covers 2030.\n");
    assertThat(doc.session()).isNull();
    assertThat(doc.title()).isEqualTo("Annual report on evaluation");
  }

  private static Document parse(String name, String text) throws PlenaryException {
    return Plenary.create().parse(new Source(name + ".txt", text.getBytes(StandardCharsets.UTF_8)));
  }
}
