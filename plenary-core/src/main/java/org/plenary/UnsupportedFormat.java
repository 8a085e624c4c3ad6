package org.plenary;

/** The input is of a format plenary does not read (an image, an archive, a spreadsheet). */
public final class UnsupportedFormat extends PlenaryException {
  private static final long serialVersionUID = 1L;

  public UnsupportedFormat(String sourceName, String reason) {
    super(sourceName, reason, null);
  }

  @Override
  public String category() {
    return "unsupported";
  }
}
