package org.plenary;

/**
 * A document that cannot be read at all. Problems inside a readable document are warnings, not
 * exceptions. Every instance names the source and a reason a person can act on.
 */
public abstract sealed class PlenaryException extends Exception
    permits UnreadableInput, UnsupportedFormat, InputLimitExceeded {

  private final String sourceName;
  private final String reason;

  protected PlenaryException(String sourceName, String reason, Throwable cause) {
    super(sourceName + ": " + reason, cause);
    this.sourceName = sourceName;
    this.reason = reason;
  }

  /** The file or label of the input. */
  public String sourceName() {
    return sourceName;
  }

  /** Why it could not be read, in plain words, without the source name. */
  public String reason() {
    return reason;
  }

  /** A short category for summaries: "unreadable", "unsupported", "too large". */
  public abstract String category();
}
