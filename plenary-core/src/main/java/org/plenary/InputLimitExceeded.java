package org.plenary;

/** The input is larger than the configured limit, so it is refused before it is read. */
public final class InputLimitExceeded extends PlenaryException {
  private static final long serialVersionUID = 1L;

  public InputLimitExceeded(String sourceName, String reason) {
    super(sourceName, reason, null);
  }

  @Override
  public String category() {
    return "too large";
  }
}
