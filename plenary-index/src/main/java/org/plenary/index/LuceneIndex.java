package org.plenary.index;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
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
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.Bits;
import org.plenary.model.Language;
import org.plenary.write.JsonWriter;

/**
 * The embedded search index: a Lucene index in a {@link DataFolder}. Opened for writing by one
 * process at a time ({@link #forWriting}); opened for reading ({@link #forReading}) by any number,
 * each seeing what the writer has committed. Thread-safe.
 */
public final class LuceneIndex implements SearchIndex {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final DataFolder data;
  private final Directory directory;
  private final Analyzer analyzer;
  private final FacetsConfig facetsConfig = RecordFields.facetsConfig();
  private final RecordFields recordFields = new RecordFields(facetsConfig);
  private final QueryTranslator translator;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private IndexReader facetReader;
  private SortedSetDocValuesReaderState facetState;

  private LuceneIndex(DataFolder data, Directory directory, IndexWriter writer) throws IOException {
    this.data = data;
    this.directory = directory;
    this.analyzer = Analysis.perField();
    this.translator = new QueryTranslator(analyzer);
    this.writer = writer;
    this.searchers = writer == null ? new SearcherManager(directory, null) : new SearcherManager(writer, null);
  }

  /** Opens the index of a data folder for writing, creating it if needed. */
  public static LuceneIndex forWriting(DataFolder data) throws IOException {
    Directory directory = FSDirectory.open(data.index());
    IndexWriterConfig config = new IndexWriterConfig(Analysis.perField());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(128);
    return new LuceneIndex(data, directory, new IndexWriter(directory, config));
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
    return new LuceneIndex(data, directory, null);
  }

  /**
   * Stores the source file and its record in the data folder (each whole or not at all), then
   * adds the document to the index: a document in the index always has its files.
   */
  @Override
  public void put(String id, String path, org.plenary.model.Document record, StoredSource source) throws IOException {
    requireWriter();
    data.store(id, source.name(), source.bytes(), JsonWriter.pretty().write(record));
    put(id, path, record);
  }

  /** Adds a document to the index alone, without its files, or replaces the one with the same id. */
  public void put(String id, String path, org.plenary.model.Document record) throws IOException {
    requireWriter().updateDocument(new Term(Fields.ID, id), recordFields.build(id, path, record));
  }

  @Override
  public void commit() throws IOException {
    requireWriter().commit();
  }

  private IndexWriter requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("the index was opened for reading");
    }
    return writer;
  }

  /** Work done with a searcher of the latest committed (or, when writing, put) documents. */
  private interface Reading<T, E extends Exception> {
    T with(IndexSearcher searcher) throws IOException, E;
  }

  /** Runs work on a searcher that stays open until the work is done, however the index changes. */
  private <T, E extends Exception> T read(Reading<T, E> work) throws IOException, E {
    searchers.maybeRefresh();
    IndexSearcher searcher = searchers.acquire();
    try {
      return work.with(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public Optional<String> text(String id) throws IOException {
    return this.<Optional<String>, RuntimeException>read(searcher -> {
      TopDocs own = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
      if (own.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document doc = searcher.storedFields().document(own.scoreDocs[0].doc);
      return Language.find(doc.get(Fields.LANGUAGE)).map(language -> doc.get(Fields.text(language)));
    });
  }

  @Override
  public boolean contains(String id) throws IOException {
    return this.<Boolean, RuntimeException>read(searcher -> searcher.count(new TermQuery(new Term(Fields.ID, id))) > 0);
  }

  @Override
  public Optional<String> record(String id) throws IOException {
    return DataFolder.isId(id) ? data.readRecord(id) : Optional.empty();
  }

  @Override
  public Optional<StoredSource> source(String id) throws IOException {
    if (!DataFolder.isId(id)) {
      return Optional.empty();
    }
    Optional<java.nio.file.Path> file = data.source(id);
    return file.isEmpty() ? Optional.empty()
        : Optional.of(new StoredSource(file.get().getFileName().toString(), Files.readAllBytes(file.get())));
  }

  @Override
  public Set<String> ids() throws IOException {
    return this.<Set<String>, RuntimeException>read(LuceneIndex::ids);
  }

  private static Set<String> ids(IndexSearcher searcher) throws IOException {
    Set<String> ids = new HashSet<>();
    StoredFields stored = searcher.storedFields();
    Set<String> only = Set.of(Fields.ID);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          ids.add(stored.document(leaf.docBase + doc, only).get(Fields.ID));
        }
      }
    }
    return ids;
  }

  @Override
  public int count() throws IOException {
    return this.<Integer, RuntimeException>read(searcher -> searcher.getIndexReader().numDocs());
  }

  /** The facet ordinals of a reader, computed once per reader (it takes a pass over the values). */
  private synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    if (reader != facetReader) {
      facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
      facetReader = reader;
    }
    return facetState;
  }

  @Override
  public SearchResult search(SearchRequest request) throws SearchRejected, IOException {
    Query query = translator.translate(request);
    return this.<SearchResult, SearchRejected>read(shared -> search(request, query, new IndexSearcher(shared.getIndexReader())));
  }

  /** Runs a search on a searcher of its own, whose time limit no other search shares. */
  private SearchResult search(SearchRequest request, Query query, IndexSearcher searcher) throws SearchRejected, IOException {
    searcher.setTimeout(new QueryTimeoutImpl(TIMEOUT.toMillis()));
    FacetsCollector facets = new FacetsCollector();
    TopDocs top;
    try {
      int n = Math.max(1, request.limit());
      // ties broken by id, so that the order is total and the same in every engine and shard layout
      Sort order = QueryTranslator.ranked(request)
          ? new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING))
          : new Sort(new SortField(Fields.DATE, SortField.Type.LONG, true), new SortField(Fields.ID, SortField.Type.STRING));
      top = FacetsCollector.search(searcher, query, n, order, true, facets);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooBroad();
    }
    if (searcher.timedOut()) {
      throw new SearchRejected("the search took longer than " + TIMEOUT.toSeconds()
          + " seconds; narrow it with filters or more specific words");
    }
    ScoreDoc[] shown = request.limit() == 0 ? new ScoreDoc[0] : top.scoreDocs;
    List<SearchResult.Hit> hits = hits(searcher, query, new TopDocs(top.totalHits, shown));
    return new SearchResult(top.totalHits.value, hits, facetCounts(searcher, facets));
  }

  @Override
  public Matches matches(SearchRequest request) throws SearchRejected, IOException {
    Query query = translator.translate(request);
    return this.<Matches, SearchRejected>read(searcher -> {
      DocNumbers numbers = new DocNumbers();
      try {
        searcher.search(query, numbers);
      } catch (IndexSearcher.TooManyClauses e) {
        throw tooBroad();
      }
      // Matches takes its own reference on the reader, so the reader outlives this searcher
      return new LuceneMatches(searcher.getIndexReader(), numbers.docs, numbers.size);
    });
  }

  private static SearchRejected tooBroad() {
    return new SearchRejected("the query is too broad: it expands to more than "
        + IndexSearcher.getMaxClauseCount() + " terms; use fewer words or longer prefixes");
  }

  /** Collects the numbers of the matching documents, in index order, without scoring them. */
  private static final class DocNumbers extends SimpleCollector {
    int[] docs = new int[64];
    int size;
    private int docBase;

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      docBase = context.docBase;
    }

    @Override
    public void collect(int doc) {
      docs = ArrayUtil.grow(docs, size + 1);
      docs[size++] = docBase + doc;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private List<SearchResult.Hit> hits(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
    String[] fields = Arrays.stream(Language.values()).map(Fields::text).toArray(String[]::new);
    int[] passages = new int[fields.length];
    Arrays.fill(passages, 1);
    Map<String, String[]> snippets = top.scoreDocs.length == 0 ? Map.of() : UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter(Snippets.MARK_START, Snippets.MARK_END, Snippets.ELLIPSIS, true))
        .withMaxNoHighlightPassages(1)
        .withMaxLength(Snippets.MAX_ANALYSED)
        .build()
        .highlightFields(fields, query, top, passages);
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc scoreDoc = top.scoreDocs[i];
      Document doc = searcher.storedFields().document(scoreDoc.doc);
      String[] forField = Language.find(doc.get(Fields.LANGUAGE)).map(l -> snippets.get(Fields.text(l))).orElse(null);
      String snippet = forField == null ? null : forField[i];
      hits.add(hit(doc, Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score, Snippets.shorten(snippet)));
    }
    return hits;
  }

  private static SearchResult.Hit hit(Document doc, float score, String snippet) {
    return new SearchResult.Hit(doc.get(Fields.ID), List.of(doc.getValues(Fields.SYMBOL)), doc.get(Fields.LANGUAGE),
        doc.get(Fields.TYPE), doc.get(Fields.TITLE), doc.get(Fields.DATE), score, snippet);
  }

  private Map<String, Map<String, Integer>> facetCounts(IndexSearcher searcher, FacetsCollector collected) throws IOException {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (String dimension : Fields.FACETS) {
      counts.put(dimension, new LinkedHashMap<>());
    }
    if (searcher.getIndexReader().numDocs() == 0) {
      return counts;
    }
    SortedSetDocValuesFacetCounts facets = new SortedSetDocValuesFacetCounts(facetState(searcher.getIndexReader()), collected);
    for (FacetResult result : facets.getAllDims(Fields.FACET_VALUES)) {
      Map<String, Integer> values = counts.get(result.dim);
      if (values != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.put(lv.label, lv.value.intValue());
        }
      }
    }
    return counts;
  }

  @Override
  public List<SearchResult.Hit> versions(String id) throws IOException {
    return this.<List<SearchResult.Hit>, RuntimeException>read(searcher -> versions(searcher, id));
  }

  private static List<SearchResult.Hit> versions(IndexSearcher searcher, String id) throws IOException {
    TopDocs own = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    if (own.scoreDocs.length == 0) {
      return List.of();
    }
    String[] symbols = searcher.storedFields().document(own.scoreDocs[0].doc).getValues(Fields.SYMBOL);
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
      versions.add(hit(searcher.storedFields().document(scoreDoc.doc), scoreDoc.score, null));
    }
    return versions;
  }

  @Override
  public synchronized void close() throws IOException {
    searchers.close();
    if (writer != null) {
      writer.close();
    }
    directory.close();
  }
}
