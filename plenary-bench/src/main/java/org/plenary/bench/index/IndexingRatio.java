package org.plenary.bench.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The indexing throughput of plenary's index against the minimal Lucene indexer of
 * {@link IndexingThroughput}, timed in alternation in one JVM (whole runs, fresh folders), so that
 * a machine whose load changes during the run affects both alike. Prints each round and the median
 * ratio.
 *
 * <pre>java -cp plenary-bench/target/benchmarks.jar org.plenary.bench.index.IndexingRatio [ROUNDS] [DOCUMENTS]</pre>
 */
public final class IndexingRatio {
  private IndexingRatio() {}

  /** One way of indexing documents into a folder. */
  private interface Run {
    int index(List<ParsedCorpus.Entry> documents, Path folder) throws IOException;
  }

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    int size = args.length > 1 ? Integer.parseInt(args[1]) : IndexingThroughput.DOCUMENTS;
    List<ParsedCorpus.Entry> documents = ParsedCorpus.replicate(ParsedCorpus.load(), size);
    for (int warmup = 0; warmup < 3; warmup++) {
      time(IndexingThroughput::plenary, documents);
      time(IndexingThroughput::minimalLucene, documents);
    }
    List<Double> ratios = new ArrayList<>();
    List<Double> plenaryRates = new ArrayList<>();
    List<Double> luceneRates = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      boolean plenaryFirst = round % 2 == 0;
      double a = time(plenaryFirst ? IndexingThroughput::plenary : IndexingThroughput::minimalLucene, documents);
      double b = time(plenaryFirst ? IndexingThroughput::minimalLucene : IndexingThroughput::plenary, documents);
      double plenary = size / (plenaryFirst ? a : b);
      double lucene = size / (plenaryFirst ? b : a);
      plenaryRates.add(plenary);
      luceneRates.add(lucene);
      ratios.add(plenary / lucene);
      System.out.printf("round %2d: plenary %7.1f docs/s, minimal Lucene %7.1f docs/s, ratio %.2f%n", round + 1, plenary, lucene, plenary / lucene);
    }
    System.out.printf("median of %d rounds of %d documents: plenary %.1f docs/s, minimal Lucene %.1f docs/s, ratio %.2f%n",
        rounds, size, median(plenaryRates), median(luceneRates), median(ratios));
  }

  private static double time(Run run, List<ParsedCorpus.Entry> documents) throws IOException {
    Path folder = Files.createTempDirectory("plenary-bench-ratio");
    try {
      long start = System.nanoTime();
      run.index(documents, folder);
      return (System.nanoTime() - start) / 1e9;
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
