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
import org.plenary.index.DataFolder;
import org.plenary.index.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plenary serve}: the HTTP API and web page over the index of a data folder. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    header = "Serves a web page and HTTP API over a data folder.",
    description = {
        "Serves the documents of a data folder: a web page to search and read them, and an HTTP API",
        "(GET /api/search, /api/export, /api/documents/ID, /api/documents/ID/source, .../text,",
        ".../versions; described in /api/openapi.json).",
        "",
        "It listens on 127.0.0.1, this machine alone; --host 0.0.0.0 opens it to the network (it has",
        "no login: every document of the folder can then be read by anyone who reaches it).",
        "",
        "With --samples it first indexes the sample UN documents shipped with plenary (resolutions",
        "and letters in the six languages): the quickest way to try it."},
    footer = {"", "Examples:", "  plenary serve --samples", "  plenary serve --data /srv/plenary --port 9000 --host 0.0.0.0",
        "  plenary serve --solr zk1:2181/solr --collection un --data /srv/plenary"})
final class ServeCommand implements Callable<Integer> {

  @CommandLine.Mixin
  IndexOptions index;

  @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8080",
      description = "The port to listen on, 1 to 65535, or 0 for any free port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine alone; 0.0.0.0 for every interface).")
  String host;

  @Option(names = "--samples", description = "Index the shipped sample documents into the data folder first.")
  boolean samples;

  @CommandLine.Mixin
  ParseOptions limits;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
    }
    PrintWriter err = spec.commandLine().getErr();
    DataFolder folder = index.folder();
    if (samples) {
      indexSamples(index, limits, err);
    }
    try (SearchIndex opened = index.openForReading();
        HttpApi api = HttpApi.start(opened, folder, host, port)) {
      String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
      err.printf("Serving %d documents from %s. Open http://%s:%d/ (Ctrl-C to stop)%n",
          opened.count(), folder.root(), shown, api.port());
      err.flush();
      new CountDownLatch(1).await();
    } catch (java.io.FileNotFoundException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage() + " (or use --samples)");
    }
    return 0;
  }

  /** Copies the shipped samples out of the jar and indexes them. */
  private static void indexSamples(IndexOptions index, ParseOptions limits, PrintWriter err) throws IOException {
    Path tmp = Files.createTempDirectory("plenary-samples");
    try {
      Samples.copyTo(tmp);
      IndexCommand.index(index, List.of(tmp), Runtime.getRuntime().availableProcessors(), 200, limits, err);
    } finally {
      try (Stream<Path> files = Files.walk(tmp)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
