package org.plenary.lang;

/** A language pack resource that does not parse, with the file and line at fault. */
public final class PackFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PackFormatException(String resource, int line, String message) {
    super(resource + ":" + line + ": " + message);
  }

  public PackFormatException(String resource, int line, String message, Throwable cause) {
    super(resource + ":" + line + ": " + message, cause);
  }
}
