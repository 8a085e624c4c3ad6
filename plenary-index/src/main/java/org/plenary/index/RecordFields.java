package org.plenary.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.time.LocalDate;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
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
  /**
   * Text with the offsets of each word in the postings, so that snippets are cut from the stored
   * text without analysing it again (the costliest part of a search before).
   */
  private static final FieldType STORED_TEXT = textType(true);
  private static final FieldType TEXT_ONLY = textType(false);

  private static FieldType textType(boolean stored) {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.setStored(stored);
    type.freeze();
    return type;
  }

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

  /** The date the index files a record under: see {@link Fields#DATE}. */
  static LocalDate date(Document record) {
    return record.date() != null ? record.date() : record.letterDate();
  }

  org.apache.lucene.document.Document build(String id, String sourceName, Document record) {
    org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
    doc.add(new StringField(Fields.ID, id, Field.Store.YES));
    doc.add(new StoredField(Fields.SOURCE, sourceName));
    for (String symbol : record.symbols()) {
      doc.add(new StringField(Fields.SYMBOL, Fields.symbolKey(symbol), Field.Store.NO));
      doc.add(new StoredField(Fields.SYMBOL, symbol));
    }
    if (record.title() != null) {
      doc.add(new StoredField(Fields.TITLE, record.title()));
      doc.add(new Field(Fields.title(record.language()), record.title(), TEXT_ONLY));
    }
    doc.add(new Field(Fields.text(record.language()), TEXT.write(record), STORED_TEXT));
    LocalDate date = date(record);
    if (date != null) {
      long day = date.toEpochDay();
      doc.add(new LongPoint(Fields.DATE, day));
      doc.add(new NumericDocValuesField(Fields.DATE, day));
      doc.add(new StoredField(Fields.DATE, date.toString()));
      keyword(doc, Fields.YEAR, Integer.toString(date.getYear()));
    }
    keyword(doc, Fields.LANGUAGE, record.language().code());
    keyword(doc, Fields.TYPE, record.type().id());
    for (Organ organ : record.organs()) {
      keyword(doc, Fields.ORGAN, organ.name());
    }
    if (record.session() != null) {
      keyword(doc, Fields.SESSION, record.session().toString());
    }
    Set<String> states = new LinkedHashSet<>();
    if (record.author() != null && record.author().state() != null) {
      keyword(doc, Fields.AUTHOR, record.author().state());
      states.add(record.author().state());
    }
    for (Mention mention : record.mentions().states()) {
      states.add(mention.code());
    }
    for (String state : states) {
      keyword(doc, Fields.STATE, state);
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
