package org.plenary.app;

import java.time.Duration;
import org.plenary.Plenary;
import picocli.CommandLine.Option;

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

  @Option(names = "--follow-links",
      description = "Follow symbolic links that lead outside the folders given; by default such a link is "
          + "skipped with a warning, so that a folder of documents cannot expose other files.")
  boolean followLinks;

  Duration timeout() {
    return Duration.ofSeconds(Math.max(1, timeoutSeconds));
  }

  /** A parser held to these limits. */
  Plenary plenary() {
    return Plenary.create().withMaxBytes(Math.max(1, maxMegabytes) * 1024 * 1024).withTimeout(timeout());
  }
}
