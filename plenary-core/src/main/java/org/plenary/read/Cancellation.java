package org.plenary.read;

import org.plenary.UnreadableInput;

/**
 * Where a long read looks whether it should stop: a parse over its time budget is interrupted
 * ({@link org.plenary.Plenary#withTimeout}), and the reader gives up at its next look instead of
 * running on unseen.
 */
public final class Cancellation {
  private Cancellation() {}

  /** Gives up when the thread was interrupted. */
  public static void check(String sourceName) throws UnreadableInput {
    if (Thread.currentThread().isInterrupted()) {
      throw new UnreadableInput(sourceName, "parsing was interrupted");
    }
  }
}
