package org.plenary.solr;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.plenary.index.Fields;
import org.plenary.index.IndexedDocument;
import org.plenary.index.Matches;
import org.plenary.index.SearchIndex;
import org.plenary.index.SearchRejected;
import org.plenary.index.SearchRequest;
import org.plenary.index.SearchResult;
import org.plenary.index.Snippets;
import org.plenary.index.query.QueryNode;
import org.plenary.index.query.QueryParser;
import org.plenary.index.query.StateNames;
import org.plenary.model.Document;
import org.plenary.model.Language;

/**
 * The search index on a SolrCloud collection made by {@link CollectionCreator}: the same fields,
 * analysis and answers as the embedded index, spread over the cluster's shards and replicated.
 * The sources and records stay in the data folder, as with the embedded index.
 *
 * <p>Documents put are sent in batches; a batch or a commit that fails because a node is lost or a
 * leader is being elected is sent again (documents are keyed by the hash of their source, so
 * sending one twice replaces it with itself), for up to {@link #RETRY_FOR}. Thread-safe.
 */
public final class SolrIndex implements SearchIndex {
  private static final int BATCH_DOCUMENTS = 100;
  private static final long BATCH_BYTES = 8L * 1024 * 1024;
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final Duration RETRY_FOR = Duration.ofSeconds(60);
  private static final int PAGE = 2000;
  private static final int VERSIONS = 50;

  private final CloudSolrClient client;
  private final String collection;
  private final SolrQueryWriter queries = new SolrQueryWriter();
  private final QueryParser parser = new QueryParser(StateNames.get());
  private final Object pendingLock = new Object();
  private List<SolrInputDocument> pending = new ArrayList<>();
  private long pendingBytes;

  private SolrIndex(CloudSolrClient client, String collection) {
    this.client = client;
    this.collection = collection;
  }

  /** Opens a collection of a cluster; it must exist (see {@link CollectionCreator}). */
  public static SolrIndex open(SolrAddress address, String collection) throws IOException {
    CloudSolrClient client = address.connect();
    try {
      if (!CollectionAdminRequest.listCollections(client).contains(collection)) {
        throw new FileNotFoundException("no collection '" + collection + "' on SolrCloud at " + address
            + ": create it with 'plenary solr create --zk ZK_HOST --collection " + collection + "'");
      }
    } catch (SolrServerException | IOException | RuntimeException e) {
      client.close();
      if (e instanceof FileNotFoundException missing) {
        throw missing;
      }
      throw new IOException("cannot reach SolrCloud at " + address + ": " + e.getMessage(), e);
    }
    return new SolrIndex(client, collection);
  }

  @Override
  public void put(String id, String sourceName, Document record) throws IOException {
    SolrInputDocument doc = SolrRecordFields.build(IndexedDocument.of(id, sourceName, record));
    List<SolrInputDocument> full = null;
    synchronized (pendingLock) {
      pending.add(doc);
      pendingBytes += doc.toString().length();
      if (pending.size() >= BATCH_DOCUMENTS || pendingBytes >= BATCH_BYTES) {
        full = takePending();
      }
    }
    if (full != null) {
      send(full);
    }
  }

  /** Removes a document: what is pending is sent first, so a put before the delete does not undo it. */
  @Override
  public void delete(String id) throws IOException {
    flush();
    retrying("deleting a document", () -> client.deleteById(collection, id));
  }

  private void flush() throws IOException {
    List<SolrInputDocument> rest;
    synchronized (pendingLock) {
      rest = takePending();
    }
    send(rest);
  }

  private List<SolrInputDocument> takePending() {
    List<SolrInputDocument> taken = pending;
    pending = new ArrayList<>();
    pendingBytes = 0;
    return taken;
  }

  private void send(List<SolrInputDocument> docs) throws IOException {
    if (!docs.isEmpty()) {
      UpdateRequest update = new UpdateRequest();
      update.add(docs);
      retrying("sending " + docs.size() + " documents", () -> update.process(client, collection));
    }
  }

  /** Sends what is pending and commits: what was put is then durable on every replica and searchable. */
  @Override
  public void commit() throws IOException {
    flush();
    retrying("committing", () -> client.commit(collection, true, true));
  }

  /** Work against the cluster that may fail while a node is lost. */
  private interface ClusterWork<T> {
    T run() throws SolrServerException, IOException;
  }

  /**
   * Runs work, again after a pause while the cluster answers that it cannot take it now (a node
   * lost, a shard without a leader yet, a connection refused), for up to {@link #RETRY_FOR}. A
   * request the cluster refuses as bad is not tried again.
   */
  private <T> T retrying(String what, ClusterWork<T> work) throws IOException {
    long deadline = System.nanoTime() + RETRY_FOR.toNanos();
    long pause = 250;
    while (true) {
      try {
        return work.run();
      } catch (BaseHttpSolrClient.RemoteSolrException e) {
        if (e.code() >= 400 && e.code() < 500 || System.nanoTime() > deadline) {
          throw new IOException(what + " to SolrCloud failed: " + e.getMessage(), e);
        }
      } catch (SolrServerException | IOException | org.apache.solr.common.SolrException e) {
        if (System.nanoTime() > deadline) {
          throw new IOException(what + " to SolrCloud failed for " + RETRY_FOR.toSeconds() + " s: " + e.getMessage(), e);
        }
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(what + " was interrupted", e);
      }
      pause = Math.min(pause * 2, 4000);
    }
  }

  private QueryResponse query(JsonQueryRequest request) throws IOException, SearchRejected {
    request.setMethod(SolrRequest.METHOD.POST);
    try {
      return retrying("searching", () -> request.process(client, collection));
    } catch (IOException e) {
      if (e.getCause() instanceof BaseHttpSolrClient.RemoteSolrException remote && remote.code() == 400) {
        String message = remote.getMessage();
        throw new SearchRejected(message.contains("maxClauseCount") || message.contains("too many")
            ? "the query is too broad: it expands to too many terms; use fewer words or longer prefixes"
            : "Solr refused the search: " + message);
      }
      throw e;
    }
  }

  @Override
  public SearchResult search(SearchRequest request) throws SearchRejected, IOException {
    long start = System.nanoTime();
    QueryNode parsed = parser.parse(request.query());
    QueryResponse response = query(queries.search(parsed, request, TIMEOUT.toMillis()));
    if (partial(response)) {
      // cut short: too costly a search, or a shard whose replica was lost while it ran; a second
      // try tells the two apart, as the cluster has then routed around the lost replica
      response = query(queries.search(parsed, request, TIMEOUT.toMillis()));
    }
    if (partial(response)) {
      throw new SearchRejected("the search took longer than " + TIMEOUT.toSeconds()
          + " seconds; narrow it with filters or more specific words");
    }
    Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (SolrDocument doc : response.getResults()) {
      String snippet = null;
      Map<String, List<String>> fields = highlighting == null ? null : highlighting.get((String) doc.getFirstValue(Fields.ID));
      Optional<Language> language = Language.find((String) doc.getFirstValue(Fields.LANGUAGE));
      if (fields != null && language.isPresent()) {
        List<String> passages = fields.get(Fields.text(language.get()));
        snippet = passages == null || passages.isEmpty() ? null : Snippets.shorten(passages.get(0));
      }
      hits.add(hit(doc, snippet));
    }
    return new SearchResult(response.getResults().getNumFound(), request.offset(), request.sort().parameter(),
        (System.nanoTime() - start) / 1_000_000, hits, facets(response));
  }

  private static boolean partial(QueryResponse response) {
    return Boolean.TRUE.equals(response.getResponseHeader().get("partialResults"));
  }

  private static Map<String, Map<String, Integer>> facets(QueryResponse response) {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    NestableJsonFacet facets = response.getJsonFacetingResponse();
    for (String dimension : Fields.FACETS) {
      Map<String, Integer> values = new LinkedHashMap<>();
      BucketBasedJsonFacet buckets = facets == null ? null : facets.getBucketBasedFacets(dimension);
      if (buckets != null) {
        for (BucketJsonFacet bucket : buckets.getBuckets()) {
          values.put(String.valueOf(bucket.getVal()), (int) bucket.getCount());
        }
      }
      counts.put(dimension, values);
    }
    return counts;
  }

  private static SearchResult.Hit hit(SolrDocument doc, String snippet) {
    Collection<Object> symbols = doc.getFieldValues(Fields.SYMBOL);
    Object score = doc.getFirstValue("score");
    Object date = doc.getFirstValue(Fields.DATE);
    return new SearchResult.Hit((String) doc.getFirstValue(Fields.ID),
        symbols == null ? List.of() : symbols.stream().map(String::valueOf).toList(),
        (String) doc.getFirstValue(Fields.LANGUAGE), (String) doc.getFirstValue(Fields.TYPE),
        (String) doc.getFirstValue(Fields.TITLE),
        date instanceof Date d ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString() : null,
        (String) doc.getFirstValue(Fields.SOURCE), score instanceof Number n ? n.floatValue() : 0f, snippet);
  }

  @Override
  public Matches matches(SearchRequest request) throws SearchRejected, IOException {
    QueryNode parsed = parser.parse(request.query());
    JsonQueryRequest first = queries.matching(parsed, request);
    first.setLimit(0);
    long total = query(first).getResults().getNumFound();
    return new SolrMatches((int) total, cursor -> {
      JsonQueryRequest page = queries.matching(parsed, request);
      page.setLimit(PAGE);
      page.returnFields(Fields.ID);
      page.setSort(Fields.ID + " asc");
      page.withParam("cursorMark", cursor);
      QueryResponse response = query(page);
      return new SolrMatches.Page(ids(response.getResults()), response.getNextCursorMark());
    });
  }

  private static List<String> ids(SolrDocumentList docs) {
    List<String> ids = new ArrayList<>(docs.size());
    for (SolrDocument doc : docs) {
      ids.add((String) doc.getFirstValue(Fields.ID));
    }
    return ids;
  }

  /** A document's stored fields by real-time get: it sees documents sent but not yet committed. */
  private Optional<SolrDocument> get(String id, String... fields) throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("fl", String.join(",", fields));
    SolrDocument doc = retrying("reading a document", () -> client.getById(collection, id, params));
    return Optional.ofNullable(doc);
  }

  @Override
  public List<SearchResult.Hit> versions(String id) throws IOException {
    Optional<SolrDocument> own = get(id, Fields.SYMBOL);
    Collection<Object> symbols = own.map(d -> d.getFieldValues(Fields.SYMBOL)).orElse(null);
    if (symbols == null || symbols.isEmpty()) {
      return List.of();
    }
    JsonQueryRequest request = queries.versions(id, symbols.stream().map(String::valueOf).toList(), VERSIONS);
    try {
      List<SearchResult.Hit> versions = new ArrayList<>();
      for (SolrDocument doc : query(request).getResults()) {
        versions.add(hit(doc, null));
      }
      return versions;
    } catch (SearchRejected e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  public Optional<String> text(String id) throws IOException {
    List<String> fields = new ArrayList<>(List.of(Fields.LANGUAGE));
    for (Language language : Language.values()) {
      fields.add(Fields.text(language));
    }
    return get(id, fields.toArray(String[]::new)).flatMap(doc -> Language.find((String) doc.getFirstValue(Fields.LANGUAGE))
        .map(language -> (String) doc.getFirstValue(Fields.text(language))));
  }

  @Override
  public boolean contains(String id) throws IOException {
    return get(id, Fields.ID).isPresent();
  }

  @Override
  public int count() throws IOException {
    try {
      JsonQueryRequest all = new JsonQueryRequest().setQuery("*:*").setLimit(0);
      return (int) query(all).getResults().getNumFound();
    } catch (SearchRejected e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** Sends what is still pending (without committing it: the indexer commits) and closes the client. */
  @Override
  public void close() throws IOException {
    try {
      flush();
    } finally {
      client.close();
    }
  }
}
