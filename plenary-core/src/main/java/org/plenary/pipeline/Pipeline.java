package org.plenary.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.plenary.InputLimitExceeded;
import org.plenary.PlenaryException;
import org.plenary.UnreadableInput;
import org.plenary.extract.DocumentExtractor;
import org.plenary.extract.UnDocumentExtractor;
import org.plenary.lang.LanguageDetector;
import org.plenary.lang.LanguagePack;
import org.plenary.lang.LanguagePacks;
import org.plenary.model.Document;
import org.plenary.model.DocumentTree;
import org.plenary.model.Language;
import org.plenary.model.Pages;
import org.plenary.model.RepairedText;
import org.plenary.model.Source;
import org.plenary.model.SourceInfo;
import org.plenary.read.Cancellation;
import org.plenary.read.Readers;
import org.plenary.read.SourceReader;
import org.plenary.read.akn.AknReader;
import org.plenary.repair.LayoutRepair;
import org.plenary.repair.LayoutRepairs;
import org.plenary.structure.StructureFinder;
import org.plenary.structure.UnStructureFinder;

/**
 * Composes the stages for one document: read, detect the language, repair, find the structure,
 * extract. Times each stage and checks for interruption between them. Stateless and thread-safe:
 * one instance serves any number of threads.
 */
public final class Pipeline {
  /** The largest input read by default, in bytes. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private final SourceReader reader;
  private final LanguageDetector detector;
  private final LayoutRepair repair;
  private final StructureFinder structure;
  private final DocumentExtractor extractor;
  private final long maxBytes;

  public Pipeline() {
    this(new Readers(), new LanguageDetector(), new LayoutRepairs(), new UnStructureFinder(),
        new UnDocumentExtractor(), DEFAULT_MAX_BYTES);
  }

  public Pipeline(SourceReader reader, LanguageDetector detector, LayoutRepair repair, StructureFinder structure,
      DocumentExtractor extractor, long maxBytes) {
    this.reader = reader;
    this.detector = detector;
    this.repair = repair;
    this.structure = structure;
    this.extractor = extractor;
    this.maxBytes = maxBytes;
  }

  /** The same pipeline with another input size limit. */
  public Pipeline withMaxBytes(long limit) {
    return new Pipeline(reader, detector, repair, structure, extractor, limit);
  }

  /** The same pipeline with another reader (one that reads scans otherwise, say). */
  public Pipeline withReader(SourceReader other) {
    return new Pipeline(other, detector, repair, structure, extractor, maxBytes);
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** The record of one source; {@code language} forces the language when present. */
  public Document parse(Source source, Optional<Language> language) throws PlenaryException {
    return run(source, language, new LinkedHashMap<>());
  }

  /** Like {@link #parse} and also reports the time each stage took. */
  public Document parse(Source source, Optional<Language> language, Map<String, Long> timings)
      throws PlenaryException {
    return run(source, language, timings);
  }

  private Document run(Source source, Optional<Language> forced, Map<String, Long> timings)
      throws PlenaryException {
    try {
      return stages(source, forced, timings);
    } catch (Cancellation.Cancelled e) {
      throw new UnreadableInput(source.name(), "parsing was interrupted");
    }
  }

  private Document stages(Source source, Optional<Language> forced, Map<String, Long> timings)
      throws PlenaryException {
    if (source.bytes().length > maxBytes) {
      throw new InputLimitExceeded(source.name(), "the file has " + source.bytes().length
          + " bytes, more than the limit of " + maxBytes);
    }
    Diagnostics diagnostics = new Diagnostics();
    long t = System.nanoTime();
    if (AknReader.accepts(source.bytes())) {
      // Akoma Ntoso XML carries its own structure: its markup builds the tree the extractors read
      Document document = new AknReader(extractor).read(source, diagnostics);
      lap(source, timings, "read", t);
      return document;
    }
    Pages pages = reader.read(source, diagnostics);
    t = lap(source, timings, "read", t);
    Language language = forced.orElseGet(() -> detector.detect(sample(pages), diagnostics));
    LanguagePack pack = LanguagePacks.of(language);
    t = lap(source, timings, "detect", t);
    RepairedText text = repair.repair(pages, diagnostics);
    if (text.text().isBlank()) {
      throw new UnreadableInput(source.name(), "no text left once page furniture is taken out");
    }
    t = lap(source, timings, "repair", t);
    DocumentTree tree = structure.find(text, pack, diagnostics);
    t = lap(source, timings, "structure", t);
    Document extracted = extractor.extract(tree, pack, diagnostics);
    lap(source, timings, "extract", t);
    Document.Builder record = extracted.toBuilder();
    record.source = new SourceInfo(source.name(), source.sha256(), pages.format(),
        pages.knownPageCount() ? pages.pages().size() : null, pages.pages().stream().anyMatch(org.plenary.model.Page::ocr));
    diagnostics.warnings().forEach(w -> record.warnings.add(w.message()));
    return record.build();
  }

  private static String sample(Pages pages) {
    StringBuilder s = new StringBuilder();
    pages.lines().forEach(l -> s.append(l.text()).append('\n'));
    return s.toString();
  }

  private static long lap(Source source, Map<String, Long> timings, String stage, long since)
      throws PlenaryException {
    long now = System.nanoTime();
    timings.put(stage, now - since);
    Cancellation.check(source.name());
    return now;
  }
}
