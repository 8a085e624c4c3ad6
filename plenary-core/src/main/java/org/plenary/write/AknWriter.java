package org.plenary.write;

import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.plenary.lang.DateReader;
import org.plenary.lang.LanguagePack;
import org.plenary.lang.LanguagePacks;
import org.plenary.model.AgendaItem;
import org.plenary.model.Annex;
import org.plenary.model.Block;
import org.plenary.model.Document;
import org.plenary.model.Mention;
import org.plenary.model.Organ;
import org.plenary.model.Signatory;
import org.plenary.read.akn.AknNames;
import org.plenary.reference.MemberStates;

/**
 * Writes a record as Akoma Ntoso 3.0 XML along the AKN4UN guidelines, valid against the OASIS
 * schema: FRBR work, expression and manifestation IRIs in the {@code /akn/un/...} naming
 * convention; the masthead in {@code <coverPage>} (symbols, organs, distribution, date, sessions,
 * agenda items) as the UN's own files write it; the title in {@code <preface>}; numbered paragraphs
 * as {@code <paragraph>}; the signature block in {@code <conclusions>}; annexes as
 * {@code <attachments>}; the author, addressees, signatories, organs and the States the text names
 * as TLC references; cited documents and dates marked in the text. A letter or note verbale has no
 * official AKN4UN model: plenary writes the model described in docs/akn.md. Thread-safe.
 */
public final class AknWriter {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
  private static final String NO_DATE = "0001-01-01";
  private static final String ONTOLOGY = "/akn/ontology/";

  private final LocalDate markupDate;

  private AknWriter(LocalDate markupDate) {
    this.markupDate = markupDate;
  }

  /** A writer that dates its markup today (UTC). */
  public AknWriter() {
    this(LocalDate.now(ZoneOffset.UTC));
  }

  /** A writer that dates its markup (the FRBR manifestation) on a given day, for repeatable output. */
  public static AknWriter withMarkupDate(LocalDate date) {
    return new AknWriter(date);
  }

  public String write(Document document) {
    StringWriter out = new StringWriter();
    write(document, out);
    return out.toString();
  }

  public void write(Document document, Writer out) {
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      new Run(new Xml(xml), document, LanguagePacks.of(document.language()), markupDate).document();
      xml.flush();
    } catch (XMLStreamException e) {
      if (e.getCause() instanceof java.io.IOException io) {
        throw new UncheckedIOException(io);
      }
      throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
    }
  }

  /** The writing of one document. */
  private static final class Run {
    private final Xml xml;
    private final Document d;
    private final LanguagePack pack;
    private final LocalDate markupDate;
    private final AknNames.DocClass docClass;
    private final String workUri;
    private final String expressionUri;
    private final String workDate;
    private final String workDateName;
    private int paragraphs;

    Run(Xml xml, Document d, LanguagePack pack, LocalDate markupDate) {
      this.xml = xml;
      this.d = d;
      this.pack = pack;
      this.markupDate = markupDate;
      this.docClass = AknNames.docClass(d.type());
      LocalDate date = d.letterDate() != null ? d.letterDate() : d.date();
      this.workDate = date == null ? NO_DATE : date.toString();
      this.workDateName = d.letterDate() != null ? "letter" : d.date() != null ? "issuance" : "unknown";
      String actor = d.organs().isEmpty() ? "un" : AknNames.organ(d.organs().get(0)).actor();
      this.workUri = "/akn/un/" + docClass.element() + "/" + docClass.subtype() + "/" + actor + "/" + workDate
          + "/" + number();
      this.expressionUri = workUri + "/" + AknNames.alpha3(d.language()) + "@";
    }

    /** The FRBR number: the first symbol with '/' as '-' and spaces as '_', else a number made from the hash. */
    private String number() {
      if (d.symbols().isEmpty()) {
        return "sha256-" + d.source().sha256().substring(0, 16);
      }
      return iriPart(d.symbols().get(0).strip().replace('/', '-').replaceAll("\\s+", "_"));
    }

    void document() throws XMLStreamException {
      xml.w.writeStartDocument("UTF-8", "1.0");
      xml.w.setDefaultNamespace(AknNames.NS);
      xml.w.setPrefix("akn4un", AknNames.AKN4UN_NS);
      xml.newline();
      xml.w.writeStartElement(AknNames.NS, AknNames.ROOT);
      xml.w.writeDefaultNamespace(AknNames.NS);
      xml.w.writeNamespace("akn4un", AknNames.AKN4UN_NS);
      xml.depth++;
      xml.open(docClass.element(), "name", docClass.name());
      meta();
      coverPage();
      if (d.title() != null) {
        xml.open("preface");
        xml.openInline("p");
        xml.start("docTitle");
        mixed(d.title(), true);
        xml.w.writeEndElement();
        xml.w.writeEndElement();
        xml.close("preface");
      }
      xml.open("mainBody");
      blocks(d.body());
      xml.close("mainBody");
      signatures();
      annexes();
      xml.close(docClass.element());
      xml.depth--;
      xml.newline();
      xml.w.writeEndElement();
      xml.newline();
      xml.w.writeEndDocument();
    }

    private void meta() throws XMLStreamException {
      xml.open("meta");
      xml.open("identification", "source", "#source");
      String authorRef = d.author() != null ? "#author"
          : d.organs().isEmpty() ? "#source" : "#" + AknNames.organ(d.organs().get(0)).eId();
      frbr("!main", null, authorRef, d.author() != null && d.author().role() != null ? "#authorRole" : "#author",
          docClass.subtype(), d.symbols().isEmpty() ? null : d.symbols().get(0));
      xml.close("identification");
      classification();
      references();
      if (d.jobNumber() != null) {
        xml.open("presentation", "source", "#source");
        xml.w.writeStartElement(AknNames.AKN4UN_NS, "footerFirstPage");
        xml.w.writeStartElement(AknNames.AKN4UN_NS, "footerFirstPageLeft");
        xml.w.writeStartElement(AknNames.AKN4UN_NS, "internalCode");
        xml.start("docketNumber", "refersTo", "#publicationJobNumber");
        xml.text(d.jobNumber());
        for (int i = 0; i < 4; i++) {
          xml.w.writeEndElement();
        }
        xml.close("presentation");
      }
      xml.close("meta");
    }

    /** The three FRBR levels of the document ({@code component} "!main") or of an annex ("!annex_1"). */
    private void frbr(String component, Integer number, String author, String authorAs, String subtype,
        String symbol) throws XMLStreamException {
      xml.open("FRBRWork");
      xml.empty("FRBRthis", "value", workUri + "/" + component);
      xml.empty("FRBRuri", "value", workUri);
      xml.empty("FRBRdate", "date", workDate, "name", workDateName);
      xml.empty("FRBRauthor", "href", author, "as", authorAs);
      xml.empty("FRBRcountry", "value", "un");
      if (subtype != null) {
        xml.empty("FRBRsubtype", "value", subtype);
      }
      if (symbol != null) {
        xml.empty("FRBRnumber", "value", number(), "showAs", symbol);
      } else if (number != null) {
        xml.empty("FRBRnumber", "value", number.toString(), "showAs", number.toString());
      }
      xml.close("FRBRWork");
      xml.open("FRBRExpression");
      xml.empty("FRBRthis", "value", expressionUri + "/" + component);
      xml.empty("FRBRuri", "value", expressionUri);
      if (d.date() != null) {
        xml.empty("FRBRdate", "date", d.date().toString(), "name", "publication");
      } else {
        xml.empty("FRBRdate", "date", workDate, "name", workDateName);
      }
      xml.empty("FRBRauthor", "href", d.organs().isEmpty() ? "#source" : "#" + AknNames.organ(d.organs().get(0)).eId(),
          "as", "#issuer");
      xml.empty("FRBRlanguage", "language", AknNames.alpha3(d.language()));
      xml.close("FRBRExpression");
      xml.open("FRBRManifestation");
      xml.empty("FRBRthis", "value", expressionUri + "/" + component + ".xml");
      xml.empty("FRBRuri", "value", expressionUri + ".xml");
      xml.empty("FRBRdate", "date", markupDate.toString(), "name", "markup");
      xml.empty("FRBRauthor", "href", "#source", "as", "#editor");
      xml.close("FRBRManifestation");
    }

    /** Agenda items and the circulation request as keywords. */
    private void classification() throws XMLStreamException {
      if (d.agendaItems().isEmpty() && d.circulation() == null) {
        return;
      }
      xml.open("classification", "source", "#source");
      String dictionary = d.session() == null ? "agenda" : "agenda of session " + d.session();
      for (AgendaItem item : d.agendaItems()) {
        String value = item.number() + (item.subItem() == null ? "" : item.subItem().replaceAll("[()\\s]", ""));
        String title = item.titleEn() != null ? item.titleEn() : item.title() != null ? item.title() : value;
        xml.empty("keyword", "refersTo", "#agenda", "value", value, "showAs", title, "dictionary", dictionary);
      }
      if (d.circulation() != null) {
        for (Organ organ : d.circulation().organs()) {
          AknNames.OrganRef ref = AknNames.organ(organ);
          xml.empty("keyword", "refersTo", "#circulation", "value", ref.eId(), "showAs", ref.showAs(),
              "dictionary", "organ");
        }
        for (int item : d.circulation().agendaItems()) {
          xml.empty("keyword", "refersTo", "#circulation", "value", Integer.toString(item),
              "showAs", Integer.toString(item), "dictionary", dictionary);
        }
      }
      xml.close("classification");
    }

    private void references() throws XMLStreamException {
      xml.open("references", "source", "#source");
      xml.empty("TLCOrganization", "eId", "source", "href", ONTOLOGY + "organization/plenary", "showAs", "plenary");
      for (Organ organ : d.organs()) {
        AknNames.OrganRef ref = AknNames.organ(organ);
        xml.empty("TLCOrganization", "eId", ref.eId(), "href", ref.href(), "showAs", ref.showAs());
      }
      if (d.author() != null) {
        String href = d.author().state() == null ? ONTOLOGY + "organization/un/author"
            : ONTOLOGY + "organization/un/memberState/" + iriPart(d.author().state());
        xml.empty("TLCOrganization", "eId", "author", "href", href, "showAs", d.author().name());
        if (d.author().role() != null) {
          xml.empty("TLCRole", "eId", "authorRole", "href", role(d.author().role()), "showAs", d.author().role());
        }
      }
      for (int i = 0; i < d.addressees().size(); i++) {
        String addressee = d.addressees().get(i);
        xml.empty("TLCRole", "eId", "addressee_" + (i + 1), "href", role(addressee), "showAs", addressee);
      }
      for (int i = 0; i < d.signatories().size(); i++) {
        Signatory s = d.signatories().get(i);
        String eId = "signatory_" + (i + 1);
        xml.empty("TLCPerson", "eId", eId, "href", ONTOLOGY + "person/un/" + eId, "showAs", s.name());
        for (int t = 0; t < s.titles().size(); t++) {
          xml.empty("TLCRole", "eId", eId + "_role_" + (t + 1), "href", role(s.titles().get(t)),
              "showAs", s.titles().get(t));
        }
      }
      for (Mention state : d.mentions().states()) {
        String name = MemberStates.get().byCode(state.code()).map(s -> s.name(org.plenary.model.Language.EN))
            .orElse(state.code());
        xml.empty("TLCOrganization", "eId", "state_" + eIdPart(state.code()),
            "href", ONTOLOGY + "organization/un/memberState/" + iriPart(state.code()), "showAs", name);
      }
      for (Mention organization : d.mentions().organizations()) {
        xml.empty("TLCOrganization", "eId", "organization_" + eIdPart(organization.code()),
            "href", ONTOLOGY + "organization/" + iriPart(organization.code()), "showAs", organization.code());
      }
      for (int i = 0; i < d.references().size(); i++) {
        String symbol = d.references().get(i);
        xml.empty("TLCReference", "eId", "citedDocument_" + (i + 1), "href", undocs(symbol), "showAs", symbol,
            "name", "citedDocument");
      }
      for (String concept : List.of("publisher", "symbol", "generalDistribution", "limitedDistribution",
          "restrictedDistribution", "dateOfIssuance", "agenda", "provisionalAgenda", "circulation",
          "publicationJobNumber")) {
        xml.empty("TLCConcept", "eId", concept, "href", ONTOLOGY + "concept/un/" + concept, "showAs", concept);
      }
      xml.close("references");
    }

    private void coverPage() throws XMLStreamException {
      xml.open("coverPage");
      line("docAuthority", "United Nations", "refersTo", "#publisher");
      for (String symbol : d.symbols()) {
        line("docNumber", symbol, "refersTo", "#symbol");
      }
      for (Organ organ : d.organs()) {
        AknNames.OrganRef ref = AknNames.organ(organ);
        line("docAuthority", ref.showAs(), "refersTo", "#" + ref.eId());
      }
      if (d.distribution() != null) {
        line("docStatus", "Distr.: " + d.distribution().label(), "refersTo",
            "#" + d.distribution().label().toLowerCase(Locale.ROOT) + "Distribution");
      }
      if (d.date() != null) {
        String printed = printed("date", s -> pack.dates().parse(s).filter(d.date()::equals).isPresent());
        line("docDate", printed == null ? d.date().toString() : printed, "date", d.date().toString(),
            "refersTo", "#dateOfIssuance");
      }
      if (d.originalLanguage() != null) {
        line("inline", "Original: " + d.originalLanguage().englishName(), "name", "originalLanguage");
      }
      session(d.session(), "session", "#" + AknNames.organ(Organ.GA).eId(), "Session ");
      session(d.securityCouncilYear(), "securityCouncilYear", "#" + AknNames.organ(Organ.SC).eId(), "Year ");
      for (AgendaItem item : d.agendaItems()) {
        String number = item.number() + (item.subItem() == null ? "" : " " + item.subItem());
        if (item.provisional()) {
          line("inline", number, "name", "agenda item", "refersTo", "#provisionalAgenda");
        } else {
          line("inline", number, "name", "agenda item");
        }
        if (item.title() != null) {
          line("inline", item.title(), "name", "agenda item name");
        }
      }
      xml.close("coverPage");
    }

    /** A session or Security Council year, printed as the document printed it when that reads back the same. */
    private void session(Integer value, String field, String refersTo, String label) throws XMLStreamException {
      if (value == null) {
        return;
      }
      String key = field.equals("session") ? "session" : "scYear";
      String printed = printed(field, s -> pack.find(key, s).map(m -> pack.numbers().read(m.group("n")))
          .filter(OptionalInt::isPresent).map(OptionalInt::getAsInt).filter(value::equals).isPresent());
      line("session", printed == null ? label + value : printed, "refersTo", refersTo, "value", value.toString());
    }

    /** The evidence snippet of a field when {@code readsBack} accepts it, else null. */
    private String printed(String field, java.util.function.Predicate<String> readsBack) {
      String snippet = d.evidence().get(field);
      return snippet != null && readsBack.test(snippet) ? snippet : null;
    }

    private void line(String element, String text, String... attributes) throws XMLStreamException {
      xml.openInline("p");
      xml.start(element, attributes);
      xml.text(text);
      xml.w.writeEndElement();
      xml.w.writeEndElement();
    }

    private void blocks(List<Block> blocks) throws XMLStreamException {
      if (blocks.isEmpty()) {
        xml.openInline("p");
        xml.w.writeEndElement();
        return;
      }
      for (Block b : blocks) {
        String kind = b.kind().id();
        String[] lines = XmlText.clean(b.text()).split("\n", -1);
        if (b.number() != null) {
          paragraphs++;
          xml.open("paragraph", "eId", "para_" + paragraphs, "class", kind);
          xml.openInline("num");
          xml.text(b.number());
          xml.w.writeEndElement();
          xml.open("content");
          for (String line : lines) {
            paragraph(line);
          }
          xml.close("content");
          xml.close("paragraph");
        } else if (lines.length > 1) {
          xml.open("blockContainer", "class", kind);
          for (String line : lines) {
            paragraph(line);
          }
          xml.close("blockContainer");
        } else {
          xml.openInline("p", "class", kind);
          mixed(lines[0], false);
          xml.w.writeEndElement();
        }
      }
    }

    private void paragraph(String text) throws XMLStreamException {
      xml.openInline("p");
      mixed(text, false);
      xml.w.writeEndElement();
    }

    /**
     * Text with the documents it cites as {@code <ref>} and the dates it prints as {@code <date>}
     * ({@code <docDate>} in a title, with the author's name as {@code <organization>} there).
     */
    private void mixed(String raw, boolean title) throws XMLStreamException {
      String text = XmlText.clean(raw);
      List<Mark> marks = new ArrayList<>();
      for (DateReader.Found found : pack.dates().findAll(text)) {
        marks.add(new Mark(found.start(), found.end(), title ? "docDate" : "date", "date", found.date().toString()));
      }
      for (String symbol : d.references()) {
        for (int at = text.indexOf(symbol); at >= 0 && !symbol.isEmpty(); at = text.indexOf(symbol, at + 1)) {
          marks.add(new Mark(at, at + symbol.length(), "ref", "href", undocs(symbol)));
        }
      }
      if (title && d.author() != null && !d.author().name().isBlank()) {
        int at = text.indexOf(d.author().name());
        if (at >= 0) {
          marks.add(new Mark(at, at + d.author().name().length(), "organization", "refersTo", "#author"));
        }
      }
      marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
      int at = 0;
      for (Mark mark : marks) {
        if (mark.start() < at) {
          continue;
        }
        xml.text(text.substring(at, mark.start()));
        xml.start(mark.element(), mark.attribute(), mark.value());
        xml.text(text.substring(mark.start(), mark.end()));
        xml.w.writeEndElement();
        at = mark.end();
      }
      xml.text(text.substring(at));
    }

    private record Mark(int start, int end, String element, String attribute, String value) {}

    private void signatures() throws XMLStreamException {
      if (d.signatories().isEmpty()) {
        return;
      }
      xml.open("conclusions");
      for (int i = 0; i < d.signatories().size(); i++) {
        Signatory s = d.signatories().get(i);
        String eId = "signatory_" + (i + 1);
        xml.open("blockContainer", "class", "signature");
        xml.openInline("p");
        xml.start("signature");
        if (s.titles().isEmpty()) {
          xml.start("person", "refersTo", "#" + eId);
        } else {
          xml.start("person", "refersTo", "#" + eId, "as", "#" + eId + "_role_1");
        }
        xml.text(s.name());
        xml.w.writeEndElement();
        for (int t = 0; t < s.titles().size(); t++) {
          xml.w.writeEmptyElement(AknNames.NS, "eol");
          xml.start("role", "refersTo", "#" + eId + "_role_" + (t + 1));
          xml.text(s.titles().get(t));
          xml.w.writeEndElement();
        }
        xml.w.writeEndElement();
        xml.w.writeEndElement();
        xml.close("blockContainer");
      }
      xml.close("conclusions");
    }

    private void annexes() throws XMLStreamException {
      if (d.annexes().isEmpty()) {
        return;
      }
      xml.open("attachments");
      for (int i = 0; i < d.annexes().size(); i++) {
        Annex a = d.annexes().get(i);
        xml.open("attachment");
        xml.open("doc", "name", "annex");
        xml.open("meta");
        xml.open("identification", "source", "#source");
        frbr("!annex_" + (i + 1), a.number(), d.author() != null ? "#author" : "#source", "#author", null, null);
        xml.close("identification");
        xml.close("meta");
        xml.open("preface");
        xml.openInline("p");
        xml.start("docNumber");
        xml.text(a.label());
        xml.w.writeEndElement();
        if (a.title() != null) {
          xml.text(" ");
          xml.start("docTitle");
          mixed(a.title(), false);
          xml.w.writeEndElement();
        }
        if (a.date() != null) {
          xml.text(" ");
          xml.start("docDate", "date", a.date().toString());
          xml.text(a.date().toString());
          xml.w.writeEndElement();
        }
        xml.w.writeEndElement();
        xml.close("preface");
        xml.open("mainBody");
        blocks(a.body());
        xml.close("mainBody");
        xml.close("doc");
        xml.close("attachment");
      }
      xml.close("attachments");
    }
  }

  private static String role(String role) {
    return ONTOLOGY + "role/un/" + iriPart(role);
  }

  private static String undocs(String symbol) {
    return "https://undocs.org/" + iriPart(symbol).replace("%2F", "/");
  }

  /** A value made safe for an IRI path segment: letters, digits, '-', '.', '_' kept, the rest percent-encoded. */
  private static String iriPart(String value) {
    return URLEncoder.encode(XmlText.clean(value), StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
  }

  /** A value made safe for an eId: ASCII letters and digits kept, the rest as '_'. */
  private static String eIdPart(String value) {
    return value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
  }

  /**
   * An indenting XML writer: structural elements each on their own line, inline content (a
   * paragraph's text and its inline elements) kept on one line so that no white space is added to it.
   */
  private static final class Xml {
    final XMLStreamWriter w;
    int depth;

    Xml(XMLStreamWriter w) {
      this.w = w;
    }

    void newline() throws XMLStreamException {
      w.writeCharacters("\n" + "  ".repeat(depth));
    }

    void open(String name, String... attributes) throws XMLStreamException {
      newline();
      start(name, attributes);
      depth++;
    }

    void close(String name) throws XMLStreamException {
      depth--;
      newline();
      w.writeEndElement();
    }

    /** Starts an element whose content stays on its line; end it with {@code w.writeEndElement()}. */
    void openInline(String name, String... attributes) throws XMLStreamException {
      newline();
      start(name, attributes);
    }

    void start(String name, String... attributes) throws XMLStreamException {
      w.writeStartElement(AknNames.NS, name);
      for (int i = 0; i < attributes.length; i += 2) {
        w.writeAttribute(attributes[i], XmlText.clean(attributes[i + 1]));
      }
    }

    void empty(String name, String... attributes) throws XMLStreamException {
      newline();
      w.writeEmptyElement(AknNames.NS, name);
      for (int i = 0; i < attributes.length; i += 2) {
        w.writeAttribute(attributes[i], XmlText.clean(attributes[i + 1]));
      }
    }

    void text(String text) throws XMLStreamException {
      w.writeCharacters(XmlText.clean(text));
    }
  }
}
