package org.plenary.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.plenary.Outcome;
import org.plenary.Plenary;
import org.plenary.UnreadableInput;
import org.plenary.model.Document;
import org.plenary.model.Language;
import org.plenary.read.FolderWalk;
import org.plenary.write.AknWriter;
import org.plenary.write.JsonWriter;
import org.plenary.write.MarkdownWriter;
import org.plenary.write.TextWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plenary parse}: prints the record of each input document. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
        "Parses UN documents and prints their records.",
        "",
        "For one file the JSON record is printed indented; for several, one record per line (JSON "
            + "Lines). The JSON follows the contract plenary.document/1.",
        "",
        "Exit status: 0 when every file parsed, 1 when some failed (each failure is printed on standard "
            + "error as 'FILE: reason'), 2 for a usage error."},
    footer = {
        "",
        "Examples:",
        "  plenary parse letter.txt",
        "  plenary parse --format md A_75_357.txt",
        "  plenary parse --format akn A_75_357.txt > A_75_357.akn.xml",
        "  plenary parse --lang zh --format json *.txt > records.jsonl",
        "  plenary parse documents/ 'archive/**.pdf' > records.jsonl",
        "  plenary parse --fork --fork-heap 512m downloads/ > records.jsonl   (untrusted files: each in a child JVM)"})
final class ParseCommand implements Callable<Integer> {

  /** The output formats of {@code parse}. */
  enum Format { json, md, akn, text }

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
          + "json is the record; md the document as Markdown with its masthead as a table; "
          + "akn Akoma Ntoso 3.0 XML (AKN4UN); text the repaired text.")
  Format format;

  @Option(names = {"-l", "--lang"}, paramLabel = "LANG",
      description = "Read every file as this language (ar, zh, en, fr, ru, es) instead of detecting it.")
  String language;

  @Option(names = {"-j", "--threads"}, paramLabel = "N",
      description = "Parse on N threads (default: the number of cores).")
  Integer threads;

  @CommandLine.Mixin
  ParseOptions limits;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "The documents to parse: files, directories (every readable file under them) or globs.")
  List<String> files;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Plenary plenary = limits.plenary();
    if (language != null) {
      Optional<Language> forced = Language.find(language);
      if (forced.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "unknown language '" + language + "': use one of ar, zh, en, fr, ru, es");
      }
      plenary = plenary.withLanguage(forced.get());
    }
    InputFiles.Expanded inputs = new InputFiles(limits.followLinks).expand(files);
    PrintWriter err = spec.commandLine().getErr();
    BatchSummary summary = new BatchSummary();
    summary.hidden(inputs.hidden());
    for (FolderWalk.Skipped skipped : inputs.skipped()) {
      String name = skipped.path().toString();
      err.println(FileNames.printable(name) + ": " + skipped.reason());
      if (!skipped.onPurpose()) {
        summary.add(new Outcome.Failed(name, new UnreadableInput(name, skipped.reason())));
      }
    }
    if (inputs.files().isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no file matches " + String.join(" ", files));
    }
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    ProgressBar progress = new ProgressBar(err, inputs.files().size(),
        inputs.batch() && ProgressBar.stderrIsTerminal());
    ForkedParser forked = limits.fork ? limits.forkedParser(n, language) : null;
    Batch batch = forked == null ? new Batch(plenary, n, limits.timeout()) : new Batch(forked::parse, n, limits.timeout());
    try {
      batch.run(inputs.files(), outcome -> {
        if (outcome instanceof Outcome.Parsed parsed) {
          out.print(render(parsed.document(), inputs.batch()));
          out.flush();
        } else if (outcome instanceof Outcome.Failed f) {
          progress.finish();
          err.println(FileNames.printable(f.name()) + ": " + f.error().reason());
        }
        summary.add(outcome);
        progress.update(summary.total(), summary.failed());
      });
    } finally {
      if (forked != null) {
        forked.close();
      }
    }
    progress.finish();
    out.flush();
    if (inputs.batch()) {
      err.println(summary);
    }
    err.flush();
    return summary.failed() == 0 ? 0 : 1;
  }

  private String render(Document document, boolean several) {
    return switch (format) {
      case json -> several ? JsonWriter.compact().write(document) + "\n" : JsonWriter.pretty().write(document) + "\n";
      case md -> (several ? "\n" : "") + new MarkdownWriter().write(document);
      case akn -> new AknWriter().write(document);
      case text -> new TextWriter().write(document);
    };
  }
}
