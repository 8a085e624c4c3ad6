package org.plenary.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.plenary.index.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plenary serve}: the HTTP API and web page over the index of a data folder. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
        "Serves the indexed documents (a data folder, or a SolrCloud collection): a web page to search and read them, and an HTTP API",
        "(GET /api/search, /api/documents/ID, /api/documents/ID/source, /api/documents/ID/versions;",
        "described in /api/openapi.json).",
        "",
        "With --samples it first indexes the sample UN documents shipped with plenary (resolutions",
        "and letters in the six languages): the quickest way to try it."},
    footer = {"", "Examples:", "  plenary serve --samples", "  plenary serve --data /srv/plenary --port 9000",
        "  plenary serve --solr zk1:2181/solr --collection un"})
final class ServeCommand implements Callable<Integer> {

  @CommandLine.Mixin
  IndexLocation location;

  @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8080",
      description = "The port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--samples", description = "Index the shipped sample documents into the data folder first.")
  boolean samples;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (samples) {
      indexSamples(location, err);
    }
    try (SearchIndex index = location.forReading();
        HttpApi api = HttpApi.start(index, port)) {
      err.printf("Serving %d documents from %s. Open http://localhost:%d/ (Ctrl-C to stop)%n",
          index.count(), location.describe(), api.port());
      err.flush();
      new CountDownLatch(1).await();
    } catch (java.io.FileNotFoundException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage() + " (or use --samples)");
    }
    return 0;
  }

  /** Copies the shipped samples out of the jar and indexes them. */
  private static void indexSamples(IndexLocation location, PrintWriter err) throws IOException {
    Path tmp = Files.createTempDirectory("plenary-samples");
    try {
      Samples.copyTo(tmp);
      try (SearchIndex index = location.forWriting()) {
        IndexCommand.index(index, location.describe(), List.of(tmp), Runtime.getRuntime().availableProcessors(), 200, err);
      }
    } finally {
      try (Stream<Path> files = Files.walk(tmp)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
