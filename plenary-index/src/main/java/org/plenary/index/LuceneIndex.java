package org.plenary.index;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.plenary.index.query.QueryNode;
import org.plenary.index.query.QueryParser;
import org.plenary.index.query.StateNames;
import org.plenary.model.Language;

/**
 * The embedded search index: a Lucene index in a {@link DataFolder}. Opened for writing by one
 * process at a time ({@link #forWriting}); opened for reading ({@link #forReading}) by any number,
 * each seeing what the writer has committed. Thread-safe.
 *
 * <p>What keeps a search fast on a million documents: each index snapshot (a {@link View}) builds
 * its facet ordinals once, not per search; words carry their offsets in the postings, so snippets
 * are cut from the stored text without analysing it again; the facet counts of the whole index are
 * counted once per snapshot, and a search for every document collects only its page.
 */
public final class LuceneIndex implements SearchIndex {
  /** The time a search may take, from parsing to its last snippet. */
  public static final Duration TIME_LIMIT = Duration.ofSeconds(5);

  /**
   * The levers of speed, each of which can be switched off by naming it in the system property
   * {@code plenary.index.off} (comma-separated), to measure what it is worth (BENCHMARKS.md):
   * {@code offsets} (snippets from the offsets in the postings, else by analysing the stored text
   * again), {@code facetState} (facet ordinals once per view, else once per search),
   * {@code allCounts} (the whole index's facet counts once per view), {@code textPhrase} (the
   * phrase that ranks is looked for in titles only, not in the texts), {@code rankApart} (the
   * matches counted without scores and only the page ranked, else every match scored as it is
   * counted), {@code queryCache} (Lucene's cache of frequent filters and clauses, else none).
   */
  private static final Set<String> OFF = Set.of(System.getProperty("plenary.index.off", "").split(","));

  private final Directory directory;
  private final Analyzer analyzer = Analysis.perField();
  private final FacetsConfig facetsConfig = RecordFields.facetsConfig();
  private final RecordFields recordFields = new RecordFields(facetsConfig);
  private final QueryParser parser = new QueryParser(StateNames.get());
  private final LuceneQueries queries = new LuceneQueries(analyzer, !OFF.contains("textPhrase"));
  private final Deadline deadline = new Deadline();
  private final IndexWriter writer;
  private final SearcherManager views;

  private LuceneIndex(Directory directory, IndexWriter writer) throws IOException {
    this.directory = directory;
    this.writer = writer;
    SearcherFactory factory = new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
        return new View(reader, facetsConfig, deadline);
      }
    };
    this.views = writer == null ? new SearcherManager(directory, factory) : new SearcherManager(writer, factory);
  }

  /** Opens the index of a data folder for writing, creating it if needed. */
  public static LuceneIndex forWriting(DataFolder data) throws IOException {
    Directory directory = FSDirectory.open(data.index());
    return new LuceneIndex(directory, new IndexWriter(directory, writerConfig()));
  }

  /** The configuration every writer of the index uses (a new one each call: a writer owns its own). */
  public static IndexWriterConfig writerConfig() {
    IndexWriterConfig config = new IndexWriterConfig(Analysis.perField());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(128);
    return config;
  }

  /** Opens the index of a data folder for searching; it must exist. */
  public static LuceneIndex forReading(DataFolder data) throws IOException {
    FileNotFoundException missing = new FileNotFoundException("no index in " + data.root()
        + ": run 'plenary index --data " + data.root() + " FILE...' first");
    if (!Files.isDirectory(data.index())) {
      throw missing;
    }
    Directory directory = FSDirectory.open(data.index());
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw missing;
    }
    return new LuceneIndex(directory, null);
  }

  /**
   * One snapshot of the index, with what every search of it shares: a reader whose term and doc
   * values reads check the current thread's {@link Deadline}, the facet ordinals, and the facet
   * counts of every document (counted when first asked for).
   */
  static final class View extends IndexSearcher {
    final IndexSearcher timed;
    final SortedSetDocValuesReaderState facets;
    private Map<String, Map<String, Integer>> allCounts;

    View(IndexReader reader, FacetsConfig config, Deadline deadline) throws IOException {
      super(reader);
      IndexReader exitable = reader instanceof DirectoryReader directoryReader
          ? new ExitableDirectoryReader(directoryReader, deadline) : reader;
      timed = new IndexSearcher(exitable);
      timed.setTimeout(deadline);
      if (OFF.contains("queryCache")) {
        timed.setQueryCache(null);
      }
      facets = reader.numDocs() == 0 ? null : new DefaultSortedSetDocValuesReaderState(exitable, config);
    }

    synchronized Map<String, Map<String, Integer>> allCounts() throws IOException {
      if (allCounts == null) {
        allCounts = counts(facets == null ? null : new SortedSetDocValuesFacetCounts(facets), Fields.FACETS);
      }
      return allCounts;
    }
  }

  @Override
  public void put(String id, String sourceName, org.plenary.model.Document record) throws IOException {
    requireWriter().updateDocument(new Term(Fields.ID, id), recordFields.build(id, sourceName, record));
  }

  @Override
  public void delete(String id) throws IOException {
    requireWriter().deleteDocuments(new Term(Fields.ID, id));
  }

  @Override
  public void commit() throws IOException {
    requireWriter().commit();
    views.maybeRefreshBlocking();
  }

  private IndexWriter requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("the index was opened for reading");
    }
    return writer;
  }

  /** Work done with a view of the latest committed (or, when writing, put) documents. */
  private interface Reading<T, E extends Exception> {
    T with(View view) throws IOException, E;
  }

  /** Runs work on a view that stays open until the work is done, however the index changes. */
  private <T, E extends Exception> T read(Reading<T, E> work) throws IOException, E {
    views.maybeRefresh();
    IndexSearcher searcher = views.acquire();
    try {
      return work.with((View) searcher);
    } finally {
      views.release(searcher);
    }
  }

  private static Optional<Document> byId(IndexSearcher searcher, String id) throws IOException {
    TopDocs own = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    return own.scoreDocs.length == 0 ? Optional.empty() : Optional.of(searcher.storedFields().document(own.scoreDocs[0].doc));
  }

  @Override
  public Optional<String> text(String id) throws IOException {
    return this.<Optional<String>, RuntimeException>read(view -> byId(view, id).flatMap(doc ->
        Language.find(doc.get(Fields.LANGUAGE)).map(language -> doc.get(Fields.text(language)))));
  }

  @Override
  public boolean contains(String id) throws IOException {
    return this.<Boolean, RuntimeException>read(view -> view.count(new TermQuery(new Term(Fields.ID, id))) > 0);
  }

  @Override
  public int count() throws IOException {
    return this.<Integer, RuntimeException>read(view -> view.getIndexReader().numDocs());
  }

  @Override
  public SearchResult search(SearchRequest request) throws SearchRejected, IOException {
    long start = System.nanoTime();
    QueryNode parsed = parser.parse(request.query());
    return this.<SearchResult, SearchRejected>read(view -> {
      deadline.start(TIME_LIMIT);
      try {
        SearchResult result = search(view, parsed, request, start);
        if (deadline.passed()) {
          throw tooSlow();
        }
        return result;
      } catch (ExitableDirectoryReader.ExitingReaderException e) {
        throw tooSlow();
      } catch (IndexSearcher.TooManyClauses e) {
        throw tooBroad();
      } finally {
        deadline.clear();
      }
    });
  }

  private SearchResult search(View view, QueryNode parsed, SearchRequest request, long start) throws SearchRejected, IOException {
    IndexSearcher searcher = view.timed;
    Query query = queries.translate(parsed, request, searcher.getIndexReader());
    int wanted = Math.max(1, request.offset() + request.limit());
    boolean everything = !OFF.contains("allCounts") && parsed instanceof QueryNode.All && request.filters().isEmpty()
        && request.from() == null && request.to() == null;
    TopDocs top;
    long total;
    Map<String, Map<String, Integer>> facets;
    if (everything) {
      // every document: the facet counts are the view's own, and only the page is collected
      TopFieldCollector collector = TopFieldCollector.create(sort(request.sort()), wanted, Integer.MAX_VALUE);
      searcher.search(new MatchAllDocsQuery(), collector);
      top = collector.topDocs();
      total = searcher.getIndexReader().numDocs();
      facets = view.allCounts();
    } else {
      FacetsCollector matching = new FacetsCollector();
      if (OFF.contains("rankApart")) {
        top = request.sort() == SearchRequest.Sort.RELEVANCE
            ? FacetsCollector.search(searcher, query, wanted, matching)
            : FacetsCollector.search(searcher, query, wanted, sort(request.sort()), matching);
      } else {
        // every match counted without scores; then only the page ranked, which lets Lucene skip
        // the blocks of matches that cannot reach it (and the ranking phrases there)
        searcher.search(queries.matching(parsed, request, searcher.getIndexReader()), matching);
        top = request.sort() == SearchRequest.Sort.RELEVANCE
            ? searcher.search(query, new TopScoreDocCollectorManager(wanted, wanted))
            : searcher.search(query, new TopFieldCollectorManager(sort(request.sort()), wanted, null, wanted));
      }
      total = matching.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
      facets = facetCounts(view, parsed, request, matching);
    }
    ScoreDoc[] page = request.limit() == 0 || request.offset() >= top.scoreDocs.length ? new ScoreDoc[0]
        : Arrays.copyOfRange(top.scoreDocs, request.offset(), Math.min(top.scoreDocs.length, request.offset() + request.limit()));
    List<SearchResult.Hit> hits = hits(searcher, query, new TopDocs(top.totalHits, page));
    return new SearchResult(total, request.offset(), request.sort().parameter(),
        (System.nanoTime() - start) / 1_000_000, hits, facets);
  }

  private static Sort sort(SearchRequest.Sort sort) {
    boolean newest = sort != SearchRequest.Sort.DATE;
    SortField date = new SortField(Fields.DATE, SortField.Type.LONG, newest);
    date.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE); // undated documents last
    return new Sort(date);
  }

  /**
   * The facet counts of the matches; for a facet that is filtered on, the counts of the search
   * without that facet's filter, so that its other values show what choosing them would give.
   */
  private Map<String, Map<String, Integer>> facetCounts(View view, QueryNode parsed, SearchRequest request,
      FacetsCollector matching) throws SearchRejected, IOException {
    if (view.facets == null) {
      return counts(null, Fields.FACETS);
    }
    SortedSetDocValuesReaderState state = OFF.contains("facetState")
        ? new DefaultSortedSetDocValuesReaderState(view.timed.getIndexReader(), facetsConfig) : view.facets;
    List<String> unfiltered = Fields.FACETS.stream().filter(f -> !request.filters().containsKey(f)).toList();
    Map<String, Map<String, Integer>> counts = counts(new SortedSetDocValuesFacetCounts(state, matching), unfiltered);
    for (String facet : request.filters().keySet()) {
      FacetsCollector others = new FacetsCollector();
      view.timed.search(queries.matching(parsed, request.without(facet), view.timed.getIndexReader()), others);
      counts.putAll(counts(new SortedSetDocValuesFacetCounts(state, others), List.of(facet)));
    }
    Map<String, Map<String, Integer>> ordered = new LinkedHashMap<>();
    for (String facet : Fields.FACETS) {
      ordered.put(facet, counts.get(facet));
    }
    return ordered;
  }

  /** The top values of each facet named, highest count first, ties by value. */
  private static Map<String, Map<String, Integer>> counts(SortedSetDocValuesFacetCounts facets, List<String> dimensions)
      throws IOException {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (String dimension : dimensions) {
      Map<String, Integer> values = new LinkedHashMap<>();
      FacetResult result = facets == null ? null : topChildren(facets, dimension);
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.put(lv.label, lv.value.intValue());
        }
      }
      counts.put(dimension, values);
    }
    return counts;
  }

  private static FacetResult topChildren(SortedSetDocValuesFacetCounts facets, String dimension) throws IOException {
    try {
      return facets.getTopChildren(SearchResult.FACET_VALUES, dimension);
    } catch (IllegalArgumentException e) {
      return null; // no document has a value of this facet
    }
  }

  @Override
  public Matches matches(SearchRequest request) throws SearchRejected, IOException {
    QueryNode parsed = parser.parse(request.query());
    return this.<Matches, SearchRejected>read(view -> {
      try {
        return LuceneMatches.of(view, queries.translate(parsed, request, view.getIndexReader()));
      } catch (IndexSearcher.TooManyClauses e) {
        throw tooBroad();
      }
    });
  }

  private static SearchRejected tooBroad() {
    return new SearchRejected("the query is too broad: it expands to more than "
        + IndexSearcher.getMaxClauseCount() + " terms; use fewer words or longer prefixes");
  }

  private static SearchRejected tooSlow() {
    return new SearchRejected("the search took longer than " + TIME_LIMIT.toSeconds()
        + " seconds; narrow it with filters or more specific words");
  }

  /** The hits of a page, each with a snippet of its text cut around the words found. */
  private List<SearchResult.Hit> hits(IndexSearcher searcher, Query query, TopDocs page) throws IOException {
    String[] fields = Arrays.stream(Language.values()).map(Fields::text).toArray(String[]::new);
    int[] passages = new int[fields.length];
    Arrays.fill(passages, 1);
    UnifiedHighlighter.Builder highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxNoHighlightPassages(1)
        .withMaxLength(200_000);
    Map<String, String[]> snippets = page.scoreDocs.length == 0 ? Map.of() : (OFF.contains("offsets")
        ? new UnifiedHighlighter(highlighter) {
          @Override
          protected OffsetSource getOffsetSource(String field) {
            return OffsetSource.ANALYSIS;
          }
        } : highlighter.build()).highlightFields(fields, query, page, passages);
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.scoreDocs.length; i++) {
      ScoreDoc scoreDoc = page.scoreDocs[i];
      Document doc = searcher.storedFields().document(scoreDoc.doc, HIT_FIELDS);
      String[] forField = Language.find(doc.get(Fields.LANGUAGE)).map(l -> snippets.get(Fields.text(l))).orElse(null);
      String snippet = forField == null ? null : forField[i];
      hits.add(hit(doc, Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score, Snippets.shorten(snippet)));
    }
    return hits;
  }

  /**
   * The stored fields a hit shows: reading only these leaves the stored text undecoded (the
   * snippet is cut from it by the highlighter), which was the largest cost of a page of hits.
   */
  private static final Set<String> HIT_FIELDS = Set.of(Fields.ID, Fields.SYMBOL, Fields.LANGUAGE, Fields.TYPE,
      Fields.TITLE, Fields.DATE, Fields.SOURCE);

  private static SearchResult.Hit hit(Document doc, float score, String snippet) {
    return new SearchResult.Hit(doc.get(Fields.ID), List.of(doc.getValues(Fields.SYMBOL)), doc.get(Fields.LANGUAGE),
        doc.get(Fields.TYPE), doc.get(Fields.TITLE), doc.get(Fields.DATE), doc.get(Fields.SOURCE), score, snippet);
  }

  @Override
  public List<SearchResult.Hit> versions(String id) throws IOException {
    return this.<List<SearchResult.Hit>, RuntimeException>read(view -> versions(view, id));
  }

  private static List<SearchResult.Hit> versions(IndexSearcher searcher, String id) throws IOException {
    Optional<Document> own = byId(searcher, id);
    String[] symbols = own.map(d -> d.getValues(Fields.SYMBOL)).orElse(new String[0]);
    if (symbols.length == 0) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String symbol : symbols) {
      query.add(new TermQuery(new Term(Fields.SYMBOL, Fields.symbolKey(symbol))), Occur.SHOULD);
    }
    query.add(new TermQuery(new Term(Fields.ID, id)), Occur.MUST_NOT);
    List<SearchResult.Hit> versions = new ArrayList<>();
    for (ScoreDoc scoreDoc : searcher.search(query.build(), 50).scoreDocs) {
      versions.add(hit(searcher.storedFields().document(scoreDoc.doc, HIT_FIELDS), scoreDoc.score, null));
    }
    return versions;
  }

  @Override
  public synchronized void close() throws IOException {
    views.close();
    if (writer != null) {
      writer.close();
    }
    directory.close();
  }
}
