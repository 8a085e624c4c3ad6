package org.plenary.read.akn;

import static org.plenary.read.akn.Elements.attr;
import static org.plenary.read.akn.Elements.child;
import static org.plenary.read.akn.Elements.children;
import static org.plenary.read.akn.Elements.descendants;
import static org.plenary.read.akn.Elements.text;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.extract.TitleMarks;
import org.plenary.lang.LanguageDetector;
import org.plenary.lang.LanguagePack;
import org.plenary.lang.LanguagePacks;
import org.plenary.model.AgendaItem;
import org.plenary.model.Annex;
import org.plenary.model.Author;
import org.plenary.model.Circulation;
import org.plenary.model.Distribution;
import org.plenary.model.Document;
import org.plenary.model.DocumentTree;
import org.plenary.model.DocumentType;
import org.plenary.model.Language;
import org.plenary.model.Organ;
import org.plenary.model.Signatory;
import org.plenary.model.Source;
import org.plenary.model.SourceFormat;
import org.plenary.model.SourceInfo;
import org.plenary.pipeline.Diagnostics;
import org.plenary.pipeline.WarningCode;
import org.plenary.reference.AgendaItems;
import org.plenary.symbol.Symbols;
import org.w3c.dom.Element;

/**
 * Reads what the markup of one Akoma Ntoso document element states: the FRBR metadata, the values of
 * the cover page's marked elements and their attributes, the TLC references, the signatures and the
 * annexes, with the checks the markup allows within itself (the FRBR work number against the
 * symbol, the declared language against the text's). {@link AknCrossCheck} then checks the reading
 * of the text against it. One instance per document.
 */
final class AknRecordReader {
  private static final Pattern AGENDA_NUMBER = Pattern.compile("(\\d{1,4})(?:\\s*\\((\\p{L}{1,3})\\))?");
  private static final Pattern ANNEX_NUMBER = Pattern.compile("(?:^|\\s)([IVXLC]+|\\d{1,3})\\s*$");
  private static final Pattern UNDOCS = Pattern.compile("^https?://(?:www\\.)?undocs\\.org/(?:(?:en|fr|es|ru|zh|ar)/)?(.+)$");
  private static final Pattern STATE_HREF = Pattern.compile("/memberState/([A-Z]{3})$");
  private static final String NO_DATE = "0001-01-01";

  /** How much text the language is detected from. */
  private static final int SAMPLE = 4000;

  /** The fewest letters a text needs for its language reading to overrule the declared one. */
  private static final int MIN_LETTERS = 200;

  private final Source source;
  private final Element document;
  private final Diagnostics diagnostics;
  private final Document.Builder record = Document.builder();
  private final DocumentTree tree;
  private final Map<String, Element> tlc = new HashMap<>();
  private LanguagePack pack;

  /** {@code tree} is the one {@link AknTree} built from {@code document}: its text and annex bodies. */
  AknRecordReader(Source source, Element document, DocumentTree tree, Diagnostics diagnostics) {
    this.source = source;
    this.tree = tree;
    this.document = document;
    this.diagnostics = diagnostics;
  }

  Document read() {
    record.source = new SourceInfo(source.name(), source.sha256(), SourceFormat.TEXT, null);
    Optional<Element> meta = child(document, "meta");
    meta.flatMap(m -> child(m, "references")).ifPresent(refs -> children(refs).forEach(t -> {
      String eId = attr(t, "eId");
      if (eId != null) {
        tlc.put(eId, t);
      }
    }));
    Optional<Element> work = meta.flatMap(m -> child(m, "identification")).flatMap(i -> child(i, "FRBRWork"));
    Optional<Element> expression = meta.flatMap(m -> child(m, "identification"))
        .flatMap(i -> child(i, "FRBRExpression"));
    signatures();
    Optional<Element> cover = child(document, "coverPage");
    language(expression);
    annexes();
    type();
    cover.ifPresent(this::coverPage);
    title(cover);
    dates(work, expression);
    organs(work);
    author(work);
    addressees();
    meta.ifPresent(this::metadata);
    checkSymbol(work);
    return record.build();
  }

  /**
   * The language the FRBR expression declares, checked against the language the text reads as; a
   * clear reading of enough text wins when they disagree (the UN has published Chinese text
   * declared as Spanish).
   */
  private void language(Optional<Element> expression) {
    Optional<Language> declared = expression.flatMap(e -> child(e, "FRBRlanguage"))
        .flatMap(l -> AknNames.language(attr(l, "language")));
    String sample = tree.text().text();
    sample = sample.substring(0, Math.min(sample.length(), SAMPLE));
    Diagnostics detection = new Diagnostics();
    Language detected = new LanguageDetector().detect(sample, detection);
    boolean clear = detection.warnings().isEmpty() && sample.codePoints().filter(Character::isLetter).count() >= MIN_LETTERS;
    if (declared.isEmpty()) {
      diagnostics.warn(WarningCode.AKN_NO_LANGUAGE, "the FRBR expression names no language of the six; the text reads as "
          + detected.englishName());
      record.language = detected;
    } else if (declared.get() != detected && clear) {
      diagnostics.warn(WarningCode.AKN_LANGUAGE_DISAGREES, "the FRBR expression declares " + declared.get().englishName()
          + " but the text reads as " + detected.englishName());
      record.language = detected;
    } else {
      record.language = declared.get();
    }
    pack = LanguagePacks.of(record.language);
  }

  /** The type from the document element and its name; a publication takes the type of what it carries. */
  private void type() {
    Element typed = document;
    if (document.getLocalName().equals("documentCollection")) {
      typed = AknComponents.of(document).stream().findFirst().orElse(document);
    }
    record.type = AknNames.type(typed.getLocalName(), String.valueOf(attr(typed, "name"))).orElse(DocumentType.OTHER);
  }

  private void coverPage(Element cover) {
    for (Element number : descendants(cover, "docNumber", null)) {
      if ("#symbol".equals(attr(number, "refersTo"))) {
        String printed = text(number);
        if (printed.isEmpty()) {
          diagnostics.warn(WarningCode.AKN_EMPTY_SYMBOL, "the cover page's symbol is empty");
        } else {
          record.symbols.add(Symbols.normalize(printed));
          record.evidence("symbols", printed);
        }
      }
    }
    if (record.type == DocumentType.RESOLUTION && record.symbols.stream().anyMatch(s -> s.contains("/PRST/"))) {
      record.type = DocumentType.PRESIDENTIAL_STATEMENT;
    }
    for (Element authority : descendants(cover, "docAuthority", null)) {
      String printed = text(authority);
      Optional<Organ> organ = AknNames.organ(attr(authority, "refersTo"))
          .or(() -> organNamed(printed));
      if (organ.isPresent() && !"#publisher".equals(attr(authority, "refersTo"))
          && !record.organs.contains(organ.get())) {
        record.organs.add(organ.get());
        record.evidence("organs", printed);
      }
    }
    for (Element status : descendants(cover, "docStatus", null)) {
      String refersTo = String.valueOf(attr(status, "refersTo"));
      for (Distribution d : Distribution.values()) {
        if (refersTo.equalsIgnoreCase("#" + d.label().toLowerCase(java.util.Locale.ROOT) + "Distribution")) {
          record.distribution = d;
          record.evidence("distribution", text(status));
        }
      }
    }
    for (Element date : descendants(cover, "docDate", null)) {
      if ("#dateOfIssuance".equals(attr(date, "refersTo")) && record.date == null) {
        // its printed form is the reading's, which the cross-check compares
        record.date = isoDate(date);
        record.evidence("date", text(date));
      }
    }
    for (Element session : descendants(cover, "session", null)) {
      session(session);
    }
    agendaItems(cover);
    for (Element inline : descendants(cover, "inline", null)) {
      if ("originalLanguage".equals(attr(inline, "name"))) {
        String printed = text(inline);
        record.originalLanguage = Language.find(printed.substring(printed.lastIndexOf(':') + 1)).orElse(null);
        record.evidence("originalLanguage", printed);
      }
    }
  }

  private Optional<Organ> organNamed(String printed) {
    for (Organ organ : Organ.values()) {
      String key = "organ." + organ.name();
      if (pack.has(key) && pack.pattern(key).map(p -> p.matcher(printed).find()).orElse(false)) {
        return Optional.of(organ);
      }
    }
    return Optional.empty();
  }

  /** A date element's {@code @date}, checked against its printed form. */
  private LocalDate date(Element date) {
    LocalDate parsed = isoDate(date);
    if (parsed == null) {
      return null;
    }
    String printed = text(date);
    Optional<LocalDate> read = printed.isEmpty() ? Optional.empty() : pack.dates().parse(printed);
    if (read.isPresent() && !read.get().equals(parsed)) {
      diagnostics.warn(WarningCode.AKN_DATE_DISAGREES, "the date attribute " + parsed + " disagrees with the printed date '"
          + printed + "' (" + read.get() + ")");
    }
    return parsed;
  }

  /** A date element's {@code @date}; a warning when it is there and no ISO date. */
  private LocalDate isoDate(Element date) {
    String value = attr(date, "date");
    LocalDate parsed = isoDate(value);
    if (parsed == null && value != null && !value.equals(NO_DATE)) {
      diagnostics.warn(WarningCode.AKN_BAD_DATE, "the date '" + value + "' of <" + date.getLocalName() + "> is no ISO date");
    }
    return parsed;
  }

  private static LocalDate isoDate(String value) {
    if (value == null || value.equals(NO_DATE)) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A session or Security Council year: its {@code @value}, checked against its printed ordinal, or that ordinal when the value is missing. */
  private void session(Element session) {
    String printed = text(session);
    boolean securityCouncil = AknNames.securityCouncilYear(attr(session, "refersTo"));
    OptionalInt read = pack.find(securityCouncil ? "scYear" : "session", printed)
        .map(m -> pack.numbers().read(m.group("n"))).orElse(OptionalInt.empty());
    Integer value = null;
    String attribute = attr(session, "value");
    if (attribute != null && attribute.strip().matches("\\d{1,4}")) {
      value = Integer.valueOf(attribute.strip()); // its printed form is the reading's, which the cross-check compares
    } else if (read.isPresent()) {
      value = read.getAsInt();
    } else {
      diagnostics.warn(WarningCode.AKN_BAD_SESSION, "the session has no number: value '" + attribute + "', printed '"
          + printed + "'");
      return;
    }
    if (securityCouncil) {
      record.securityCouncilYear = value;
      record.evidence("securityCouncilYear", printed);
    } else {
      record.session = value;
      record.evidence("session", printed);
    }
  }

  /**
   * The cover page's agenda items: each {@code <inline name="agenda item">} gives the numbers it
   * prints ("Agenda items 34, 71 and 135"), and the {@code <inline name="agenda item name">}
   * elements that follow give their titles in order.
   */
  private void agendaItems(Element cover) {
    List<Integer> untitled = new ArrayList<>();
    for (Element inline : descendants(cover, "inline", null)) {
      String name = String.valueOf(attr(inline, "name"));
      String printed = text(inline);
      if (name.equals("agenda item")) {
        untitled.clear();
        boolean provisional = "#provisionalAgenda".equals(attr(inline, "refersTo"))
            || pack.find("agenda.provisional", printed).isPresent();
        Matcher m = AGENDA_NUMBER.matcher(printed);
        while (m.find()) {
          String subItem = m.group(2) == null ? null : "(" + m.group(2) + ")";
          int number = Integer.parseInt(m.group(1));
          untitled.add(record.agendaItems.size());
          record.agendaItems.add(new AgendaItem(number, subItem, null, titleEn(number, subItem), provisional));
        }
        record.evidence("agendaItems", printed);
      } else if (name.equals("agenda item name") && !untitled.isEmpty() && !printed.isEmpty()) {
        int at = untitled.remove(0);
        AgendaItem item = record.agendaItems.get(at);
        record.agendaItems.set(at, new AgendaItem(item.number(), item.subItem(), printed, item.titleEn(),
            item.provisional()));
      }
    }
  }

  private String titleEn(int number, String subItem) {
    if (record.session == null) {
      return null;
    }
    return AgendaItems.get().find(record.session, number, subItem).flatMap(e -> e.title(Language.EN)).orElse(null);
  }

  /** The title: the preface's, else the first one on the cover page that is not empty. */
  private void title(Optional<Element> cover) {
    List<Element> titles = new ArrayList<>();
    child(document, "preface").ifPresent(p -> titles.addAll(descendants(p, "docTitle", null)));
    cover.ifPresent(c -> titles.addAll(descendants(c, "docTitle", null)));
    // the dash some languages print between a resolution's number and its title is no part of it
    // and neither is the comma that joins a heading to the line under it ("Резолюция 2554 (2020),")
    titles.stream().map(Elements::text).map(t -> TitleMarks.withoutLeading(t).replaceFirst("[\\s,\u060C\uFF0C]+$", ""))
        .filter(t -> !t.isEmpty())
        .findFirst().ifPresent(t -> {
      record.title = t;
      record.evidence("title", t);
    });
  }

  /** The letter date from FRBRWork; the document date from the FRBR expression where the cover page shows none. */
  private void dates(Optional<Element> work, Optional<Element> expression) {
    work.flatMap(w -> child(w, "FRBRdate")).filter(d -> "letter".equals(attr(d, "name")))
        .ifPresent(d -> record.letterDate = isoDate(attr(d, "date")));
    if (record.date == null) {
      expression.flatMap(e -> child(e, "FRBRdate")).filter(d -> "publication".equals(attr(d, "name")))
          .ifPresent(d -> record.date = isoDate(attr(d, "date")));
    }
  }

  /** Organs from the FRBR work's actor where the cover page names none, and a warning when they disagree. */
  private void organs(Optional<Element> work) {
    Optional<Organ> actor = work.flatMap(w -> child(w, "FRBRthis")).map(t -> attr(t, "value"))
        .flatMap(AknRecordReader::actor).flatMap(AknNames::organ).filter(o -> o != Organ.OTHER);
    if (record.organs.isEmpty()) {
      actor.ifPresent(record.organs::add);
    } else if (actor.isPresent() && !record.organs.contains(actor.get())) {
      diagnostics.warn(WarningCode.AKN_ORGAN_DISAGREES, "the FRBR work's actor is " + actor.get()
          + " but the cover page names " + record.organs);
    }
  }

  /** The actor of an AKN IRI: /akn/un/{docType}/{subtype}/{actor}/{date}/{number}. */
  private static Optional<String> actor(String iri) {
    String[] parts = iri == null ? new String[0] : iri.split("/");
    return parts.length > 5 ? Optional.of(parts[5]) : Optional.empty();
  }

  private void author(Optional<Element> work) {
    Optional<Element> frbrAuthor = work.flatMap(w -> child(w, "FRBRauthor"))
        .filter(a -> "#author".equals(attr(a, "href")));
    Element who = tlc.get("author");
    if (frbrAuthor.isEmpty() || who == null) {
      return;
    }
    Matcher state = STATE_HREF.matcher(String.valueOf(attr(who, "href")));
    String roleRef = attr(frbrAuthor.get(), "as");
    Element role = roleRef == null ? null : tlc.get(roleRef.replaceFirst("^#", ""));
    record.author = new Author(state.find() ? state.group(1) : null, String.valueOf(attr(who, "showAs")),
        role == null ? null : attr(role, "showAs"));
  }

  private void addressees() {
    for (int i = 1; tlc.containsKey("addressee_" + i); i++) {
      record.addressees.add(String.valueOf(attr(tlc.get("addressee_" + i), "showAs")));
    }
  }

  /** The job number, the cited documents and the circulation request kept in the metadata. */
  private void metadata(Element meta) {
    for (Element docket : descendants(meta, "docketNumber", null)) {
      if ("#publicationJobNumber".equals(attr(docket, "refersTo")) && record.jobNumber == null) {
        record.jobNumber = text(docket);
        record.evidence("jobNumber", record.jobNumber);
      }
    }
    Set<String> references = new LinkedHashSet<>();
    child(meta, "references").ifPresent(refs -> children(refs, "TLCReference").stream()
        .filter(r -> "citedDocument".equals(attr(r, "name")))
        .forEach(r -> references.add(String.valueOf(attr(r, "showAs")))));
    for (String element : List.of("a", "ref")) {
      for (Element link : descendants(document, element, null)) {
        Matcher m = UNDOCS.matcher(String.valueOf(attr(link, "href")));
        if (m.matches()) {
          references.add(Symbols.normalize(unescaped(m.group(1))));
        }
      }
    }
    record.references.addAll(references);
    List<Organ> organs = new ArrayList<>();
    List<Integer> items = new ArrayList<>();
    boolean circulated = false;
    for (Element classification : children(meta, "classification")) {
      for (Element keyword : children(classification, "keyword")) {
        if (!"#circulation".equals(attr(keyword, "refersTo"))) {
          continue;
        }
        circulated = true;
        String value = String.valueOf(attr(keyword, "value"));
        if ("organ".equals(attr(keyword, "dictionary"))) {
          AknNames.organ(value).ifPresent(organs::add);
        } else if (value.matches("\\d{1,4}")) {
          items.add(Integer.valueOf(value));
        }
      }
    }
    if (circulated) {
      record.circulation = new Circulation(organs, items);
    }
  }

  /** The signatures of the conclusions of the document, or of each document a publication carries. */
  private void signatures() {
    List<Element> parts = AknComponents.of(document);
    for (Element part : parts.isEmpty() ? List.of(document) : parts) {
      for (Element conclusions : children(part, "conclusions")) {
        for (Element signature : descendants(conclusions, "signature", null)) {
          String name = descendants(signature, "person", null).stream().map(Elements::text).findFirst()
              .orElse(text(signature));
          List<String> titles = descendants(signature, "role", null).stream().map(Elements::text).toList();
          record.signatories.add(new Signatory(name, titles));
        }
      }
    }
  }

  private void annexes() {
    Optional<Element> attachments = child(document, "attachments");
    if (attachments.isEmpty()) {
      return;
    }
    int at = 0;
    for (Element attachment : children(attachments.get(), "attachment")) {
      for (Element annex : children(attachment)) {
        // the tree walked the same attachments in the same order
        annex(annex, tree.annexes().get(at++));
      }
    }
  }

  /** An annex as its markup states it: label, number, title and date; its body is the tree's. */
  private void annex(Element annex, DocumentTree.Part part) {
    Optional<Element> preface = child(annex, "preface");
    String label = part.label().text().isEmpty() ? null : part.label().text();
    String title = preface.flatMap(p -> descendants(p, "docTitle", null).stream().findFirst())
        .map(Elements::text).filter(t -> !t.isEmpty()).orElse(null);
    LocalDate date = preface.flatMap(p -> descendants(p, "docDate", null).stream().findFirst())
        .map(this::date).orElse(null);
    String printed = label == null ? "Annex" : label;
    Integer number = child(annex, "meta").flatMap(m -> child(m, "identification"))
        .flatMap(i -> child(i, "FRBRWork")).flatMap(w -> child(w, "FRBRnumber"))
        .map(n -> attr(n, "value")).filter(v -> v.matches("\\d{1,4}")).map(Integer::valueOf)
        .orElseGet(() -> annexNumber(printed));
    record.annexes.add(new Annex(printed, number, title, date, part.body()));
  }

  /** The number at the end of an annex label: "Annex II" gives 2, "Annex 3" gives 3. */
  private static Integer annexNumber(String label) {
    Matcher m = ANNEX_NUMBER.matcher(label);
    if (!m.find()) {
      return null;
    }
    String n = m.group(1);
    return n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n) : roman(n);
  }

  private static int roman(String numeral) {
    String digits = "IVXLC";
    int[] values = {1, 5, 10, 50, 100};
    int total = 0;
    for (int i = 0; i < numeral.length(); i++) {
      int v = values[digits.indexOf(numeral.charAt(i))];
      boolean subtract = i + 1 < numeral.length() && values[digits.indexOf(numeral.charAt(i + 1))] > v;
      total += subtract ? -v : v;
    }
    return total;
  }

  /**
   * Warns when the FRBR work's number is not the end of the printed symbol: A/RES/75/100 is work
   * number "75-100", S/RES/2516 (2020) is "2516-2020", A/75/357 is "A-75-357".
   */
  private void checkSymbol(Optional<Element> work) {
    Optional<String> iri = work.flatMap(w -> child(w, "FRBRthis")).map(t -> attr(t, "value"));
    if (iri.isEmpty() || record.symbols.isEmpty()) {
      return;
    }
    String[] parts = iri.get().split("/");
    if (parts.length < 8) {
      return;
    }
    List<String> workNumbers = numbers(parts[7]);
    boolean matches = record.symbols.stream().map(AknRecordReader::numbers)
        .anyMatch(s -> s.size() >= workNumbers.size() && s.subList(s.size() - workNumbers.size(), s.size())
            .equals(workNumbers));
    if (!matches) {
      diagnostics.warn(WarningCode.AKN_SYMBOL_DISAGREES, "the FRBR work number '" + parts[7]
          + "' does not match the printed symbol " + record.symbols);
    }
  }

  private static List<String> numbers(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\d+").matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** A link's symbol with its URL escapes undone; a malformed escape ("%/5") leaves it as written. */
  private static String unescaped(String symbol) {
    try {
      return URLDecoder.decode(symbol, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return symbol;
    }
  }
}
