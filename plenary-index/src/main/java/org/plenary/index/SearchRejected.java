package org.plenary.index;

/**
 * A search that cannot be run as asked: malformed, too broad or too slow. The message says what
 * to change; the HTTP API answers it with status 400 and the command line with exit status 2.
 */
public final class SearchRejected extends Exception {
  private static final long serialVersionUID = 1L;

  public SearchRejected(String message) {
    super(message);
  }
}
