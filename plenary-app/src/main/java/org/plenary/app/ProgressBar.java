package org.plenary.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line progress bar on standard error, drawn only when standard error is a terminal (never
 * into a pipe or a log file), redrawn at most ten times a second and erased at the end.
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private long lastDraw;

  ProgressBar(PrintWriter err, int total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled;
  }

  /** Whether standard error is a terminal (Linux and the like; elsewhere: whether a console is). */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  synchronized void update(int done, int failed) {
    long now = System.nanoTime();
    if (!enabled || (now - lastDraw < REDRAW_NANOS && done < total)) {
      return;
    }
    lastDraw = now;
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total
        + (failed > 0 ? " (" + failed + " failed)" : "") + "\u001B[K");
    err.flush();
  }

  synchronized void finish() {
    if (enabled) {
      err.print("\r\u001B[K");
      err.flush();
    }
  }
}
