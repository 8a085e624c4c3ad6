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
 * @param hidden the hidden files and folders the folder walks left out (names that start with a dot)
 * @param total the documents the index holds after the run
 */
public record IndexSummary(int files, int indexed, int skipped, List<Failure> failed, List<Failure> passedOver,
    int hidden, int total, Duration elapsed) {

  /** A file that was not indexed and why. */
  public record Failure(String file, String reason) {}

  public IndexSummary {
    failed = List.copyOf(failed);
    passedOver = List.copyOf(passedOver);
  }
}
