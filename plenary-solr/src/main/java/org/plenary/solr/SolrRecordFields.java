package org.plenary.solr;

import java.time.ZoneOffset;
import java.util.Date;
import org.apache.solr.common.SolrInputDocument;
import org.plenary.index.Fields;
import org.plenary.index.IndexedDocument;

/**
 * Turns a record into the Solr document of a plenary collection: the same values in the same
 * fields as the embedded index, both taken from {@link IndexedDocument}. Stateless.
 */
final class SolrRecordFields {
  private SolrRecordFields() {}

  static SolrInputDocument build(IndexedDocument values) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(Fields.ID, values.id());
    doc.addField(Fields.SOURCE, values.sourceName());
    values.symbols().forEach(symbol -> doc.addField(Fields.SYMBOL, symbol));
    if (values.title() != null) {
      doc.addField(Fields.TITLE, values.title());
      doc.addField(Fields.title(values.language()), values.title());
    }
    doc.addField(Fields.text(values.language()), values.text());
    if (values.date() != null) {
      doc.addField(Fields.DATE, Date.from(values.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
    values.keywords().forEach((field, keywords) -> keywords.forEach(value -> doc.addField(field, value)));
    values.agendaTitles().forEach(title -> doc.addField(Fields.AGENDA_TITLE, title));
    return doc;
  }
}
