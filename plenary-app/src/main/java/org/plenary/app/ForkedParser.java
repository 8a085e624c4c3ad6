package org.plenary.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.plenary.InputLimitExceeded;
import org.plenary.Outcome;
import org.plenary.PlenaryException;
import org.plenary.UnreadableInput;
import org.plenary.UnsupportedFormat;
import org.plenary.write.JsonReader;

/**
 * Parses files in child JVMs ({@code --fork}), as Tika's ForkParser does, so that a file which
 * exhausts the heap or hangs costs that file, not the run. A small pool of long-lived children,
 * each with its own heap, is reused from file to file; a child that runs out of memory, crashes or
 * overruns the time budget is ended and replaced by a fresh one for the next file. The child
 * ({@link ForkChild}) answers each file with its record or a typed refusal, one JSON line each.
 * Thread-safe: each thread of a batch borrows a child for one file at a time.
 */
final class ForkedParser implements AutoCloseable {
  /** How long past the budget the parent waits for a child's answer before ending it. */
  private static final Duration GRACE = Duration.ofSeconds(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> command;
  private final String heap;
  private final Duration timeout;
  private final BlockingQueue<Child> idle;
  private final List<Child> all = new ArrayList<>();

  /**
   * @param children how many child JVMs run at most (one per thread of the batch)
   * @param heap the heap of each child, as {@code -Xmx} takes it ({@code 512m})
   * @param maxBytes the size limit per file
   * @param timeout the time budget per file
   * @param language the language to read every file as, or null to detect it
   */
  ForkedParser(int children, String heap, long maxBytes, Duration timeout, String language) {
    this.heap = heap;
    this.timeout = timeout;
    List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), ForkChild.class.getName(),
        String.valueOf(maxBytes), String.valueOf(timeout.toSeconds())));
    if (language != null) {
      c.add(language);
    }
    this.command = List.copyOf(c);
    this.idle = new LinkedBlockingQueue<>();
    for (int i = 0; i < Math.max(1, children); i++) {
      Child child = new Child();
      idle.add(child);
      all.add(child);
    }
  }

  /** Parses one file in a child; never throws: a failure, whatever became of the child, is an outcome. */
  Outcome parse(Path file) {
    String name = file.toString();
    Child child;
    try {
      child = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(name, "interrupted");
    }
    try {
      return child.parse(file);
    } finally {
      idle.add(child);
    }
  }

  @Override
  public void close() {
    synchronized (all) {
      all.forEach(Child::end);
    }
  }

  private static Outcome failed(String name, String reason) {
    return new Outcome.Failed(name, new UnreadableInput(name, reason));
  }

  /** One child JVM slot: started on first use, started again after it was ended. */
  private final class Child {
    private Process process;
    private Writer in;
    /** The lines of the child's standard output that are answers (JSON); "" once it is closed. */
    private BlockingQueue<String> answers;
    private Deque<String> stderrTail;

    Outcome parse(Path file) {
      String name = file.toString();
      try {
        if (process == null || !process.isAlive()) {
          start();
        }
        in.write(JSON.writeValueAsString(file.toAbsolutePath().toString()) + "\n");
        in.flush();
      } catch (IOException e) {
        String why = death();
        return failed(name, why != null ? why : "its child JVM cannot be started: " + e.getMessage());
      }
      String answer;
      try {
        answer = answers.poll(timeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        end();
        return failed(name, "interrupted");
      }
      if (answer == null) {
        end();
        return new Outcome.Failed(name, new InputLimitExceeded(name, "gave up after " + timeout.toSeconds()
            + " s, the time limit per file (--timeout); its child JVM was ended"));
      }
      if (answer.isEmpty()) {
        return failed(name, death());
      }
      return outcome(name, answer);
    }

    private Outcome outcome(String name, String answer) {
      try {
        JsonNode node = JSON.readTree(answer);
        if (node.has("record")) {
          return new Outcome.Parsed(name, new JsonReader().read(node.get("record").toString(), name));
        }
        String reason = node.path("reason").asText();
        PlenaryException error = switch (node.path("refused").asText()) {
          case "InputLimitExceeded" -> new InputLimitExceeded(name, reason);
          case "UnsupportedFormat" -> new UnsupportedFormat(name, reason);
          default -> new UnreadableInput(name, reason);
        };
        return new Outcome.Failed(name, error);
      } catch (IOException | PlenaryException e) {
        end();
        return failed(name, "its child JVM answered what is not a record: " + e.getMessage());
      }
    }

    private void start() throws IOException {
      Process started = new ProcessBuilder(command).start();
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      Deque<String> tail = new ArrayDeque<>();
      Thread reader = new Thread(() -> {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("{")) {
              lines.add(line);
            } else {
              // the JVM's own last words ("Terminating due to java.lang.OutOfMemoryError") come here
              remember(tail, line);
            }
          }
        } catch (IOException e) {
          // the child is gone: said below
        }
        lines.add(""); // the end of its output
      }, "plenary-fork-out");
      Thread errors = new Thread(() -> {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(started.getErrorStream(), StandardCharsets.UTF_8))) {
          for (String line = err.readLine(); line != null; line = err.readLine()) {
            remember(tail, line);
          }
        } catch (IOException e) {
          // the child is gone
        }
      }, "plenary-fork-err");
      reader.setDaemon(true);
      errors.setDaemon(true);
      reader.start();
      errors.start();
      process = started;
      in = new OutputStreamWriter(started.getOutputStream(), StandardCharsets.UTF_8);
      answers = lines;
      stderrTail = tail;
    }

    /** Keeps the last lines a child said besides its answers, to tell why it ended. */
    private static void remember(Deque<String> tail, String line) {
      synchronized (tail) {
        tail.addLast(line);
        if (tail.size() > 20) {
          tail.removeFirst();
        }
      }
    }

    /** Why the child ended, once it has: out of memory, or its exit code. */
    private String death() {
      if (process == null) {
        return null;
      }
      try {
        process.waitFor(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      boolean oom;
      synchronized (stderrTail) {
        oom = stderrTail.stream().anyMatch(l -> l.contains("OutOfMemoryError"));
      }
      String why = oom ? "ran out of memory in its child JVM (--fork-heap " + heap + ")"
          : process.isAlive() ? "its child JVM stopped answering"
          : "its child JVM ended with exit code " + process.exitValue();
      end();
      return why;
    }

    void end() {
      if (process != null) {
        process.destroyForcibly();
        try {
          process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        process = null;
      }
    }
  }
}
