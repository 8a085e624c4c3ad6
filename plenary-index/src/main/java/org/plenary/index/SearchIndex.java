package org.plenary.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.plenary.model.Document;

/**
 * A searchable collection of parsed UN documents, whatever engine holds it: the command line, the
 * HTTP server and export use nothing else. The embedded {@link LuceneIndex} is one; another engine
 * (a SolrCloud collection with the same fields and {@link Analysis} chains) must answer every
 * {@link SearchRequest} with the same hits and facet counts.
 *
 * <p>Queries reach an engine parsed ({@link org.plenary.index.query.QueryParser}) into the
 * engine-neutral {@link org.plenary.index.query.QueryNode} tree, which each engine translates.
 * Writing: {@link #put} and {@link #delete} take effect for searches at the next {@link #commit}.
 * An index opened for reading refuses to write with {@link IllegalStateException}. Thread-safe.
 */
public interface SearchIndex extends Closeable {

  /** Adds a document, or replaces the one with the same id. */
  void put(String id, String sourceName, Document record) throws IOException;

  /** Removes a document, if the index holds it. */
  void delete(String id) throws IOException;

  /** Makes every put and delete so far durable and visible: a process killed after this loses none. */
  void commit() throws IOException;

  /**
   * Runs a search: one page of hits, each with a snippet, the total and the facet counts; refuses
   * one that is malformed, too broad or slower than the time limit (which covers expanding
   * prefixes and fuzzy words and making snippets, not only finding the matches).
   */
  SearchResult search(SearchRequest request) throws SearchRejected, IOException;

  /** Every document the request matches, not only a page: its offset, limit and sort do not apply. */
  Matches matches(SearchRequest request) throws SearchRejected, IOException;

  /** The other language versions of a document: those sharing a symbol with it. */
  List<SearchResult.Hit> versions(String id) throws IOException;

  /** The repaired text of a document, as it was indexed, if the index holds it. */
  Optional<String> text(String id) throws IOException;

  /** Whether a document with this id is in the index. */
  boolean contains(String id) throws IOException;

  /** How many documents the index holds. */
  int count() throws IOException;
}
