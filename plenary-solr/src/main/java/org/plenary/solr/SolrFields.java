package org.plenary.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plenary.index.Analysis;
import org.plenary.index.AnalysisChain;
import org.plenary.index.Fields;
import org.plenary.model.Language;

/**
 * The fields of a plenary collection: those of the embedded index ({@link Fields}), each with the
 * Solr type that indexes it the same way (text with the offsets of its words, as the embedded
 * index keeps them for snippets).
 */
final class SolrFields {
  /** SolrCloud's own version of each document, for optimistic concurrency and recovery. */
  static final String VERSION = "_version_";

  /** The types of the fields that are not analysed text. */
  enum Type {
    STRING("string", "solr.StrField"),
    LONG("plong", "solr.LongPointField"),
    DATE("pdate", "solr.DatePointField");

    private final String schemaName;
    private final String solrClass;

    Type(String schemaName, String solrClass) {
      this.schemaName = schemaName;
      this.solrClass = solrClass;
    }

    String schemaName() {
      return schemaName;
    }

    String solrClass() {
      return solrClass;
    }
  }

  /** How an analysed field keeps its words. */
  enum Postings {
    /** Positions and the offsets of each word, for phrases and for snippets cut without analysing again. */
    OFFSETS,
    /** Positions, for phrases. */
    POSITIONS,
    /** Which documents hold a word, and no more: a key, scored as the embedded index scores its keyword fields. */
    DOCS
  }

  /** One field of the schema. */
  record Field(String name, String typeName, boolean indexed, boolean stored, boolean docValues, boolean multiValued,
      Postings postings) {
    Field(String name, String typeName, boolean indexed, boolean stored, boolean docValues, boolean multiValued) {
      this(name, typeName, indexed, stored, docValues, multiValued, null);
    }
  }

  private SolrFields() {}

  /** Every field, in the order the schema lists them. */
  static List<Field> all() {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field(Fields.ID, Type.STRING.schemaName(), true, true, true, false));
    fields.add(new Field(VERSION, Type.LONG.schemaName(), false, false, true, false));
    fields.add(new Field(Fields.SOURCE, Type.STRING.schemaName(), false, true, false, false));
    fields.add(new Field(Fields.TITLE, Type.STRING.schemaName(), false, true, false, false));
    for (Language language : Language.values()) {
      fields.add(analysed(Fields.title(language), false, false, Postings.OFFSETS));
      // the text is stored for snippets, as in the embedded index
      fields.add(analysed(Fields.text(language), true, false, Postings.OFFSETS));
    }
    // the symbols: one lower-cased term each, as the embedded index keys them, stored as written
    fields.add(analysed(Fields.SYMBOL, true, true, Postings.DOCS));
    fields.add(analysed(Fields.AGENDA_TITLE, false, true, Postings.POSITIONS));
    fields.add(new Field(Fields.DATE, Type.DATE.schemaName(), true, true, true, false));
    for (String facet : Fields.FACETS) {
      fields.add(new Field(facet, Type.STRING.schemaName(), true, true, true, Fields.MULTI_VALUED.contains(facet)));
    }
    return fields;
  }

  /** An analysed field, with the field type of the chain {@link Analysis#fields()} gives it. */
  private static Field analysed(String name, boolean stored, boolean multiValued, Postings postings) {
    AnalysisChain chain = Analysis.fields().get(name);
    String chainName = Analysis.named().entrySet().stream().filter(e -> e.getValue().equals(chain))
        .map(Map.Entry::getKey).findFirst()
        .orElseThrow(() -> new IllegalStateException("the field " + name + " has no named analysis chain"));
    return new Field(name, ConfigsetWriter.typeName(chainName), true, stored, false, multiValued, postings);
  }
}
