package org.plenary.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.lang.LanguagePack;
import org.plenary.model.Circulation;
import org.plenary.model.Document;
import org.plenary.model.DocumentTree;
import org.plenary.model.DocumentType;
import org.plenary.model.Organ;
import org.plenary.model.Span;
import org.plenary.pipeline.Diagnostics;

/**
 * Reads the record of a UN document out of its tree and assembles it, in this one place, from the
 * readings of extractors that each read one field (some read fields read before them, none
 * changes another's):
 *
 * <ol>
 *   <li>{@link SymbolExtractor}: the document's own symbols;
 *   <li>{@link MastheadExtractor}: organs (where the masthead names none, those the symbols imply,
 *       or those the text is circulated to), distribution, date, original language, job number,
 *       session (the masthead's, else the symbol's), Security Council year;
 *   <li>{@link AgendaItemExtractor}: agenda items with their titles (reference titles need the
 *       session); for a meeting record whose masthead has none, {@link MeetingAgenda}: those of the
 *       provisional agenda or the headings in its body;
 *   <li>{@link TitleExtractor}: title and type; {@link LetterExtractor}: a letter's date, author and
 *       addressees;
 *   <li>{@link SignatureExtractor}, {@link CirculationExtractor}, {@link AnnexExtractor},
 *       {@link ReferenceExtractor} (without the own symbols), {@link MentionExtractor};
 *   <li>{@link DateFallback} (needs the type), {@link YearResolver} (needs the dates).
 * </ol>
 */
public final class UnDocumentExtractor implements DocumentExtractor {
  private final SymbolExtractor symbols = new SymbolExtractor();
  private final MastheadExtractor masthead = new MastheadExtractor();
  private final AgendaItemExtractor agenda = new AgendaItemExtractor();
  private final MeetingAgenda meetingAgenda = new MeetingAgenda();
  private final TitleExtractor title = new TitleExtractor();
  private final LetterExtractor letter = new LetterExtractor();
  private final SignatureExtractor signature = new SignatureExtractor();
  private final CirculationExtractor circulation = new CirculationExtractor();
  private final AnnexExtractor annexes = new AnnexExtractor();
  private final ReferenceExtractor references = new ReferenceExtractor();
  private final MentionExtractor mentions = new MentionExtractor();
  private final DateFallback dateFallback = new DateFallback();
  private final YearResolver year = new YearResolver();

  @Override
  public Extraction read(DocumentTree tree, LanguagePack pack, Diagnostics diagnostics) {
    Context ctx = new Context(tree, pack, diagnostics);
    Document.Builder record = Document.builder();
    Map<String, Span> spans = new LinkedHashMap<>();
    record.language = tree.language();

    List<Reading<String>> own = symbols.read(ctx);
    own.forEach(s -> record.symbols.add(s.value()));
    own.stream().findFirst().ifPresent(s -> evidence(ctx, record, spans, "symbols", s));

    Reading<Circulation> circulated = circulation.read(ctx);
    List<Reading<Organ>> organs = masthead.organs(ctx, own);
    organs.forEach(o -> record.organs.add(o.value()));
    organs.stream().findFirst().ifPresent(o -> evidence(ctx, record, spans, "organs", o));
    if (organs.isEmpty() && circulated != null) {
      // a page without its masthead: the document is one of the organs it is circulated to
      record.organs.addAll(circulated.value().organs());
    }
    record.distribution = value(ctx, record, spans, "distribution", masthead.distribution(ctx));
    record.date = value(ctx, record, spans, "date", masthead.date(ctx));
    record.originalLanguage = value(ctx, record, spans, "originalLanguage", masthead.originalLanguage(ctx));
    record.jobNumber = value(ctx, record, spans, "jobNumber", masthead.jobNumber(ctx));
    record.session = value(ctx, record, spans, "session", masthead.session(ctx, own));
    record.securityCouncilYear = value(ctx, record, spans, "securityCouncilYear", masthead.securityCouncilYear(ctx));
    List<org.plenary.model.AgendaItem> items = value(ctx, record, spans, "agendaItems", agenda.read(ctx, record.session));
    if (items == null && MeetingAgenda.isMeetingRecord(ctx, own)) {
      // a meeting record prints its agenda in the body, not in its masthead
      items = value(ctx, record, spans, "agendaItems", meetingAgenda.read(ctx));
    }
    if (items != null) {
      record.agendaItems.addAll(items);
    }

    record.title = value(ctx, record, spans, "title", title.title(ctx));
    record.type = value(ctx, record, spans, "type", title.type(ctx, own));
    String letterTitle = LetterExtractor.letterType(ctx, TitleExtractor.oneLine(ctx.title)) == null ? null
        : LetterExtractor.cutLetterTitle(ctx, TitleExtractor.oneLine(ctx.title));
    if (letterTitle != null) {
      record.letterDate = value(ctx, record, spans, "letterDate", letter.letterDate(ctx, letterTitle));
      record.author = value(ctx, record, spans, "author", letter.author(ctx, letterTitle));
      List<String> to = value(ctx, record, spans, "addressees", letter.addressees(ctx, letterTitle));
      if (to != null) {
        record.addressees.addAll(to);
      }
    }

    var signed = value(ctx, record, spans, "signatories", signature.read(ctx));
    if (signed != null) {
      record.signatories.addAll(signed);
    }
    record.circulation = value(ctx, record, spans, "circulation", circulated);
    record.annexes.addAll(annexes.read(ctx));
    record.body.addAll(tree.body());
    record.references.addAll(references.read(ctx, own));
    record.mentions = mentions.read(ctx);
    if (record.date == null) {
      record.date = value(ctx, record, spans, "date", dateFallback.read(ctx, record.type == null ? DocumentType.OTHER
          : record.type));
    }
    Reading<Integer> imprint = masthead.imprintYear(ctx);
    record.year = year.read(record.date, record.letterDate, record.securityCouncilYear,
        imprint == null ? null : imprint.value());
    return new Extraction(record.build(), spans);
  }

  /** A reading's value, its evidence noted; null for no reading. */
  private static <T> T value(Context ctx, Document.Builder record, Map<String, Span> spans, String field,
      Reading<T> reading) {
    if (reading == null) {
      return null;
    }
    evidence(ctx, record, spans, field, reading);
    return reading.value();
  }

  private static void evidence(Context ctx, Document.Builder record, Map<String, Span> spans, String field,
      Reading<?> reading) {
    if (reading.span() != null) {
      record.evidence(field, ctx.slice(reading.span()));
      // the first span for a field wins, as its evidence does
      spans.putIfAbsent(field, reading.span());
    }
  }
}
