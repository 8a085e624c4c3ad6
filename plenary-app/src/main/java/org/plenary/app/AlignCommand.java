package org.plenary.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.align.Aligner;
import org.plenary.align.Alignment;
import org.plenary.align.SegmentKind;
import org.plenary.align.Version;
import org.plenary.align.VersionReader;
import org.plenary.align.write.JsonLinesWriter;
import org.plenary.align.write.MarkdownTableWriter;
import org.plenary.align.write.TmxWriter;
import org.plenary.model.Document;
import org.plenary.model.Language;
import org.plenary.model.Source;
import org.plenary.read.EncodingDetector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plenary align}: aligns the language versions of one document. */
@Command(
    name = "align",
    mixinStandardHelpOptions = true,
    description = {
        "Aligns the language versions of one document (two to six of Arabic, Chinese, English, French, "
            + "Russian, Spanish), paragraph by paragraph or sentence by sentence, all versions at once: "
            + "every pair of versions sees the same beads (1-1, 1-2, 2-1, 1-0, ...).",
        "",
        "Each FILE is one version, in any format plenary parse reads; its language is detected, or "
            + "given in file order with --langs. With --segmented, each FILE is plain text whose blocks "
            + "(separated by blank lines) are the segments, aligned as given.",
        "",
        "Output: jsonl, one bead a line: {\"segments\": {\"en\": [0], \"fr\": [0, 1], ...}, \"text\": {...}}, "
            + "indices counted from 0 in each version; tmx, TMX 1.4, one <tu> per bead (for OmegaT and "
            + "other translation memories); md, a table to read the versions side by side.",
        "",
        "Exit status: 0 when aligned, 1 when a file could not be read (said on standard error as "
            + "'FILE: reason'), 2 for a usage error."},
    footer = {
        "",
        "Examples:",
        "  plenary align --format tmx -o A_RES_75_1.tmx A_RES_75_1-*.pdf",
        "  plenary align --level paragraph --format md en.docx fr.docx",
        "  plenary align --segmented --format jsonl --langs ar,zh,en,fr,ru,es ar.txt zh.txt en.txt fr.txt ru.txt es.txt"})
final class AlignCommand implements Callable<Integer> {

  /** What the beads join. */
  enum Level { paragraph, sentence }

  /** The output formats of {@code align}. */
  enum Format { jsonl, tmx, md }

  @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "sentence",
      description = "Align ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); sentences are aligned "
          + "inside aligned paragraphs. Ignored with --segmented.")
  Level level;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--langs", paramLabel = "LANG,...", split = ",",
      description = "The languages of the files, in file order (ar, zh, en, fr, ru, es); detected when not given.")
  List<String> languages;

  @Option(names = "--segmented",
      description = "The files are plain text whose blank-line-separated blocks are the segments.")
  boolean segmented;

  @Option(names = "--srclang", paramLabel = "LANG",
      description = "The original language, written as the TMX srclang (default: the original language the "
          + "documents name, else *all*).")
  String sourceLanguage;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Parameters(arity = "1..6", paramLabel = "FILE", description = "The versions of the document, one file each.")
  List<Path> files;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<Language> given = givenLanguages();
    List<Version> versions = new ArrayList<>();
    Language original = sourceLanguage == null ? null : language(sourceLanguage);
    VersionReader reader = new VersionReader();
    Plenary plenary = Plenary.create();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      Language language = given.isEmpty() ? null : given.get(i);
      try {
        if (segmented) {
          byte[] bytes = Files.readAllBytes(file);
          String text = new EncodingDetector().decode(new Source(file.toString(), bytes)).text();
          versions.add(reader.segmented(text, language));
        } else {
          Plenary parser = language == null ? plenary : plenary.withLanguage(language);
          Document document = parser.parse(file);
          versions.add(reader.document(document));
          if (original == null && sourceLanguage == null) {
            original = document.originalLanguage();
          }
        }
      } catch (IOException e) {
        spec.commandLine().getErr().println(file + ": cannot read (" + e.getMessage() + ")");
        return 1;
      } catch (PlenaryException e) {
        spec.commandLine().getErr().println(file + ": " + e.reason());
        return 1;
      }
    }
    for (int i = 0; i < versions.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (versions.get(i).language() == versions.get(j).language()) {
          throw new CommandLine.ParameterException(spec.commandLine(), files.get(j) + " and " + files.get(i)
              + " are both in " + versions.get(i).language().englishName() + ": give the languages with --langs");
        }
      }
    }
    Aligner aligner = Aligner.create();
    Alignment alignment = segmented ? aligner.align(versions).as(SegmentKind.BLOCK)
        : level == Level.paragraph ? aligner.align(versions) : aligner.alignSentences(versions);
    try (Writer out = output == null
        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
        : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      switch (format) {
        case jsonl -> new JsonLinesWriter().write(alignment, out);
        case tmx -> new TmxWriter().write(alignment, original, out);
        case md -> new MarkdownTableWriter().write(alignment, out);
      }
    }
    return 0;
  }

  private List<Language> givenLanguages() {
    if (languages == null) {
      return List.of();
    }
    if (languages.size() != files.size()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--langs names " + languages.size() + " languages for " + files.size() + " files");
    }
    return languages.stream().map(this::language).toList();
  }

  private Language language(String code) {
    return Language.find(code).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
        "unknown language '" + code + "': use one of ar, zh, en, fr, ru, es"));
  }
}
