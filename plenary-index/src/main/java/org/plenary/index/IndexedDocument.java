package org.plenary.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * @param keywords the value or values of each facet dimension ({@link Fields#FACETS}), in that order;
 *     a dimension without a value is absent
 * @param states every State the document is from or about (author and mentions), ISO alpha-3
 */
public record IndexedDocument(String id, String path, Language language, String title, String text,
    List<String> symbols, LocalDate date, Map<String, List<String>> keywords, Set<String> states,
    List<String> agendaTitles) {
  private static final TextWriter TEXT = new TextWriter();

  public static IndexedDocument of(String id, String path, Document record) {
    Map<String, List<String>> keywords = new LinkedHashMap<>();
    for (Organ organ : record.organs()) {
      keyword(keywords, Fields.ORGAN, organ.name());
    }
    keyword(keywords, Fields.SESSION, record.session() == null ? null : record.session().toString());
    keyword(keywords, Fields.YEAR, record.year() == null ? null : record.year().toString());
    keyword(keywords, Fields.TYPE, record.type().id());
    keyword(keywords, Fields.LANGUAGE, record.language().code());
    Set<String> states = new LinkedHashSet<>();
    if (record.author() != null && record.author().state() != null) {
      keyword(keywords, Fields.AUTHOR, record.author().state());
      states.add(record.author().state());
    }
    for (Mention mention : record.mentions().states()) {
      keyword(keywords, Fields.STATES, mention.code());
      states.add(mention.code());
    }
    List<String> agendaTitles = new ArrayList<>();
    for (AgendaItem item : record.agendaItems()) {
      String number = Integer.toString(item.number());
      if (!keywords.getOrDefault(Fields.AGENDA, List.of()).contains(number)) {
        keyword(keywords, Fields.AGENDA, number);
      }
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
    return new IndexedDocument(id, path, record.language(), record.title(), TEXT.write(record),
        List.copyOf(record.symbols()), record.date(), ordered, states, agendaTitles);
  }

  private static void keyword(Map<String, List<String>> keywords, String field, String value) {
    if (value != null && !value.isBlank()) {
      keywords.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
    }
  }

  public IndexedDocument {
    symbols = List.copyOf(symbols);
    keywords = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keywords));
    states = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(states));
    agendaTitles = List.copyOf(agendaTitles);
  }
}
