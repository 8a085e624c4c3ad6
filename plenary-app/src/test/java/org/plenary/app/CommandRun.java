package org.plenary.app;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in this JVM and keeps what it printed. */
final class CommandRun {
  final int exitCode;
  final String stderr;
  final long stdoutLines;
  final String stdout;

  private CommandRun(int exitCode, String stderr, long stdoutLines, String stdout) {
    this.exitCode = exitCode;
    this.stderr = stderr;
    this.stdoutLines = stdoutLines;
    this.stdout = stdout;
  }

  /** Runs {@code args}; keeps standard output only when {@code keepStdout}, else counts its lines. */
  static synchronized CommandRun of(boolean keepStdout, String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    LineCounter counter = new LineCounter(keepStdout);
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(counter, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      System.out.flush();
      return new CommandRun(code, errBytes.toString(StandardCharsets.UTF_8), counter.lines,
          counter.kept.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** Counts lines without keeping them, so a large batch costs no memory. */
  private static final class LineCounter extends OutputStream {
    final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    final boolean keep;
    long lines;

    LineCounter(boolean keep) {
      this.keep = keep;
    }

    @Override
    public void write(int b) {
      if (b == '\n') {
        lines++;
      }
      if (keep) {
        kept.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          lines++;
        }
      }
      if (keep) {
        kept.write(b, off, len);
      }
    }
  }
}
