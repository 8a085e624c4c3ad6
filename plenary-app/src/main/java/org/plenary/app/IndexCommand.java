package org.plenary.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.plenary.Outcome;
import org.plenary.Plenary;
import org.plenary.index.IndexSummary;
import org.plenary.index.Indexer;
import org.plenary.index.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plenary index}: parses documents and adds them to the search index of a data folder. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    header = "Parses documents and adds them to a data folder's index.",
    description = {
        "Parses documents and adds them to the search index of a data folder, storing each source",
        "file and its JSON record beside the index (with --solr, the index is a SolrCloud collection",
        "and the data folder keeps the sources and records). Directories are walked.",
        "",
        "A file already indexed (same content) is skipped, so running it again is harmless; a run",
        "that was interrupted is finished by running it again.",
        "Exit status: 0 when every file was indexed or skipped, 1 when some failed (each is listed",
        "on standard error with the reason), 2 for a usage error."},
    footer = {"", "Examples:", "  plenary index ~/un-documents", "  plenary index --data /srv/plenary letters/*.txt",
        "  plenary index --solr zk1:2181/solr --collection un ~/un-documents",
        "  plenary index --fork --fork-heap 512m downloads/   (untrusted files: each parsed in a child JVM)"})
final class IndexCommand implements Callable<Integer> {

  @CommandLine.Mixin
  IndexOptions index;

  @Option(names = {"-j", "--threads"}, paramLabel = "N",
      description = "Parse on N threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "200",
      description = "Commit the index every N documents (default: ${DEFAULT-VALUE}).")
  int batch;

  @CommandLine.Mixin
  ParseOptions limits;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to index.")
  List<Path> paths;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    IndexSummary summary = index(index, paths,
        threads == null ? Runtime.getRuntime().availableProcessors() : threads, batch, limits, err);
    return summary.failed().isEmpty() ? 0 : 1;
  }

  /** Indexes paths with the default limits. */
  static IndexSummary index(IndexOptions options, List<Path> paths, int threads, int batch, PrintWriter err) throws IOException {
    return index(options, paths, threads, batch, new ParseOptions(), err);
  }

  /** Indexes paths, showing progress on a terminal and a summary at the end. */
  static IndexSummary index(IndexOptions options, List<Path> paths, int threads, int batch, ParseOptions limits,
      PrintWriter err) throws IOException {
    boolean terminal = System.console() != null;
    IndexSummary summary;
    try (SearchIndex index = options.openForWriting()) {
      ForkedParser forked = limits.fork ? limits.forkedParser(threads, null) : null;
      Plenary plenary = limits.plenary();
      Indexer.Parser parser = forked == null ? (file, source) -> plenary.parse(source) : (file, source) -> {
        Outcome outcome = forked.parse(file);
        if (outcome instanceof Outcome.Failed failed) {
          throw failed.error();
        }
        return ((Outcome.Parsed) outcome).document();
      };
      Indexer indexer = new Indexer(parser, limits.maxBytes(), index, options.folder(), threads, batch, limits.followLinks);
      try {
        summary = indexer.run(paths, (done, total, file, status) -> {
          if (terminal && (done % 10 == 0 || done == total)) {
            synchronized (err) {
              err.printf("\rindexing: %d/%d files", done, total);
              err.flush();
            }
          }
        });
      } finally {
        if (forked != null) {
          forked.close();
        }
      }
    }
    if (terminal) {
      err.println();
    }
    for (IndexSummary.Failure passed : summary.passedOver()) {
      err.println(FileNames.printable(passed.file()) + ": " + passed.reason());
    }
    for (IndexSummary.Failure failure : summary.failed()) {
      err.println(FileNames.printable(failure.file()) + ": " + failure.reason());
    }
    err.printf("%d files: %d indexed, %d already indexed, %d failed in %.1f s%s; %s holds %d documents%n",
        summary.files(), summary.indexed(), summary.skipped(), summary.failed().size(),
        summary.elapsed().toMillis() / 1000.0, BatchSummary.hiddenLeftOut(summary.hidden()), options.describe(),
        summary.total());
    err.flush();
    return summary;
  }
}
