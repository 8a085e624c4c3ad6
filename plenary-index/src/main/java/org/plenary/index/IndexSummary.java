package org.plenary.index;

import java.time.Duration;
import java.util.List;

/**
 * What an indexing run did.
 *
 * @param files the files found under the paths given
 * @param indexed the files parsed and added
 * @param skipped the files already in the index (same content), not parsed again
 * @param failed each file that could not be read or parsed, with the reason
 */
public record IndexSummary(int files, int indexed, int skipped, List<Failure> failed, int total, Duration elapsed) {

  /** A file that was not indexed and why. */
  public record Failure(String file, String reason) {}

  public IndexSummary {
    failed = List.copyOf(failed);
  }
}
