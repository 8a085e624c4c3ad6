package org.plenary.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.Plenary;
import org.plenary.model.AgendaItem;
import org.plenary.model.Document;
import org.plenary.model.Source;

/**
 * Invented first pages printed as the UN prints them, one per failure class of printed documents:
 * the blocks that the page's layout gives (a bold agenda title over three lines, a title over two)
 * come whole, and the lines the UN prints around a title (the issuing body, a draft's sponsor line,
 * a commission's recommendation) are not taken for it.
 */
class PdfFirstPageTest {
  private static Document parse(String name, PrintedPage page) throws Exception {
    return Plenary.create().parse(new Source(name + ".pdf", page.pdf()));
  }

  /** The top band and right-hand column of a first page, drawn right column first as some producers do. */
  private static PrintedPage masthead(String symbol, String organ) {
    return new PrintedPage()
        .line(400, 80, 10, "Distr.: Limited")
        .line(400, 92, 10, "10 February 2031")
        .line(400, 110, 10, "Original: English")
        .bold(430, 60, 14, symbol)
        .line(72, 60, 12, "United Nations")
        .bold(72, 80, 14, organ);
  }

  @Test
  void readsADraftOfACommissionWithItsWrappedAgendaTitleAndItsOwnTitleWhole() throws Exception {
    PrintedPage page = masthead("E/CN.21/2031/L.6", "Economic and Social Council")
        .bold(72, 170, 10, "Commission on Mountain Rivers")
        .bold(72, 182, 10, "Sixty-third session")
        .line(72, 194, 10, "Agenda item 3 (b)")
        .bold(72, 206, 10, "Follow-up to the World Conference on Rivers: review of relevant")
        .bold(72, 218, 10, "United Nations plans and programmes of action pertaining to")
        .bold(72, 230, 10, "the rivers of mountains")
        .line(110, 270, 10, "Draft resolution submitted by the Chair of the Commission")
        .line(130, 300, 10, "The Commission on Mountain Rivers recommends to the Economic and Social Council")
        .line(110, 312, 10, "the adoption of the following draft resolution:")
        .bold(110, 340, 12, "Modalities for the review of the Plan of Action on Mountain")
        .bold(110, 354, 12, "Rivers, 2030")
        .line(130, 380, 10, "The Economic and Social Council,")
        .line(130, 394, 10, "Recalling its resolution 2003/14 of 21 July 2003 on the review of the Plan,");
    Document doc = parse("commission draft", page);
    assertThat(doc.symbols()).containsExactly("E/CN.21/2031/L.6");
    assertThat(doc.organs()).extracting(Enum::name).containsExactly("ECOSOC");
    assertThat(doc.agendaItems()).extracting(AgendaItem::title).containsExactly("Follow-up to the World Conference"
        + " on Rivers: review of relevant United Nations plans and programmes of action pertaining to the rivers of"
        + " mountains");
    assertThat(doc.title()).isEqualTo("Modalities for the review of the Plan of Action on Mountain Rivers, 2030");
    assertThat(doc.type().id()).isEqualTo("draft-resolution");
  }

  @Test
  void readsATreatyBodysDecisionUnderItsNameWithoutTheNoteMarksOfItsTitle() throws Exception {
    PrintedPage page = new PrintedPage()
        .line(72, 60, 12, "United Nations")
        .bold(430, 60, 14, "CCPR/C/140/D/3100/2030")
        .bold(72, 80, 12, "International Covenant on")
        .bold(72, 94, 12, "Civil and Political Rights")
        .line(400, 80, 10, "Distr.: General")
        .line(400, 92, 10, "27 December 2030")
        .line(400, 110, 10, "Original: English")
        .bold(72, 170, 12, "Mountain Rivers Committee")
        .bold(110, 200, 12, "Decision adopted by the Committee under the Optional Protocol,")
        .bold(110, 214, 12, "concerning communication No. 3100/2030*, **")
        .line(110, 240, 10, "Communication submitted by:       A. B.")
        .line(130, 270, 10, "1. At its meeting on 8 November 2030, the Committee decided to discontinue the")
        .line(110, 282, 10, "consideration of communication No. 3100/2030.")
        .line(110, 740, 8, "* Adopted by the Committee at its 140th session (16 October-10 November 2030).");
    Document doc = parse("treaty body decision", page);
    assertThat(doc.title()).isEqualTo("Decision adopted by the Committee under the Optional Protocol, concerning"
        + " communication No. 3100/2030");
    assertThat(doc.type().id()).isEqualTo("decision");
    assertThat(doc.organs()).extracting(Enum::name).containsExactly("OTHER");
  }

  /**
   * An executive board's masthead: its name runs over several lines right of the emblem, the
   * session, dates, agenda item and agenda title follow close under it at the margin (with an empty
   * table cell of spaces between), and the distribution, date and original language stand right.
   */
  @Test
  void readsAnExecutiveBoardsMastheadWithItsNameOverSeveralLines() throws Exception {
    PrintedPage page = new PrintedPage()
        .line(135, 72, 14, "United Nations")
        .line(487, 72, 10, "DP/2031/13")
        .bold(135, 101, 17, "Executive Board of the")
        .bold(135, 120, 17, "United Nations Mountain")
        .bold(135, 140, 17, "Rivers Programme and the")
        .bold(135, 159, 17, "United Nations River Fund")
        .line(72, 132, 8, " ")
        .line(409, 101, 10, "Distr.: General")
        .line(409, 113, 10, "24 March 2031")
        .line(409, 135, 10, "Original: English")
        .bold(72, 186, 10, "Annual session 2031")
        .line(72, 198, 10, "2 to 5 June 2031, New York")
        .line(72, 210, 10, "Item 10 of the provisional agenda")
        .bold(72, 222, 10, "Rivers in mountains")
        .bold(108, 255, 14, "Annual report of the Administrator on rivers in mountains")
        .line(77, 290, 10, "Summary")
        .line(77, 310, 10, "This report describes the work of the Programme on the rivers of mountains in 2030, in every"
            + " region, with its partners.");
    Document doc = parse("executive board report", page);
    assertThat(doc.symbols()).containsExactly("DP/2031/13");
    assertThat(doc.date()).hasToString("2031-03-24");
    assertThat(doc.agendaItems()).extracting(AgendaItem::title).containsExactly("Rivers in mountains");
    assertThat(doc.title()).isEqualTo("Annual report of the Administrator on rivers in mountains");
    assertThat(doc.type().id()).isEqualTo("report");
  }

  /**
   * A treaty meeting's masthead without "United Nations": the meeting's name set large over three
   * lines, as wide as running text, with the date in the right-hand column between two of them.
   */
  @Test
  void readsTheRightColumnBesideAMeetingsNameSetLarge() throws Exception {
    PrintedPage page = new PrintedPage()
        .line(418, 56, 10, "TPNW/MSP/2031/WP.9")
        .bold(60, 86, 20, "Third Meeting of States Parties to the")
        .line(397, 98, 10, "15 February 2031")
        .bold(60, 106, 20, "Treaty on the Protection of")
        .bold(60, 125, 20, "Mountain Rivers")
        .line(397, 122.5f, 10, "English only")
        .line(60, 222, 10, "New York, 3–7 March 2031")
        .bold(123, 255, 14, "Review of the mandate of the Scientific Advisory Group")
        .bold(123, 280, 12, "Working paper submitted by Mexico")
        .line(123, 310, 10, "1. The first Meeting of States Parties to the Treaty established the Scientific Advisory"
            + " Group in 2030.");
    Document doc = parse("treaty meeting paper", page);
    assertThat(doc.symbols()).containsExactly("TPNW/MSP/2031/WP.9");
    assertThat(doc.date()).hasToString("2031-02-15");
    assertThat(doc.title()).isEqualTo("Review of the mandate of the Scientific Advisory Group");
  }

  /** A raised note number after a year is the title's footnote, not an exponent: "June 2031¹" ends on 2031. */
  @Test
  void leavesOutANoteNumberRaisedAfterTheYearThatEndsATitle() throws Exception {
    PrintedPage page = masthead("UNW/2031/L.3", "Executive Board of the Mountain Entity")
        .line(72, 170, 10, "Annual session 2031")
        .line(72, 182, 10, "17–19 June 2031")
        .boldNoted(110, 230, 14, "Annotated provisional agenda for the annual session, 17–19 June 2031", "1")
        .line(130, 270, 10, "1. The Executive Board will hold its annual session in New York.")
        .line(110, 740, 8, "1 The agenda was adopted on 3 February 2031.");
    Document doc = parse("noted title", page);
    assertThat(doc.title()).isEqualTo("Annotated provisional agenda for the annual session, 17–19 June 2031");
  }
}
