package org.plenary.app;

/** File names as the commands print them: one line each, whatever characters the name holds. */
final class FileNames {
  private FileNames() {}

  /**
   * The name with each control character (a newline, a tab, an escape) written out as a Java
   * escape, so that a failure stays on one line and cannot rewrite the terminal.
   */
  static String printable(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c)) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
