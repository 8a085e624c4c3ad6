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
 * Solr type that indexes it the same way, plus what the collection holds so that no data folder
 * is needed beside it: the parsed record and the source file.
 */
final class SolrFields {
  /** The record as JSON (contract plenary.document/1), stored, not searched. */
  static final String RECORD = "record";
  /** The source file's bytes, stored, not searched. */
  static final String SOURCE = "source";
  /** The source file's name as it was indexed. */
  static final String SOURCE_NAME = "sourceName";
  /** SolrCloud's own version of each document, for optimistic concurrency and recovery. */
  static final String VERSION = "_version_";

  /** The types of the fields that are not analysed text. */
  enum Type {
    STRING("string", "solr.StrField"),
    LONG("plong", "solr.LongPointField"),
    DATE("pdate", "solr.DatePointField"),
    BINARY("binary", "solr.BinaryField");

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

  /** One field of the schema. */
  record Field(String name, String typeName, boolean indexed, boolean stored, boolean docValues, boolean multiValued) {}

  private SolrFields() {}

  /** Every field, in the order the schema lists them. */
  static List<Field> all() {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field(Fields.ID, Type.STRING.schemaName(), true, true, true, false));
    fields.add(new Field(VERSION, Type.LONG.schemaName(), false, false, true, false));
    fields.add(new Field(Fields.PATH, Type.STRING.schemaName(), false, true, false, false));
    fields.add(new Field(Fields.TITLE, Type.STRING.schemaName(), false, true, false, false));
    for (Language language : Language.values()) {
      fields.add(analysed(Fields.title(language), false, false));
      // the text is stored for snippets, as in the embedded index
      fields.add(analysed(Fields.text(language), true, false));
    }
    fields.add(analysed(Fields.SYMBOL, true, true));
    fields.add(analysed(Fields.AGENDA_TITLE, false, true));
    fields.add(new Field(Fields.DATE, Type.DATE.schemaName(), true, true, true, false));
    for (String facet : Fields.FACETS) {
      fields.add(new Field(facet, Type.STRING.schemaName(), true, true, true, Fields.MULTI_VALUED.contains(facet)));
    }
    fields.add(new Field(Fields.STATE, Type.STRING.schemaName(), true, false, false, true));
    fields.add(new Field(RECORD, Type.STRING.schemaName(), false, true, false, false));
    fields.add(new Field(SOURCE, Type.BINARY.schemaName(), false, true, false, false));
    fields.add(new Field(SOURCE_NAME, Type.STRING.schemaName(), false, true, false, false));
    return fields;
  }

  /** An analysed field, with the field type of the chain {@link Analysis#fields()} gives it. */
  private static Field analysed(String name, boolean stored, boolean multiValued) {
    AnalysisChain chain = Analysis.fields().get(name);
    String chainName = Analysis.named().entrySet().stream().filter(e -> e.getValue().equals(chain))
        .map(Map.Entry::getKey).findFirst()
        .orElseThrow(() -> new IllegalStateException("the field " + name + " has no named analysis chain"));
    return new Field(name, ConfigsetWriter.typeName(chainName), true, stored, false, multiValued);
  }
}
