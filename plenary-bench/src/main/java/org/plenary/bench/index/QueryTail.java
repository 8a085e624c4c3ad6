package org.plenary.bench.index;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.plenary.index.DataFolder;
import org.plenary.index.LuceneIndex;
import org.plenary.index.SearchRejected;
import org.plenary.index.SearchRequest;

/**
 * The latency of the {@link QueryLatency} mix (14 searches, all facets counted, 20 snippets each)
 * under 1 and 4 concurrent clients, for a fixed time each, on an index of the corpus replicated to
 * the size asked (built once into {@code plenary.bench.index} if it is smaller, its build time and
 * size printed). Prints p50, p90, p99 and throughput of the whole mix, and p50 and p99 of each
 * search of the mix, so that the searches which make the tail can be seen. Each client starts at
 * another place of the mix. The machine's load average is printed before and after.
 *
 * <pre>java -Xmx4g -cp plenary-bench/target/benchmarks.jar org.plenary.bench.index.QueryTail DOCUMENTS SECONDS CLIENTS...</pre>
 */
public final class QueryTail {
  private QueryTail() {}

  public static void main(String[] args) throws Exception {
    int documents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int[] clients = args.length > 2 ? Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray() : new int[] {1, 4};
    System.setProperty("plenary.bench.documents", Integer.toString(documents));
    DataFolder data = new DataFolder(Path.of(System.getProperty("plenary.bench.index", "target/bench-index")));
    if (!Files.isDirectory(data.index()) || QueryLatency.count(data) < documents) {
      long start = System.nanoTime();
      QueryLatency.build(data);
      double took = (System.nanoTime() - start) / 1e9;
      System.out.printf("built %,d documents in %.0f s (%.0f documents/s, parsing of the corpus included)%n", documents, took, documents / took);
    }
    System.out.printf("index: %,d documents, %.0f MB on disk (%.1f kB per document)%n", QueryLatency.count(data),
        size(data.index()) / 1e6, size(data.index()) / 1e3 / QueryLatency.count(data));
    System.out.println("load average before: " + load());
    try (LuceneIndex index = LuceneIndex.forReading(data)) {
      run(index, Math.max(2, clients[clients.length - 1]), Math.min(20, seconds), false); // warm-up
      for (int n : clients) {
        run(index, n, seconds, true);
      }
    }
    System.out.println("load average after: " + load());
  }

  private static void run(LuceneIndex index, int clients, int seconds, boolean report) throws Exception {
    int mix = QueryLatency.MIX.size();
    List<SearchRequest> requests = new ArrayList<>();
    for (int i = 0; i < mix; i++) {
      requests.add(QueryLatency.request(i));
    }
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long cpuBefore = cpuNanos();
    List<Future<List<long[]>>> work = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int first = c * mix / clients;
      work.add(pool.submit(() -> {
        List<long[]> times = new ArrayList<>();
        for (int i = first; System.nanoTime() < end; i++) {
          int q = i % mix;
          long start = System.nanoTime();
          long refused = 0;
          try {
            index.search(requests.get(q));
          } catch (SearchRejected e) {
            refused = 1; // over the time limit: counted, with the time it took
          }
          times.add(new long[] {q, System.nanoTime() - start, refused});
        }
        return times;
      }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<List<long[]>> f : work) {
      all.addAll(f.get());
    }
    pool.shutdown();
    double cpu = (cpuNanos() - cpuBefore) / 1e9;
    if (!report) {
      return;
    }
    long[] latencies = all.stream().mapToLong(t -> t[1]).sorted().toArray();
    long refused = all.stream().filter(t -> t[2] == 1).count();
    System.out.printf("%d clients, %d s: %d searches (%d over the time limit), %.1f searches/s, p50 %.1f ms, p90 %.1f ms, "
        + "p99 %.1f ms, max %.1f ms, %.1f CPU s (%.1f ms per search)%n",
        clients, seconds, latencies.length, refused, latencies.length / (double) seconds, ms(latencies, 0.5), ms(latencies, 0.9),
        ms(latencies, 0.99), latencies[latencies.length - 1] / 1e6, cpu, cpu * 1000 / latencies.length);
    for (int q = 0; q < mix; q++) {
      int query = q;
      long[] own = all.stream().filter(t -> t[0] == query).mapToLong(t -> t[1]).sorted().toArray();
      if (own.length > 0) {
        System.out.printf("    %-70s p50 %7.1f ms  p99 %7.1f ms  (%d)%n", QueryLatency.MIX.get(q), ms(own, 0.5), ms(own, 0.99), own.length);
      }
    }
  }

  private static double ms(long[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static String load() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).strip();
  }

  private static long size(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
