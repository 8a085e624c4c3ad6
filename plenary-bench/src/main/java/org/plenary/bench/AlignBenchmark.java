package org.plenary.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.plenary.align.Aligner;
import org.plenary.align.Alignment;
import org.plenary.align.Version;
import org.plenary.align.VersionReader;
import org.plenary.model.Language;

/**
 * Alignment of the six versions of a typical UN resolution (the median by English length of the
 * 18 resolutions of the alignment fixtures), once warm, on one thread: by paragraph, and by
 * sentence inside the aligned paragraphs. The fixture folder is the system property
 * {@code plenary.align.docs} (default {@code plenary-align/src/test/resources/align/paragraphs}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AlignBenchmark {
  private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

  private final Aligner aligner = Aligner.create();
  private List<Version> typical;

  @Setup(Level.Trial)
  public void load() {
    Path root = Path.of(System.getProperty("plenary.align.docs", "plenary-align/src/test/resources/align/paragraphs"));
    List<List<Version>> documents = new ArrayList<>();
    try (Stream<Path> folders = Files.list(root)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        List<Version> versions = new ArrayList<>();
        for (String code : LANGUAGES) {
          String text = Files.readString(folder.resolve(code + ".txt"), StandardCharsets.UTF_8);
          versions.add(new Version(Language.find(code).orElseThrow(), VersionReader.blocks(text)));
        }
        documents.add(versions);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    documents.sort(Comparator.comparingInt(d -> d.get(2).segments().stream().mapToInt(String::length).sum()));
    typical = documents.get(documents.size() / 2);
    System.out.printf("typical resolution: %d paragraphs, %d characters in English%n",
        typical.get(2).segments().size(), typical.get(2).segments().stream().mapToInt(String::length).sum());
  }

  @Benchmark
  public Alignment sixVersionsByParagraph() {
    return aligner.align(typical);
  }

  @Benchmark
  public Alignment sixVersionsBySentence() {
    return aligner.alignSentences(typical);
  }
}
