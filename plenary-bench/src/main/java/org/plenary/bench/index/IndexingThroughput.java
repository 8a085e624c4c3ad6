package org.plenary.bench.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.plenary.index.Analysis;
import org.plenary.index.DataFolder;
import org.plenary.index.Fields;
import org.plenary.index.LuceneIndex;
import org.plenary.write.TextWriter;

/**
 * Indexing the same parsed documents two ways, into a fresh folder each time: through plenary's
 * {@link LuceneIndex} (all fields, facets, stored text, keyed updates), and through a minimal
 * Lucene indexer with the same analyzers (id, title and text only). The ratio of the two
 * throughputs is what plenary's schema costs.
 *
 * <pre>java -jar plenary-bench/target/benchmarks.jar IndexingThroughput</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class IndexingThroughput {
  static final int DOCUMENTS = 500;

  private List<ParsedCorpus.Entry> documents;
  private Path folder;

  @Setup(Level.Trial)
  public void parse() throws IOException {
    documents = ParsedCorpus.replicate(ParsedCorpus.load(), DOCUMENTS);
  }

  @Setup(Level.Invocation)
  public void freshFolder() throws IOException {
    folder = Files.createTempDirectory("plenary-bench-index");
  }

  @TearDown(Level.Invocation)
  public void deleteFolder() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Documents per second through plenary's index. */
  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public int plenary() throws IOException {
    return plenary(documents, folder);
  }

  /** Documents per second through a minimal Lucene indexer with the same analyzers. */
  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public int minimalLucene() throws IOException {
    return minimalLucene(documents, folder);
  }

  static int plenary(List<ParsedCorpus.Entry> documents, Path folder) throws IOException {
    try (LuceneIndex index = LuceneIndex.forWriting(new DataFolder(folder))) {
      for (ParsedCorpus.Entry entry : documents) {
        index.put(entry.id(), entry.path(), entry.record());
      }
      index.commit();
      return index.count();
    }
  }

  static int minimalLucene(List<ParsedCorpus.Entry> documents, Path folder) throws IOException {
    TextWriter text = new TextWriter();
    try (FSDirectory directory = FSDirectory.open(folder);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.perField()))) {
      for (ParsedCorpus.Entry entry : documents) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(Fields.ID, entry.id(), Field.Store.YES));
        if (entry.record().title() != null) {
          doc.add(new TextField(Fields.title(entry.record().language()), entry.record().title(), Field.Store.NO));
        }
        doc.add(new TextField(Fields.text(entry.record().language()), text.write(entry.record()), Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.commit();
      return writer.getDocStats().numDocs;
    }
  }
}
