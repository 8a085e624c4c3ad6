package org.plenary;

/** The input exists but cannot be read: missing, empty, binary, corrupt, in an unknown encoding. */
public final class UnreadableInput extends PlenaryException {
  private static final long serialVersionUID = 1L;

  public UnreadableInput(String sourceName, String reason) {
    this(sourceName, reason, null);
  }

  public UnreadableInput(String sourceName, String reason, Throwable cause) {
    super(sourceName, reason, cause);
  }

  @Override
  public String category() {
    return "unreadable";
  }
}
