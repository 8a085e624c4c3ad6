package org.plenary.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A searchable collection of parsed UN documents. The embedded {@link LuceneIndex} is one; a
 * SolrCloud collection with the same schema and {@link Analysis} chains can be another.
 */
public interface SearchIndex extends Closeable {

  /** Runs a search; refuses one that is malformed, too broad or too slow. */
  SearchResult search(SearchRequest request) throws SearchRejected, IOException;

  /** The other language versions of a document: those sharing a symbol with it. */
  List<SearchResult.Hit> versions(String id) throws IOException;

  /** The repaired text of a document, as it was indexed, if the index holds it. */
  java.util.Optional<String> text(String id) throws IOException;

  /** Whether a document with this id is in the index. */
  boolean contains(String id) throws IOException;

  /** How many documents the index holds. */
  int count() throws IOException;
}
