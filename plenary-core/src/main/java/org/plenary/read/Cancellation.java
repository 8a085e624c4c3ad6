package org.plenary.read;

import org.plenary.UnreadableInput;

/**
 * Where long work looks whether it should stop: a parse over its time budget is interrupted
 * ({@link org.plenary.Plenary#withTimeout}), and every reader and stage gives up at its next look
 * instead of running on unseen. The readers look per page, per content-stream byte and operator,
 * per XML element, per node, per block of lines; the stages per line or block. A look is one read
 * of the thread's interrupt flag, cheap enough to take in any loop over the input.
 */
public final class Cancellation {
  private Cancellation() {}

  /** Gives up when the thread was interrupted. */
  public static void check(String sourceName) throws UnreadableInput {
    if (requested()) {
      throw new UnreadableInput(sourceName, "parsing was interrupted");
    }
  }

  /** Whether this thread's work was asked to stop. */
  public static boolean requested() {
    return Thread.currentThread().isInterrupted();
  }

  /**
   * Gives up, unchecked, when the thread was interrupted: for the stages, whose interfaces throw
   * nothing; the pipeline turns it into the parse's refusal.
   */
  public static void checkpoint() {
    if (requested()) {
      throw new Cancelled();
    }
  }

  /**
   * The text as a regular expression reads it, looking at every character whether the parse was
   * cancelled: a pattern run over a long block gives up with the parse instead of scanning on. Short
   * texts are watched too: a pattern that backtracks can spend minutes on one long title line.
   */
  public static CharSequence watched(CharSequence text) {
    return text instanceof Watched ? text : new Watched(text);
  }

  private record Watched(CharSequence text) implements CharSequence {
    @Override
    public char charAt(int index) {
      if (requested()) {
        throw new Cancelled();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Watched(text.subSequence(start, end));
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }

  /** The work of an interrupted parse stopped here; the pipeline reports it. */
  public static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("parsing was interrupted", null, false, false);
    }
  }
}
