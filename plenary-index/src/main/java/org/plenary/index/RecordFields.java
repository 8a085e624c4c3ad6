package org.plenary.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.plenary.model.AgendaItem;
import org.plenary.model.Document;
import org.plenary.model.Mention;
import org.plenary.model.Organ;
import org.plenary.write.TextWriter;

/**
 * Turns a parsed record into the Lucene document of the index: its text under its language's
 * fields, its symbols as exact keywords, and one keyword field plus one facet per dimension.
 * Stateless and thread-safe.
 */
final class RecordFields {
  private static final TextWriter TEXT = new TextWriter();

  private final FacetsConfig facets;

  RecordFields(FacetsConfig facets) {
    this.facets = facets;
  }

  /** The facet configuration that every writer and reader of the index shares. */
  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dimension : Fields.MULTI_VALUED) {
      config.setMultiValued(dimension, true);
    }
    return config;
  }

  org.apache.lucene.document.Document build(String id, String path, Document record) {
    org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
    doc.add(new StringField(Fields.ID, id, Field.Store.YES));
    doc.add(new StoredField(Fields.PATH, path));
    for (String symbol : record.symbols()) {
      doc.add(new TextField(Fields.SYMBOL, symbol, Field.Store.YES));
    }
    if (record.title() != null) {
      doc.add(new StoredField(Fields.TITLE, record.title()));
      doc.add(new TextField(Fields.title(record.language()), record.title(), Field.Store.NO));
    }
    doc.add(new TextField(Fields.text(record.language()), TEXT.write(record), Field.Store.YES));
    if (record.date() != null) {
      long day = record.date().toEpochDay();
      doc.add(new LongPoint(Fields.DATE, day));
      doc.add(new NumericDocValuesField(Fields.DATE, day));
      doc.add(new StoredField(Fields.DATE, record.date().toString()));
    }
    keyword(doc, Fields.LANGUAGE, record.language().code());
    keyword(doc, Fields.TYPE, record.type().id());
    for (Organ organ : record.organs()) {
      keyword(doc, Fields.ORGAN, organ.name());
    }
    if (record.session() != null) {
      keyword(doc, Fields.SESSION, record.session().toString());
    }
    if (record.year() != null) {
      keyword(doc, Fields.YEAR, record.year().toString());
    }
    Set<String> states = new LinkedHashSet<>();
    if (record.author() != null && record.author().state() != null) {
      keyword(doc, Fields.AUTHOR, record.author().state());
      states.add(record.author().state());
    }
    for (Mention mention : record.mentions().states()) {
      keyword(doc, Fields.STATES, mention.code());
      states.add(mention.code());
    }
    for (String state : states) {
      doc.add(new StringField(Fields.STATE, state, Field.Store.NO));
    }
    Set<String> agenda = new LinkedHashSet<>();
    for (AgendaItem item : record.agendaItems()) {
      if (agenda.add(Integer.toString(item.number()))) {
        keyword(doc, Fields.AGENDA, Integer.toString(item.number()));
      }
      if (item.titleEn() != null) {
        doc.add(new TextField(Fields.AGENDA_TITLE, item.titleEn(), Field.Store.NO));
      }
    }
    try {
      return facets.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A value that is filtered on exactly, counted as a facet and stored for the hit list. */
  private static void keyword(org.apache.lucene.document.Document doc, String field, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    doc.add(new StringField(field, value, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(field, value));
  }
}
