package org.plenary.app;

import java.io.BufferedWriter;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.plenary.UnreadableInput;
import org.plenary.index.Matches;
import org.plenary.index.SearchIndex;
import org.plenary.index.SearchRejected;
import org.plenary.index.SearchRequest;
import org.plenary.model.Document;
import org.plenary.write.AknWriter;
import org.plenary.write.CsvWriter;
import org.plenary.write.JsonReader;
import org.plenary.write.JsonWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plenary export}: writes the records of a data folder, all or those a search matches, in bulk. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
        "Writes the records of a data folder's index, all of them or those that the query",
        "and filters match (as for 'search', without its limit), as a CSV table, as JSON",
        "Lines or as one Akoma Ntoso XML file per document. Records are read one at a",
        "time from the stored JSON, so an export of any size runs in little memory.",
        "Documents come in the order they were indexed.",
        "",
        "  csv    one row per document, one column per field (--bom for spreadsheets)",
        "  jsonl  one record of the contract plenary.document/1 per line",
        "  akn    one file per document into --output DIR, named by its first symbol",
        "         (slashes and spaces as _) and language, A_75_356-en.xml, else by id",
        "",
        "Progress is shown on a terminal; a summary line ends the run (standard error).",
        "Exit status: 0 when every record was exported, 1 when some could not be (each",
        "is named on standard error with the reason), 2 for a usage error such as a",
        "malformed filter."},
    footer = {"", "Examples:",
        "  plenary export --format csv --bom --type letter --from 2020 -o letters.csv",
        "  plenary export --format jsonl --lang zh --organ SC > sc-zh.jsonl",
        "  plenary export --format akn --session 75 --output akn/ Armenia"})
final class ExportCommand implements Callable<Integer> {
  /** The export formats. */
  enum Format { csv, jsonl, akn }

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", required = true,
      description = "Output format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @CommandLine.Mixin
  IndexLocation location;

  @CommandLine.Mixin
  SearchFilters filters;

  @Option(names = "--bom", description = "Start the CSV with a byte order mark, so that spreadsheet programs read it as UTF-8.")
  boolean bom;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
      description = "The file to write (csv, jsonl; default: standard output) or the folder to write into (akn; required).")
  Path output;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (format == Format.akn && output == null) {
      throw usage("--format akn writes one file per document: name a folder with --output DIR");
    }
    if (format == Format.akn ? Files.isRegularFile(output) : output != null && Files.isDirectory(output)) {
      throw usage("--output " + output + (format == Format.akn ? " is a file, not a folder" : " is a folder, not a file"));
    }
    if (bom && format != Format.csv) {
      throw usage("--bom applies to --format csv only");
    }
    SearchRequest request;
    try {
      request = filters.request(null);
    } catch (SearchRejected e) {
      throw usage(e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    try (SearchIndex index = location.forReading(); Matches matches = index.matches(request)) {
      StoredRecords records = new StoredRecords(index, matches, err);
      if (format == Format.akn) {
        Files.createDirectories(output);
        new AknFiles(output).write(records);
      } else {
        writeStream(records);
      }
      records.endProgress();
      err.printf("%d of %d documents exported as %s to %s, %d failed, in %.1f s%n", matches.size() - records.failed(),
          matches.size(), format, output == null ? "standard output" : output, records.failed(),
          (System.nanoTime() - start) / 1e9);
      err.flush();
      return records.failed() == 0 ? 0 : 1;
    } catch (SearchRejected | FileNotFoundException e) {
      throw usage(e.getMessage());
    }
  }

  /** Writes csv or jsonl to the output file, or to standard output (left open). */
  private void writeStream(StoredRecords records) throws IOException {
    if (output != null) {
      Files.createDirectories(output.toAbsolutePath().getParent());
    }
    Writer out = output == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
        : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    try {
      if (format == Format.csv) {
        new CsvWriter().write(records, out, bom ? CsvWriter.Options.SPREADSHEET : CsvWriter.Options.PLAIN);
      } else {
        for (Document d : records) {
          JsonWriter.compact().write(d, out);
          out.write('\n');
        }
      }
      out.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      if (output != null) {
        out.close();
      }
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /**
   * The records of the matches, read from the index's stored JSON one at a time as the
   * iteration reaches them. A record that cannot be read is told on standard error, counted and
   * skipped; progress is shown when standard error is a terminal.
   */
  private static final class StoredRecords implements Iterable<Document> {
    private final SearchIndex index;
    private final Matches matches;
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private final JsonReader reader = new JsonReader();
    private int done;
    private int failed;

    StoredRecords(SearchIndex index, Matches matches, PrintWriter err) {
      this.index = index;
      this.matches = matches;
      this.err = err;
    }

    int failed() {
      return failed;
    }

    /** Counts a document that was read but could not be written. */
    void fail(Document d, String reason) {
      failed++;
      err.println(d.source().path() + " (" + d.source().sha256() + "): " + reason);
    }

    void endProgress() {
      if (terminal && done > 0) {
        err.println();
      }
    }

    @Override
    public Iterator<Document> iterator() {
      Iterator<String> ids = matches.iterator();
      return new Iterator<>() {
        private Document next;

        @Override
        public boolean hasNext() {
          while (next == null && ids.hasNext()) {
            next = read(ids.next());
          }
          return next != null;
        }

        @Override
        public Document next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          Document d = next;
          next = null;
          return d;
        }
      };
    }

    /** The stored record, or null when it cannot be read (which is said and counted). */
    private Document read(String id) {
      done++;
      if (terminal && (done % 100 == 0 || done == matches.size())) {
        err.printf("\rexporting: %d/%d documents", done, matches.size());
        err.flush();
      }
      String reason;
      try {
        Optional<String> json = index.record(id);
        if (json.isPresent()) {
          return reader.read(json.get(), id);
        }
        reason = "no stored record; index its source again";
      } catch (UnreadableInput | IOException e) {
        reason = e.getMessage();
      }
      failed++;
      err.println(id + ": " + reason);
      return null;
    }
  }

  /** Writes one Akoma Ntoso file per document into a folder, each under a name of its own. */
  private static final class AknFiles {
    private final Path folder;
    private final AknWriter writer = new AknWriter();
    private final Set<String> taken = new HashSet<>();

    AknFiles(Path folder) {
      this.folder = folder;
    }

    void write(StoredRecords records) {
      for (Document d : records) {
        try {
          Files.writeString(folder.resolve(name(d)), writer.write(d), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
          records.fail(d, "cannot write Akoma Ntoso: " + e.getMessage());
        }
      }
    }

    /**
     * The first symbol as the UN names its files (slashes as underscores) with the language, or
     * the id; the language versions of a symbol share it, and two records with the same symbol and
     * language (a reissue) are told apart by their id.
     */
    private String name(Document d) {
      String name = d.symbols().isEmpty() ? d.source().sha256()
          : d.symbols().get(0).replaceAll("[^\\p{Alnum}.()-]+", "_") + "-" + d.language().code();
      if (!taken.add(name)) {
        name += "-" + d.source().sha256().substring(0, 12);
        taken.add(name);
      }
      return name + ".xml";
    }
  }
}
