package org.plenary.app;

import java.time.Duration;
import org.plenary.Plenary;
import org.plenary.read.ocr.OcrMode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * What every command that parses files shares: the limits each file is held to and how folders are
 * walked, so that {@code parse}, {@code index} and {@code serve --samples} treat a file alike.
 */
final class ParseOptions {
  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
      description = "Give up on a file that takes longer than this to parse (default: ${DEFAULT-VALUE}); "
          + "it is reported and the run goes on.")
  long timeoutSeconds = 120;

  @Option(names = "--max-size", paramLabel = "MB", defaultValue = "20",
      description = "Refuse files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
  long maxMegabytes = 20;

  @Option(names = "--ocr", paramLabel = "WHEN", defaultValue = "auto", converter = OcrModeConverter.class,
      description = "When to read pages by OCR (Tesseract): auto (default) pages without text and pages whose "
          + "text layer is garbage, always every page, never none (a scanned PDF is then refused).")
  OcrMode ocr = OcrMode.AUTO;

  @Option(names = "--follow-links",
      description = "Follow symbolic links that lead outside the folders given; by default such a link is "
          + "skipped with a warning, so that a folder of documents cannot expose other files.")
  boolean followLinks;

  Duration timeout() {
    return Duration.ofSeconds(Math.max(1, timeoutSeconds));
  }

  /** A parser held to these limits. */
  Plenary plenary() {
    return Plenary.create().withMaxBytes(Math.max(1, maxMegabytes) * 1024 * 1024).withTimeout(timeout())
        .withOcr(ocr);
  }

  /** Reads auto, never or always, in any case. */
  static final class OcrModeConverter implements ITypeConverter<OcrMode> {
    @Override
    public OcrMode convert(String value) {
      return OcrMode.find(value).orElseThrow(() -> new TypeConversionException(
          "'" + value + "' is not auto, never or always"));
    }
  }
}
