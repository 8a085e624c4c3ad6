package org.plenary.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.model.Document;
import org.plenary.model.Source;

/**
 * The whole parse of a folder of PDFs (read with layout, repair, structure, extraction) on one
 * thread, against the text extraction alone by poppler's {@code pdftotext} on the same files, one
 * process per file as a batch script would run it. Both report milliseconds per pass over the
 * folder; pages per second per core is the folder's page count over that time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class PdfParseBenchmark {

  /** The folder of PDFs to parse. */
  @Param("plenary-core/src/test/resources/golden/pdf")
  public String folder;

  private final Plenary plenary = Plenary.create();
  private List<Path> files;
  private List<Source> sources;

  @Setup
  public void load() throws IOException {
    try (Stream<Path> paths = Files.list(Path.of(folder))) {
      files = paths.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no PDF in " + Path.of(folder).toAbsolutePath());
    }
    sources = new ArrayList<>();
    for (Path file : files) {
      sources.add(new Source(file.toString(), Files.readAllBytes(file)));
    }
  }

  /** Pages parsed in one pass: a whole parse of every PDF of the folder. */
  @Benchmark
  public int plenaryParse() throws PlenaryException {
    int pages = 0;
    for (Source source : sources) {
      Document document = plenary.parse(source);
      pages += document.source().pages();
    }
    return pages;
  }

  /** Bytes of text {@code pdftotext -layout} extracts from every PDF of the folder. */
  @Benchmark
  public long pdftotext() throws IOException, InterruptedException {
    long bytes = 0;
    for (Path file : files) {
      Process process = new ProcessBuilder("pdftotext", "-q", "-layout", file.toString(), "-")
          .redirectErrorStream(true).start();
      try (InputStream out = process.getInputStream()) {
        bytes += out.transferTo(OutputStream.nullOutputStream());
      }
      if (process.waitFor() != 0) {
        throw new IOException("pdftotext failed on " + file);
      }
    }
    return bytes;
  }
}
