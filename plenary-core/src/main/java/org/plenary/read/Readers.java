package org.plenary.read;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.plenary.PlenaryException;
import org.plenary.UnsupportedFormat;
import org.plenary.model.Pages;
import org.plenary.model.Source;
import org.plenary.model.SourceFormat;
import org.plenary.pipeline.Diagnostics;
import org.plenary.read.ocr.OcrSettings;

/**
 * Chooses the reader for a source by its content ({@link FormatDetector}) and reads it. The
 * readers of each format are wired here, in one map.
 */
public final class Readers implements SourceReader {
  private final FormatDetector formats = new FormatDetector();
  private final Map<SourceFormat, SourceReader> readers = new EnumMap<>(SourceFormat.class);

  public Readers() {
    this(OcrSettings.defaults());
  }

  /** Readers that read scanned pages and images as the settings say. */
  public Readers(OcrSettings ocr) {
    readers.put(SourceFormat.TEXT, new TextReader());
    readers.put(SourceFormat.PDF, new PdfReader(ocr));
    WordReader word = new WordReader();
    readers.put(SourceFormat.DOCX, word);
    readers.put(SourceFormat.DOC, word);
    readers.put(SourceFormat.HTML, new HtmlReader());
    readers.put(SourceFormat.IMAGE, new ImageReader(ocr));
  }

  @Override
  public Pages read(Source source, Diagnostics diagnostics) throws PlenaryException {
    Optional<SourceFormat> format = formats.detect(source.bytes());
    if (format.isEmpty()) {
      throw new UnsupportedFormat(source.name(), "not a document: an image, an archive or another binary format");
    }
    SourceReader reader = readers.get(format.get());
    if (reader == null) {
      throw new UnsupportedFormat(source.name(), format.get().id().toUpperCase(java.util.Locale.ROOT)
          + " files are not read yet");
    }
    return reader.read(source, diagnostics);
  }
}
