package org.plenary.bench.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.plenary.index.Analysis;
import org.plenary.index.DataFolder;
import org.plenary.index.Fields;
import org.plenary.index.LuceneIndex;
import org.plenary.index.RecordFields;

/**
 * Builds the index of the corpus replicated under new ids to a given size, with the documents
 * {@link LuceneIndex#put} would add, but without repeating work that gives the same result for
 * every copy: each sample is turned into its Lucene document once ({@link RecordFields}, facets
 * included) and each of its analysed fields is analysed once, its words, positions and offsets
 * kept. Every copy is then added, under its id from {@link ParsedCorpus#replicate}, through a
 * writer with the index's own {@link LuceneIndex#writerConfig}, with the sample's stored values and
 * facets and its kept words replayed. The index holds the same postings, stored fields and doc
 * values as one built by {@code put}; the build pays the writing and merging of every document,
 * not the parsing and analysis of each copy (nor {@code put}'s look-up of an id that is new).
 */
final class CopiesIndexer {
  private CopiesIndexer() {}

  /** Adds {@code size} documents to a new index in the data folder, on every core. */
  static void build(DataFolder data, List<ParsedCorpus.Entry> corpus, int size) throws Exception {
    RecordFields fields = new RecordFields(RecordFields.facetsConfig());
    Analyzer analyzer = Analysis.perField();
    List<Document> samples = new ArrayList<>();
    for (ParsedCorpus.Entry entry : corpus) {
      samples.add(analysedOnce(fields.build(entry.id(), entry.path(), entry.record()), analyzer));
    }
    List<ParsedCorpus.Entry> copies = ParsedCorpus.replicate(corpus, size);
    IndexWriterConfig config = LuceneIndex.writerConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (Directory directory = FSDirectory.open(data.index()); IndexWriter writer = new IndexWriter(directory, config)) {
      AtomicInteger at = new AtomicInteger();
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        work.add(pool.submit(() -> {
          for (int i = at.getAndIncrement(); i < size; i = at.getAndIncrement()) {
            writer.addDocument(copy(samples.get(i % samples.size()), copies.get(i).id()));
          }
          return null;
        }));
      }
      for (Future<?> f : work) {
        f.get();
      }
      writer.commit();
    } finally {
      pool.shutdown();
    }
  }

  /** The document under the id given; every other field shared. */
  private static Document copy(Document sample, String id) {
    Document copy = new Document();
    for (IndexableField field : sample.getFields()) {
      copy.add(field.name().equals(Fields.ID) ? new StringField(Fields.ID, id, Field.Store.YES) : field);
    }
    return copy;
  }

  /** The document with each analysed field replaced by one that replays its words. */
  private static Document analysedOnce(Document doc, Analyzer analyzer) throws IOException {
    Document kept = new Document();
    for (IndexableField field : doc.getFields()) {
      IndexableFieldType type = field.fieldType();
      boolean analysed = type.tokenized() && type.indexOptions() != IndexOptions.NONE && field.stringValue() != null;
      kept.add(analysed ? new Replayed(field.name(), field.stringValue(), type, Words.of(analyzer, field)) : field);
    }
    return kept;
  }

  /** A field that stores its text as given and indexes the words kept from analysing it once. */
  private static final class Replayed extends Field {
    private final Words words;

    Replayed(String name, String value, IndexableFieldType type, Words words) {
      super(name, value, type);
      this.words = words;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      return words.replay();
    }
  }

  /** The words of one analysed value: text, position steps and lengths, offsets. */
  private record Words(String[] terms, int[] increments, int[] lengths, int[] starts, int[] ends,
      int finalIncrement, int finalOffset) {
    static Words of(Analyzer analyzer, IndexableField field) throws IOException {
      List<String> terms = new ArrayList<>();
      List<int[]> at = new ArrayList<>();
      try (TokenStream stream = analyzer.tokenStream(field.name(), field.stringValue())) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        TermToBytesRefAttribute bytes = stream.addAttribute(TermToBytesRefAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          if (!bytes.getBytesRef().equals(new BytesRef(term))) {
            throw new IllegalStateException("a term of " + field.name() + " is not its text in UTF-8: it cannot be replayed");
          }
          terms.add(term.toString());
          at.add(new int[] {increment.getPositionIncrement(), length.getPositionLength(), offset.startOffset(), offset.endOffset()});
        }
        stream.end();
        int n = terms.size();
        int[] increments = new int[n];
        int[] lengths = new int[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
          increments[i] = at.get(i)[0];
          lengths[i] = at.get(i)[1];
          starts[i] = at.get(i)[2];
          ends[i] = at.get(i)[3];
        }
        return new Words(terms.toArray(String[]::new), increments, lengths, starts, ends,
            increment.getPositionIncrement(), offset.endOffset());
      }
    }

    TokenStream replay() {
      return new TokenStream() {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
          if (next >= terms.length) {
            return false;
          }
          clearAttributes();
          term.setEmpty().append(terms[next]);
          increment.setPositionIncrement(increments[next]);
          length.setPositionLength(lengths[next]);
          offset.setOffset(starts[next], ends[next]);
          next++;
          return true;
        }

        @Override
        public void end() throws IOException {
          super.end();
          increment.setPositionIncrement(finalIncrement);
          offset.setOffset(finalOffset, finalOffset);
        }

        @Override
        public void reset() {
          next = 0;
        }
      };
    }
  }
}
