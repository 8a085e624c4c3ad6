package org.plenary.app;

import java.io.BufferedWriter;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.plenary.index.DataFolder;
import org.plenary.index.SearchIndex;
import org.plenary.index.Matches;
import org.plenary.index.SearchRejected;
import org.plenary.index.SearchRequest;
import org.plenary.model.Document;
import org.plenary.write.AknWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plenary export}: writes the records of a data folder, all or those a search matches, in bulk. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    header = "Writes the records a search matches as CSV, JSONL, AKN or TMX.",
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
        "  tmx    one TMX 1.4 file: each matching document aligned sentence by sentence",
        "         with its versions in the index, one <tu> per sentence bead; a document",
        "         whose versions came already is not aligned twice",
        "",
        "Progress is shown on a terminal; a summary line ends the run (standard error).",
        "Exit status: 0 when every record was exported, 1 when some could not be (each",
        "is named on standard error with the reason), 2 for a usage error such as a",
        "malformed filter."},
    footer = {"", "Examples:",
        "  plenary export --format csv --bom --type letter --from 2020 -o letters.csv",
        "  plenary export --format jsonl --lang zh --organ SC > sc-zh.jsonl",
        "  plenary export --format akn --session 75 --output akn/ Armenia",
        "  plenary export --format tmx --type resolution --session 75 -o ga75.tmx"})
final class ExportCommand implements Callable<Integer> {
  /** The export formats. */
  enum Format { csv, jsonl, akn, tmx }

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", required = true,
      description = "Output format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @CommandLine.Mixin
  IndexOptions index;

  @CommandLine.Mixin
  SearchFilters filters;

  @Option(names = "--bom", description = "Start the CSV with a byte order mark, so that spreadsheet programs read it as UTF-8.")
  boolean bom;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
      description = "The file to write (csv, jsonl, tmx; default: standard output) or the folder to write into (akn; required).")
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
      request = SearchRequest.parse(filters.parameters(), SearchRequest.FILTER_PARAMETERS);
    } catch (SearchRejected e) {
      throw usage(e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    DataFolder folder = index.folder();
    long start = System.nanoTime();
    try (SearchIndex opened = index.openForReading(); Matches matches = opened.matches(request)) {
      StoredRecords records = new StoredRecords(folder, matches, err, System.console() != null);
      if (format == Format.akn) {
        Files.createDirectories(output);
        new AknFiles(output).write(records);
      } else if (format == Format.tmx) {
        new TmxExport(new IndexedAlignment(opened, folder)).write(records, output);
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
      records.write(format == Format.csv, bom, out);
    } finally {
      if (output != null) {
        out.close();
      }
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
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
