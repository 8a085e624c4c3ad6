package org.plenary.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.plenary.Outcome;
import org.plenary.Plenary;
import org.plenary.UnreadableInput;

/**
 * Parses many files on a pool of threads and hands each outcome on in input order, holding no
 * more than a window of results at a time, so memory stays bounded however many files there are.
 * Each parse holds to its own time budget ({@link Plenary#withTimeout}): its work stops when it is
 * over, as every reader and stage looks at the cancellation. Only as a last resort, should a parse
 * not stop within a grace period after that (stuck inside a library where nothing can look), it is
 * reported as failed and left behind: its thread gives up its slot to the next file, so one file
 * that never ends cannot stall the batch.
 */
final class Batch {
  /** Results kept waiting per thread, so that fast files run ahead of a slow one. */
  private static final int WINDOW_PER_THREAD = 16;

  /** How long past its budget a parse may take to stop before the batch moves on without it. */
  private static final Duration GRACE = Duration.ofSeconds(10);

  private final Function<Path, Outcome> parser;
  private final int threads;
  private final Duration timeout;

  /** @param timeout the time budget the parser holds each file to */
  Batch(Plenary plenary, int threads, Duration timeout) {
    this(plenary::parseOne, threads, timeout);
  }

  /**
   * @param parser parses one file and never throws ({@link Plenary#parseOne}, or a child JVM's
   *     {@link ForkedParser#parse})
   */
  Batch(Function<Path, Outcome> parser, int threads, Duration timeout) {
    this.parser = parser;
    this.threads = threads;
    this.timeout = timeout;
  }

  void run(List<Path> files, Consumer<Outcome> sink) {
    ExecutorService pool = Executors.newCachedThreadPool(r -> {
      Thread thread = new Thread(r, "plenary-parse");
      thread.setDaemon(true);
      return thread;
    });
    java.util.concurrent.Semaphore running = new java.util.concurrent.Semaphore(threads);
    Deque<Pending> window = new ArrayDeque<>();
    try {
      for (Path file : files) {
        while (window.size() >= threads * WINDOW_PER_THREAD) {
          sink.accept(await(window.removeFirst(), running));
        }
        window.addLast(submit(pool, running, file));
      }
      while (!window.isEmpty()) {
        sink.accept(await(window.removeFirst(), running));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A submitted file: its future and when it started running (0 while it waits for a thread). */
  private static final class Pending {
    final Path file;
    CompletableFuture<Outcome> future;
    volatile long startedNanos;
    volatile boolean released;

    Pending(Path file) {
      this.file = file;
    }
  }

  private Pending submit(ExecutorService pool, java.util.concurrent.Semaphore running, Path file) {
    Pending pending = new Pending(file);
    pending.future = CompletableFuture.supplyAsync(() -> {
      running.acquireUninterruptibly();
      pending.startedNanos = System.nanoTime();
      try {
        return parser.apply(file);
      } finally {
        release(pending, running);
      }
    }, pool);
    return pending;
  }

  private static void release(Pending pending, java.util.concurrent.Semaphore running) {
    synchronized (pending) {
      if (!pending.released) {
        pending.released = true;
        running.release();
      }
    }
  }

  private Outcome await(Pending pending, java.util.concurrent.Semaphore running) {
    while (true) {
      try {
        return pending.future.get(200, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        long started = pending.startedNanos;
        if (started != 0 && System.nanoTime() - started > timeout.plus(GRACE).toNanos()) {
          pending.future.cancel(true);
          // the stuck thread keeps running; its slot goes to the next file
          release(pending, running);
          return failed(pending.file, "gave up after " + timeout.toSeconds() + " s, the time limit per file (--timeout),"
              + " and left it behind: its parse did not stop");
        }
      } catch (ExecutionException e) {
        return failed(pending.file, "internal error: " + e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return failed(pending.file, "interrupted");
      } catch (java.util.concurrent.CancellationException e) {
        return failed(pending.file, "cancelled");
      }
    }
  }

  private static Outcome failed(Path file, String reason) {
    return new Outcome.Failed(file.toString(), new UnreadableInput(file.toString(), reason));
  }
}
