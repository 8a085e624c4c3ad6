package org.plenary.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.model.AgendaItem;
import org.plenary.model.Document;
import org.plenary.model.Language;
import org.plenary.model.Mention;
import org.plenary.model.Organ;
import org.plenary.write.TextWriter;

/**
 * What a parsed record puts into each field of the index ({@link Fields}), decided once for both
 * engines: the embedded index and a SolrCloud collection build their documents from this, so they
 * hold the same values.
 *
 * @param sourceName the source file's name
 * @param date the date the index files the record under: see {@link Fields#DATE}
 * @param keywords the value or values of each facet dimension ({@link Fields#FACETS}), in that
 *     order; a dimension without a value is absent
 */
public record IndexedDocument(String id, String sourceName, Language language, String title, String text,
    List<String> symbols, LocalDate date, Map<String, List<String>> keywords, List<String> agendaTitles) {
  private static final TextWriter TEXT = new TextWriter();

  public static IndexedDocument of(String id, String sourceName, Document record) {
    Map<String, List<String>> keywords = new LinkedHashMap<>();
    LocalDate date = record.date() != null ? record.date() : record.letterDate();
    keyword(keywords, Fields.YEAR, date == null ? null : Integer.toString(date.getYear()));
    keyword(keywords, Fields.LANGUAGE, record.language().code());
    keyword(keywords, Fields.TYPE, record.type().id());
    for (Organ organ : record.organs()) {
      keyword(keywords, Fields.ORGAN, organ.name());
    }
    keyword(keywords, Fields.SESSION, record.session() == null ? null : record.session().toString());
    if (record.author() != null) {
      keyword(keywords, Fields.AUTHOR, record.author().state());
      keyword(keywords, Fields.STATE, record.author().state());
    }
    for (Mention mention : record.mentions().states()) {
      keyword(keywords, Fields.STATE, mention.code());
    }
    List<String> agendaTitles = new ArrayList<>();
    for (AgendaItem item : record.agendaItems()) {
      keyword(keywords, Fields.AGENDA, Integer.toString(item.number()));
      if (item.titleEn() != null) {
        agendaTitles.add(item.titleEn());
      }
    }
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    for (String facet : Fields.FACETS) {
      if (keywords.containsKey(facet)) {
        ordered.put(facet, List.copyOf(keywords.get(facet)));
      }
    }
    return new IndexedDocument(id, sourceName, record.language(), record.title(), TEXT.write(record),
        List.copyOf(record.symbols()), date, ordered, agendaTitles);
  }

  /** Adds a value to a dimension once: a State both author and mentioned counts once. */
  private static void keyword(Map<String, List<String>> keywords, String field, String value) {
    if (value != null && !value.isBlank()) {
      List<String> values = keywords.computeIfAbsent(field, f -> new ArrayList<>());
      if (!values.contains(value)) {
        values.add(value);
      }
    }
  }

  public IndexedDocument {
    symbols = List.copyOf(symbols);
    keywords = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keywords));
    agendaTitles = List.copyOf(agendaTitles);
  }
}
