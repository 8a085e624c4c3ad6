package org.plenary.bench.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.plenary.index.DataFolder;
import org.plenary.index.LuceneIndex;
import org.plenary.index.SearchRejected;
import org.plenary.index.SearchRequest;
import org.plenary.index.SearchResult;

/**
 * The latency of a mix of faceted searches (text in several languages and scripts, symbols, State
 * names, filters, date ranges; every search counts all eight facets) on an index of at least
 * 100,000 documents: the real corpus replicated under new ids. The index is built once into the
 * folder named by {@code plenary.bench.index} (default {@code target/bench-index}) and reused.
 * JMH's sample mode reports p50 and p99; run with {@code -t 1} and {@code -t 4} for 1 and 4
 * concurrent clients.
 *
 * <pre>java -jar plenary-bench/target/benchmarks.jar QueryLatency -t 4</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 20)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class QueryLatency {
  static final int DOCUMENTS = Integer.getInteger("plenary.bench.documents", 100_000);

  /** The 14 searches of the mix, as the HTTP API would be given them. */
  static final List<Map<String, String>> MIX = List.of(
      Map.of("q", "Golan"),
      Map.of("q", "climate change", "lang", "en"),
      Map.of("q", "以色列"),
      Map.of("q", "Israël", "type", "resolution"),
      Map.of("q", "A/RES/75/24"),
      Map.of("organ", "GA", "session", "75"),
      Map.of("q", "human rights", "from", "2020-01-01", "to", "2020-12-31"),
      Map.of("state", "ISR", "lang", "ru"),
      Map.of("q", "Сомали"),
      Map.of("q", "الصومال", "organ", "SC"),
      Map.of("q", "\"special political missions\""),
      Map.of("q", "derechos humanos", "lang", "es"),
      Map.of("type", "letter", "from", "2020"),
      Map.of("q", "Armenia Azerbaijan", "agenda", "34"));

  private LuceneIndex index;
  private final AtomicInteger next = new AtomicInteger();

  @Setup(Level.Trial)
  public void open() throws Exception {
    DataFolder data = new DataFolder(Path.of(System.getProperty("plenary.bench.index", "target/bench-index")));
    if (!Files.isDirectory(data.index()) || count(data) < DOCUMENTS) {
      build(data);
    }
    index = LuceneIndex.forReading(data);
  }

  static int count(DataFolder data) throws IOException {
    try (LuceneIndex existing = LuceneIndex.forReading(data)) {
      return existing.count();
    }
  }

  /** The replicated corpus, each sample parsed and analysed once (see {@link CopiesIndexer}). */
  static void build(DataFolder data) throws Exception {
    CopiesIndexer.build(data, ParsedCorpus.load(), DOCUMENTS);
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    index.close();
  }

  @Benchmark
  public SearchResult search() throws IOException, SearchRejected {
    return index.search(request(Math.floorMod(next.getAndIncrement(), MIX.size())));
  }

  /** How many searches the mix holds. */
  public static int size() {
    return MIX.size();
  }

  /** Search {@code i} of the mix. */
  public static SearchRequest request(int i) throws SearchRejected {
    Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
    MIX.get(i).forEach((name, value) -> parameters.put(name, List.of(value)));
    return SearchRequest.parse(parameters);
  }
}
