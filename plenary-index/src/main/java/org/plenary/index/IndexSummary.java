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
 * @param passedOver each file the folder walk left out on purpose (a link leading outside the
 *     folder), with the reason: a warning, not a failure
 */
public record IndexSummary(int files, int indexed, int skipped, List<Failure> failed, List<Failure> passedOver,
    int total, Duration elapsed) {

  /** A file that was not indexed and why. */
  public record Failure(String file, String reason) {}

  public IndexSummary {
    failed = List.copyOf(failed);
    passedOver = List.copyOf(passedOver);
  }
}
