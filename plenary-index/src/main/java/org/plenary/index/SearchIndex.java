package org.plenary.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plenary.model.Document;

/**
 * A searchable collection of parsed UN documents, with each document's record and source file:
 * the embedded {@link LuceneIndex}, or a SolrCloud collection with the same fields and
 * {@link Analysis} chains. The command line, the HTTP server and export use only this.
 */
public interface SearchIndex extends Closeable {

  /**
   * Adds a document with its source file, or replaces the one with the same id; durable and
   * visible to searches after {@link #commit}. Throws {@link IllegalStateException} on an index
   * opened for reading.
   */
  void put(String id, String path, Document record, StoredSource source) throws IOException;

  /** Makes every document put so far durable and searchable: a process killed after this loses none. */
  void commit() throws IOException;

  /** Runs a search; refuses one that is malformed, too broad or too slow. */
  SearchResult search(SearchRequest request) throws SearchRejected, IOException;

  /** Every document the request matches, not only a page of hits: the request's limit does not apply. */
  Matches matches(SearchRequest request) throws SearchRejected, IOException;

  /** The other language versions of a document: those sharing a symbol with it. */
  List<SearchResult.Hit> versions(String id) throws IOException;

  /** The repaired text of a document, as it was indexed, if the index holds it. */
  Optional<String> text(String id) throws IOException;

  /** The record of a document as JSON (contract plenary.document/1), if the index holds it. */
  Optional<String> record(String id) throws IOException;

  /** The source file of a document, if the index holds it. */
  Optional<StoredSource> source(String id) throws IOException;

  /** Whether a document with this id is in the index. */
  boolean contains(String id) throws IOException;

  /** The ids of every document in the index. */
  Set<String> ids() throws IOException;

  /** How many documents the index holds. */
  int count() throws IOException;
}
