package org.plenary.bench.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.plenary.bench.index.ParsedCorpus;
import org.plenary.bench.index.QueryLatency;
import org.plenary.index.DataFolder;
import org.plenary.index.LuceneIndex;
import org.plenary.index.SearchIndex;
import org.plenary.index.SearchRejected;
import org.plenary.index.SearchRequest;
import org.plenary.solr.CollectionCreator;
import org.plenary.solr.SolrAddress;
import org.plenary.solr.SolrIndex;

/**
 * The query mix of {@code QueryLatency} and indexing, in one run, against three engines holding
 * the same documents: the embedded Lucene index, a one-node SolrCloud (one shard) and a two-node
 * SolrCloud (two shards, one on each node), both Solr's MiniSolrCloudCluster in this JVM. The
 * engines are filled with the same replicated corpus on {@value #WRITERS} threads, {@value #SLICE}
 * documents to each in turn, each slice committed (the index alone: no source files or records
 * are written, for any of the three); then rounds of {@code SECONDS} seconds of 4 concurrent clients
 * alternate between the engines, so that a change of the machine's load touches all alike.
 * Prints, per engine, indexing documents per second and searches per second with p50 and p99.
 *
 * <pre>java -Xmx6g -cp ... org.plenary.bench.solr.EngineComparison [DOCUMENTS] [ROUNDS] [SECONDS] [WORK_DIR]</pre>
 */
public final class EngineComparison {
  private static final int WRITERS = 2;
  private static final int CLIENTS = 4;
  private static final int SLICE = 2_000;

  private EngineComparison() {}

  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    Path work = Files.createDirectories(Path.of(args.length > 3 ? args[3] : "target/engine-comparison"));
    List<ParsedCorpus.Entry> corpus = ParsedCorpus.replicate(ParsedCorpus.load(), size);
    System.out.printf("%d documents, %d rounds of %d s with %d clients, %d cores, load %.1f%n", corpus.size(), rounds,
        seconds, CLIENTS, Runtime.getRuntime().availableProcessors(), loadAverage());

    Path conf = new org.plenary.solr.ConfigsetWriter().write(work.resolve("configset"));
    MiniSolrCloudCluster one = new MiniSolrCloudCluster.Builder(1, work.resolve("solr1")).addConfig("unused", conf).configure();
    MiniSolrCloudCluster two = new MiniSolrCloudCluster.Builder(2, work.resolve("solr2")).addConfig("unused", conf).configure();
    Map<String, SearchIndex> engines = new LinkedHashMap<>();
    Map<String, Double> indexing = new LinkedHashMap<>();
    try {
      LuceneIndex lucene = LuceneIndex.forWriting(new DataFolder(work.resolve("lucene-" + System.nanoTime())));
      engines.put("embedded Lucene", lucene);
      new CollectionCreator(one.getSolrClient()).create("bench", 1, 1);
      engines.put("SolrCloud, 1 node", SolrIndex.open(SolrAddress.parse(one.getZkServer().getZkAddress()), "bench"));
      new CollectionCreator(two.getSolrClient()).create("bench", 2, 1);
      engines.put("SolrCloud, 2 nodes", SolrIndex.open(SolrAddress.parse(two.getZkServer().getZkAddress()), "bench"));
      // indexing in slices of the corpus, the engines in turn, so that a change of load touches all alike
      Map<String, Double> filling = new LinkedHashMap<>();
      for (int from = 0; from < corpus.size(); from += SLICE) {
        List<ParsedCorpus.Entry> slice = corpus.subList(from, Math.min(corpus.size(), from + SLICE));
        for (Map.Entry<String, SearchIndex> engine : engines.entrySet()) {
          filling.merge(engine.getKey(), fill(slice, engine.getValue()), Double::sum);
        }
        if ((from + SLICE) % (5 * SLICE) == 0) {
          System.out.printf("filled %d documents into each engine (load %.1f)%n", from + slice.size(), loadAverage());
        }
      }
      filling.forEach((name, s) -> indexing.put(name, corpus.size() / s));
      indexing.forEach((name, rate) -> System.out.printf("indexing  %-20s %8.1f docs/s%n", name, rate));

      Map<String, List<Long>> latencies = new LinkedHashMap<>();
      Map<String, Double> busy = new LinkedHashMap<>();
      Map<String, AtomicInteger> rejected = new LinkedHashMap<>();
      for (Map.Entry<String, SearchIndex> engine : engines.entrySet()) {
        search(engine.getValue(), Math.min(10, seconds), new AtomicInteger()); // warm-up
        latencies.put(engine.getKey(), new ArrayList<>());
        busy.put(engine.getKey(), 0.0);
        rejected.put(engine.getKey(), new AtomicInteger());
      }
      for (int round = 0; round < rounds; round++) {
        for (Map.Entry<String, SearchIndex> engine : engines.entrySet()) {
          List<Long> times = search(engine.getValue(), seconds, rejected.get(engine.getKey()));
          latencies.get(engine.getKey()).addAll(times);
          busy.merge(engine.getKey(), (double) seconds, Double::sum);
          System.out.printf("round %d %-20s %6.1f searches/s (load %.1f)%n", round + 1, engine.getKey(), times.size() / (double) seconds, loadAverage());
        }
      }
      for (String name : engines.keySet()) {
        long[] sorted = latencies.get(name).stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("searching %-20s %6.1f searches/s  p50 %7.1f ms  p99 %7.1f ms  (%d searches, %d over the time limit)%n",
            name, sorted.length / busy.get(name), percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6, sorted.length,
            rejected.get(name).get());
      }
      for (SearchIndex engine : engines.values()) {
        engine.close();
      }
    } finally {
      one.shutdown();
      two.shutdown();
    }
  }

  /** Puts the documents on {@link #WRITERS} threads and commits; returns the seconds it took. */
  private static double fill(List<ParsedCorpus.Entry> corpus, SearchIndex index) throws Exception {
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < WRITERS; t++) {
        work.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < corpus.size(); i = next.getAndIncrement()) {
            ParsedCorpus.Entry entry = corpus.get(i);
            index.put(entry.id(), entry.path(), entry.record());
          }
          return null;
        }));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    index.commit();
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * {@link #CLIENTS} clients running the mix for some seconds; the latency of each search, in ns.
   * A search the engine gives up on at its time limit counts with the time the client waited, and
   * in {@code rejected}: on a loaded machine a slow search must show in the figures, not end the run.
   */
  private static List<Long> search(SearchIndex index, int seconds, AtomicInteger rejected) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<List<Long>>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int offset = c;
        clients.add(pool.submit(() -> {
          List<Long> times = new ArrayList<>();
          for (int n = offset; System.nanoTime() < end; n++) {
            long start = System.nanoTime();
            try {
              index.search(QueryLatency.request(n % QueryLatency.size()));
            } catch (SearchRejected e) {
              rejected.incrementAndGet();
            }
            times.add(System.nanoTime() - start);
          }
          return times;
        }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> client : clients) {
        all.addAll(client.get());
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  private static double percentile(long[] sorted, int p) {
    return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
