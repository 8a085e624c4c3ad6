package org.plenary.index;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.plenary.model.Document;

/**
 * Turns a parsed record into the Lucene document of the index: its text under its language's
 * fields, its symbols as exact keywords, and one keyword field plus one facet per dimension.
 * Stateless and thread-safe.
 */
public final class RecordFields {
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

  public RecordFields(FacetsConfig facets) {
    this.facets = facets;
  }

  /** The facet configuration that every writer and reader of the index shares. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dimension : Fields.MULTI_VALUED) {
      config.setMultiValued(dimension, true);
    }
    return config;
  }

  /** The Lucene document of a record, its facets included (as {@link LuceneIndex#put} adds it). */
  public org.apache.lucene.document.Document build(String id, String sourceName, Document record) {
    IndexedDocument values = IndexedDocument.of(id, sourceName, record);
    org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
    doc.add(new StringField(Fields.ID, id, Field.Store.YES));
    doc.add(new StoredField(Fields.SOURCE, values.sourceName()));
    for (String symbol : values.symbols()) {
      doc.add(new StringField(Fields.SYMBOL, Fields.symbolKey(symbol), Field.Store.NO));
      doc.add(new StoredField(Fields.SYMBOL, symbol));
    }
    if (values.title() != null) {
      doc.add(new StoredField(Fields.TITLE, values.title()));
      doc.add(new Field(Fields.title(values.language()), values.title(), TEXT_ONLY));
    }
    doc.add(new Field(Fields.text(values.language()), values.text(), STORED_TEXT));
    if (values.date() != null) {
      long day = values.date().toEpochDay();
      doc.add(new LongPoint(Fields.DATE, day));
      doc.add(new NumericDocValuesField(Fields.DATE, day));
      doc.add(new StoredField(Fields.DATE, values.date().toString()));
    }
    values.keywords().forEach((field, keywords) -> keywords.forEach(value -> keyword(doc, field, value)));
    for (String title : values.agendaTitles()) {
      doc.add(new TextField(Fields.AGENDA_TITLE, title, Field.Store.NO));
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
