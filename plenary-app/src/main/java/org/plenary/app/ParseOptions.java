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

  @Option(names = "--fork",
      description = "Parse each file in a child JVM with its own heap (a small pool of them, reused from file to "
          + "file), so that a file which exhausts the memory or hangs costs that file alone, not the run: "
          + "for untrusted batches.")
  boolean fork;

  @Option(names = "--fork-heap", paramLabel = "SIZE", defaultValue = "512m",
      description = "The heap of each child JVM with --fork, as -Xmx takes it (default: ${DEFAULT-VALUE}).")
  String forkHeap = "512m";

  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec spec;

  long maxBytes() {
    return Math.max(1, maxMegabytes) * 1024 * 1024;
  }

  /** The child JVMs of --fork, one per thread; {@code language} forces the language, or null. */
  ForkedParser forkedParser(int threads, String language) {
    if (!forkHeap.matches("\\d+[kKmMgG]?")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--fork-heap: '" + forkHeap + "' is not a heap size such as 512m or 2g");
    }
    return new ForkedParser(threads, forkHeap, maxBytes(), timeout(), language);
  }

  Duration timeout() {
    return Duration.ofSeconds(Math.max(1, timeoutSeconds));
  }

  /** A parser held to these limits. */
  Plenary plenary() {
    return Plenary.create().withMaxBytes(maxBytes()).withTimeout(timeout())
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
