package org.plenary.read.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plenary.lang.LanguageDetector;
import org.plenary.model.Language;
import org.plenary.pipeline.Diagnostics;

/**
 * Reads the page images of one document with Tesseract, in the model of the document's language.
 * The language is the one given, or else is found once, on the first page read: the script
 * Tesseract detects ({@link ScriptDetector}) names the languages written in it (pack data); where
 * several share it (Latin: English, French, Spanish), a band across the middle of the page is
 * read with all their models and {@link LanguageDetector} picks one. A later page read with poor
 * confidence is looked at again: an annex in another script is read in its own model.
 *
 * <p>Thread-safe once the first page is read: the other pages may then be read side by side.
 */
public final class Recognizer {
  /** Below this mean word confidence a page may be in another script than the document's. */
  static final double RECHECK_BELOW = 60;
  /** The most pixels a page image is enlarged to: an A3 page at 300 dpi has 17 million. */
  static final long MAX_PIXELS = 40_000_000L;
  /** How much more confident a language's other model must read its sample to be taken instead. */
  static final double CLEARLY_MORE = 8;
  /** The band of the page read to tell the languages of one script apart. */
  private static final double SAMPLE_TOP = 0.3;
  private static final double SAMPLE_BOTTOM = 0.6;

  private final Tesseract tesseract;
  private final ScriptDetector scripts;
  private final HocrReader hocr = new HocrReader();
  private final LanguageDetector languages = new LanguageDetector();
  private final Optional<Language> forced;
  private volatile Language documentLanguage;
  /** The model the document's language is read with, where the language has several (Chinese). */
  private volatile String documentModel;

  public Recognizer(Tesseract tesseract, Optional<Language> forced) {
    this.tesseract = tesseract;
    this.scripts = new ScriptDetector(tesseract);
    this.forced = forced;
  }

  /** A recognizer with the Tesseract of this machine, or why OCR cannot run here. */
  public static Recognizer create(OcrSettings settings) throws OcrUnavailable {
    Tesseract tesseract = Tesseract.find(settings.pageTimeout())
        .orElseThrow(() -> new OcrUnavailable(Tesseract.whyMissing()));
    return new Recognizer(tesseract, settings.language());
  }

  /**
   * The words of one page image, in pixels of the image as given (a low-resolution scan is read
   * at {@link OcrSettings#DPI}, and its boxes are brought back).
   */
  public OcrPage read(PageImage given) throws OcrFailed, OcrUnavailable, InterruptedException {
    return read(given, false);
  }

  /**
   * The words of one page image; words a combined model read as Latin inside lines of another
   * script are read again in that script alone ({@link LatinMisreads}); on a document's first page the words set in letters of two sizes
   * (the masthead's symbol, {@link LargeInitials}) are read again, a masthead symbol whose series letter
   * was read as a digit gets it back ({@link SeriesMisreads}), and its foot is read again on its
   * own ({@link FootBand}), where the job number stands beside the barcode.
   */
  public OcrPage read(PageImage given, boolean firstPage) throws OcrFailed, OcrUnavailable, InterruptedException {
    PageImage page = given.atLeast(OcrSettings.DPI, MAX_PIXELS);
    OcrPage read = readAtItsSize(page);
    String own = LatinMisreads.ownModel(read.model());
    if (own != null) {
      read = new LatinMisreads(image -> hocr.read(withFile(image, file -> tesseract.hocr(file, own, image.dpi())), own))
          .reread(page, read);
    }
    if (firstPage && read.wordCount() > 0) {
      String model = read.model();
      read = new LargeInitials(image -> hocr.read(withFile(image, file -> tesseract.hocrOfLine(file, model, image.dpi())), model))
          .reread(page, read);
      read = SeriesMisreads.reread(read);
      read = new FootBand((image, singleLine) -> singleLine
          ? hocr.read(withFile(image, file -> tesseract.hocrOfLine(file, model, image.dpi())), model)
          : hocr.read(withFile(image, file -> tesseract.hocr(file, model, image.dpi())), model)).reread(page, read);
    }
    return page == given ? read : read.scaled((float) given.dpi() / page.dpi(), given.width(), given.height());
  }

  private OcrPage readAtItsSize(PageImage page) throws OcrFailed, OcrUnavailable, InterruptedException {
    if (forced.isPresent()) {
      return recognise(page, forced.get());
    }
    Language language = documentLanguage;
    boolean first = language == null;
    if (first) {
      language = detect(page, page.half());
      documentModel = model(page, language);
      documentLanguage = language;
    }
    OcrPage read = recognise(page, language);
    if (first && OcrModels.ofScript("Latin").contains(language)) {
      OcrPage paired = inSecondScript(page, read);
      if (paired != read) {
        return paired;
      }
    }
    if (read.meanConfidence() < RECHECK_BELOW || read.wordCount() == 0) {
      // the first page's script seen at half resolution may be wrong; a later page may be another script
      Language other = first ? detect(page, page) : detect(page, page.half());
      if (other != language) {
        OcrPage again = recognise(page, other);
        if (again.meanConfidence() > read.meanConfidence()) {
          return again;
        }
      }
    }
    return read;
  }

  /**
   * The first page read again in the model of its second script, where it pairs a Latin-script
   * text with another ({@link SecondScript}) and that reading is the more confident: the
   * document's language is then the second script's. Else the page as read.
   */
  private OcrPage inSecondScript(PageImage page, OcrPage read) throws OcrFailed, OcrUnavailable, InterruptedException {
    Optional<String> script = new SecondScript(image -> {
      PageImage half = image.half();
      return withFile(half, file -> scripts.detect(file, half.dpi()));
    }).of(page, read);
    List<Language> other = script.map(OcrModels::ofScript).orElse(List.of());
    if (other.size() != 1) {
      return read;
    }
    Language language = other.get(0);
    String model = model(page, language);
    OcrPage again = recognise(page, model);
    if (!(again.meanConfidence() > read.meanConfidence())) {
      return read;
    }
    documentModel = model;
    documentLanguage = language;
    return again;
  }

  /**
   * The language of a page: its script (seen on {@code forScript}, the page or a smaller copy),
   * then among that script's languages the one its words show.
   */
  Language detect(PageImage page, PageImage forScript) throws OcrFailed, OcrUnavailable, InterruptedException {
    Optional<String> script = withFile(forScript, file -> scripts.detect(file, forScript.dpi()));
    List<Language> candidates = script.map(OcrModels::ofScript).filter(l -> !l.isEmpty())
        .orElseGet(() -> OcrModels.ofScript("Latin"));
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    OcrPage sample = recognise(page.band(SAMPLE_TOP, SAMPLE_BOTTOM), OcrModels.combined(candidates));
    Language found = languages.detect(sample.text(), new Diagnostics());
    return candidates.contains(found) ? found : candidates.get(0);
  }

  private OcrPage recognise(PageImage page, Language language) throws OcrFailed, OcrUnavailable, InterruptedException {
    String model = language == documentLanguage && documentModel != null ? documentModel : OcrModels.model(language);
    return recognise(page, model);
  }

  /**
   * The model a language is read with on this document: its only one, or, where it has several
   * installed (simplified and traditional Chinese), the one that reads the page's sample band with
   * clearly the higher confidence ({@link #mostConfident}).
   */
  private String model(PageImage page, Language language) throws OcrFailed, OcrUnavailable, InterruptedException {
    List<String> models = OcrModels.models(language);
    if (models.size() == 1) {
      return models.get(0);
    }
    Set<String> installed = tesseract.languages();
    List<String> usable = models.stream().filter(m -> installed.containsAll(List.of(m.split("\\+")))).toList();
    if (usable.size() < 2) {
      return usable.isEmpty() ? models.get(0) : usable.get(0);
    }
    PageImage band = page.band(SAMPLE_TOP, SAMPLE_BOTTOM);
    List<OcrPage> samples = new java.util.ArrayList<>();
    for (String model : usable) {
      samples.add(recognise(band, model));
    }
    return mostConfident(samples).model();
  }

  /**
   * The reading in the usual model (the first), unless another reads with a mean word confidence
   * higher by {@link #CLEARLY_MORE}: on a page of simplified characters the traditional model reads
   * about as confidently, sometimes a point more, while the wrong model on a page of the other
   * script loses far more.
   */
  static OcrPage mostConfident(List<OcrPage> readings) {
    OcrPage best = readings.get(0);
    double bestMean = Double.isNaN(best.meanConfidence()) ? -CLEARLY_MORE : best.meanConfidence();
    for (OcrPage reading : readings.subList(1, readings.size())) {
      double mean = reading.meanConfidence();
      if (!Double.isNaN(mean) && mean >= bestMean + CLEARLY_MORE) {
        best = reading;
        bestMean = mean;
      }
    }
    return best;
  }

  private OcrPage recognise(PageImage page, String model) throws OcrFailed, OcrUnavailable, InterruptedException {
    Set<String> installed = tesseract.languages();
    for (String part : model.split("\\+")) {
      if (!installed.contains(part)) {
        throw new OcrUnavailable("it needs OCR with the Tesseract model " + part + ", which is not installed:"
            + " install " + Tesseract.debianPackage(part));
      }
    }
    return hocr.read(withFile(page, file -> tesseract.hocr(file, model, page.dpi())), model);
  }

  private interface OnFile<T> {
    T run(Path file) throws OcrFailed, InterruptedException;
  }

  private static <T> T withFile(PageImage page, OnFile<T> job) throws OcrFailed, InterruptedException {
    Path file;
    try {
      file = page.write();
    } catch (IOException e) {
      throw new OcrFailed("the page image cannot be written for OCR: " + e.getMessage());
    }
    try {
      return job.run(file);
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit();
      }
    }
  }
}
