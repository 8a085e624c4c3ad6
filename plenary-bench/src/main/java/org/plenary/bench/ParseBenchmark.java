package org.plenary.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.plenary.PlenaryException;
import org.plenary.model.Source;
import org.plenary.pipeline.Pipeline;

/**
 * Parse throughput of the whole pipeline (read, detect, repair, structure, extract) on the text
 * documents of the shared corpus, in memory, on one thread. {@code seedLetter} parses the seed
 * letter (12 KB, two annexes); {@code corpus} parses every text of the corpus once per operation.
 * Documents per second and MB per second per core follow from the scores and the corpus size the
 * setup prints. The corpus folder is the system property {@code plenary.corpus} (default
 * {@code ../shared/corpus}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
  private final Pipeline pipeline = new Pipeline();
  private final List<Source> corpus = new ArrayList<>();
  private Source seed;

  @Setup(Level.Trial)
  public void load() {
    Path root = Path.of(System.getProperty("plenary.corpus", "../shared/corpus"));
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        Source source = new Source(p.toString(), Files.readAllBytes(p));
        corpus.add(source);
        if (p.getFileName().toString().startsWith("000_")) {
          seed = source;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (seed == null || corpus.isEmpty()) {
      throw new IllegalStateException("no corpus under " + root.toAbsolutePath() + " (set -Dplenary.corpus)");
    }
    long bytes = corpus.stream().mapToLong(s -> s.bytes().length).sum();
    System.out.printf("%ncorpus: %d documents, %d bytes; seed letter: %d bytes%n", corpus.size(), bytes,
        seed.bytes().length);
  }

  @Benchmark
  public Object seedLetter() throws PlenaryException {
    return pipeline.parse(seed, java.util.Optional.empty());
  }

  @Benchmark
  public void corpus(Blackhole hole) throws PlenaryException {
    for (Source source : corpus) {
      hole.consume(pipeline.parse(source, java.util.Optional.empty()));
    }
  }
}
