package org.plenary.index;

import java.util.OptionalInt;

/**
 * A search that cannot be run as asked: malformed, too broad or too slow. The message says what
 * to change and, for a malformed query, where; the HTTP API answers it with status 400 and the
 * command line with exit status 2.
 */
public final class SearchRejected extends Exception {
  private static final long serialVersionUID = 1L;

  private final int position;

  public SearchRejected(String message) {
    super(message);
    this.position = -1;
  }

  /**
   * A problem at a place in what was typed.
   *
   * @param position the character (counted from 1) where the problem is
   */
  public SearchRejected(String message, int position) {
    super(message + " (at character " + position + ")");
    this.position = position;
  }

  /** The character (counted from 1) where the problem is, when it is at one place. */
  public OptionalInt position() {
    return position < 0 ? OptionalInt.empty() : OptionalInt.of(position);
  }
}
