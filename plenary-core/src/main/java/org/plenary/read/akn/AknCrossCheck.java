package org.plenary.read.akn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.plenary.extract.Extraction;
import org.plenary.extract.YearResolver;
import org.plenary.model.AgendaItem;
import org.plenary.model.Document;
import org.plenary.model.Span;
import org.plenary.pipeline.Diagnostics;
import org.plenary.pipeline.WarningCode;

/**
 * Checks the reading of an Akoma Ntoso document's text (its tree through the extractors, as for any
 * other input) against what its markup states (FRBR metadata, attributes, TLC references, the
 * elements that delimit a symbol, a date, a title). Where the markup states a value, it is kept: the
 * UN's markup is exact where a reading may slip. Where the reading disagrees, a warning names both
 * values and the text the reading came from, and carries that text's span; where the markup is
 * silent, the reading stands. The body, the mentions and the evidence are the reading's, so that
 * spans point into the text the extractors read. One instance per document.
 */
final class AknCrossCheck {
  private final Document reading;
  /** Where in the text the reading found each field: the place a disagreement's warning points to. */
  private final Map<String, Span> readFrom;
  private final Document markup;
  private final Diagnostics diagnostics;
  private final Document.Builder record = Document.builder();
  private final Set<String> overruled = new HashSet<>();

  AknCrossCheck(Extraction reading, Document markup, Diagnostics diagnostics) {
    this.reading = reading.record();
    this.readFrom = reading.evidenceSpans();
    this.markup = markup;
    this.diagnostics = diagnostics;
  }

  /** The record: the markup's values where it states them, else the reading's. */
  Document.Builder merge() {
    record.source = markup.source();
    record.language = markup.language();
    record.symbols.addAll(list("symbols", markup.symbols(), reading.symbols()));
    record.organs.addAll(list("organs", markup.organs(), reading.organs()));
    record.session = value("session", markup.session(), reading.session());
    record.securityCouncilYear = value("securityCouncilYear", markup.securityCouncilYear(),
        reading.securityCouncilYear());
    List<AgendaItem> items = list("agendaItems", markup.agendaItems(), reading.agendaItems(),
        l -> l.stream().map(i -> String.valueOf(i.number())).toList());
    record.agendaItems.addAll(numbers(items).equals(numbers(reading.agendaItems())) ? items(items) : items);
    record.distribution = value("distribution", markup.distribution(), reading.distribution());
    record.date = value("date", markup.date(), reading.date());
    record.originalLanguage = value("originalLanguage", markup.originalLanguage(), reading.originalLanguage());
    record.type = value("type", markup.type(), reading.type());
    record.title = value("title", markup.title(), reading.title(), AknCrossCheck::oneLine);
    record.letterDate = value("letterDate", markup.letterDate(), reading.letterDate());
    record.author = value("author", markup.author(), reading.author(), a -> a.name());
    record.addressees.addAll(list("addressees", markup.addressees(), reading.addressees()));
    record.signatories.addAll(list("signatories", markup.signatories(), reading.signatories(),
        s -> s.stream().map(org.plenary.model.Signatory::name).toList()));
    record.circulation = value("circulation", markup.circulation(), reading.circulation(), c -> null);
    record.annexes.addAll(list("annexes", markup.annexes(), reading.annexes(), a -> List.of(a.size() + " annexes")));
    record.jobNumber = value("jobNumber", markup.jobNumber(), reading.jobNumber());
    record.references.addAll(list("references", markup.references(), reading.references(), r -> null));
    record.body.addAll(reading.body());
    record.mentions = reading.mentions();
    // a field whose reading was overruled keeps the markup's evidence
    markup.evidence().forEach((field, snippet) -> {
      if (overruled.contains(field)) {
        record.evidence(field, snippet);
      }
    });
    reading.evidence().forEach(record::evidence);
    markup.evidence().forEach(record::evidence);
    record.year = new YearResolver().read(record.date, record.letterDate, record.securityCouncilYear, reading.year());
    return record;
  }

  private <T> T value(String field, T stated, T read) {
    return value(field, stated, read, String::valueOf);
  }

  /**
   * The markup's value, else the reading's; a warning when both are there and differ as
   * {@code compared} shows them (a null comparison form never warns: the field has no printed
   * form to check).
   */
  private <T> T value(String field, T stated, T read, Function<T, String> compared) {
    if (stated == null) {
      return read;
    }
    if (read != null) {
      String a = compared.apply(stated);
      String b = compared.apply(read);
      if (a != null && b != null && !a.equals(b)) {
        disagree(field, a, b);
        overruled.add(field);
      }
    }
    return stated;
  }

  private <T> List<T> list(String field, List<T> stated, List<T> read) {
    return list(field, stated, read, l -> l.stream().map(String::valueOf).toList());
  }

  private <T> List<T> list(String field, List<T> stated, List<T> read, Function<List<T>, List<String>> compared) {
    if (stated.isEmpty()) {
      return read;
    }
    value(field, stated, read.isEmpty() ? null : read, l -> {
      List<String> shown = compared.apply(l);
      return shown == null ? null : String.valueOf(shown);
    });
    return stated;
  }

  private void disagree(String field, String stated, String read) {
    String printed = reading.evidence().get(field);
    diagnostics.warn(WarningCode.AKN_MARKUP_DISAGREES, "the markup's " + field + " is " + stated + " but the text reads "
        + read + (printed == null || Objects.equals(printed, read) ? "" : " (from '" + printed + "')")
        + "; the markup's is kept", readFrom.getOrDefault(field, readFrom.get(evidenceField(field))));
  }

  /**
   * Items whose numbers agree: the title the markup delimits (a differing reading is a warning), the
   * sub-item as the reading spells every input's ("(d)" for Arabic "(د)", "h)" read too) and the
   * English title the reading found for it.
   */
  private List<AgendaItem> items(List<AgendaItem> stated) {
    List<AgendaItem> out = new ArrayList<>();
    for (int i = 0; i < stated.size(); i++) {
      AgendaItem s = stated.get(i);
      AgendaItem r = reading.agendaItems().get(i);
      String title = value("agenda item " + s.number() + " title", s.title(), r.title(), AknCrossCheck::oneLine);
      out.add(new AgendaItem(s.number(), r.subItem() != null ? r.subItem() : s.subItem(), title,
          r.titleEn() != null ? r.titleEn() : s.titleEn(), s.provisional()));
    }
    return out;
  }

  /** The record field a compared field's evidence is kept under: an agenda item's title under the items'. */
  private static String evidenceField(String field) {
    return field.startsWith("agenda item ") ? "agendaItems" : field;
  }

  private static List<Integer> numbers(List<AgendaItem> items) {
    return items.stream().map(AgendaItem::number).toList();
  }

  private static String oneLine(String s) {
    return s == null ? null : Elements.spaced(s);
  }
}
