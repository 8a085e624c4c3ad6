package org.plenary;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.plenary.model.Document;
import org.plenary.model.Language;
import org.plenary.model.Source;
import org.plenary.pipeline.Pipeline;
import org.plenary.read.InputFile;
import org.plenary.read.Readers;
import org.plenary.read.ocr.OcrMode;
import org.plenary.read.ocr.OcrSettings;

/**
 * The library's front door: parse a UN document from a file or from bytes into its record.
 *
 * <pre>{@code
 * Plenary plenary = Plenary.create();
 * Document letter = plenary.parse(Path.of("A_75_357.txt"));
 * System.out.println(letter.symbols() + " " + letter.agendaItems());
 * }</pre>
 *
 * Thread-safe: one instance can parse from many threads. {@link #parseAll} runs a batch on a pool
 * and returns one {@link Outcome} per input, so a bad file fails alone.
 */
public final class Plenary {
  /** Interrupts the parses that run over their time budget; one thread for every instance. */
  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "plenary-timeout");
    thread.setDaemon(true);
    return thread;
  });

  private final Pipeline pipeline;
  private final Optional<Language> language;
  private final Duration timeout;
  private final OcrSettings ocr;

  private Plenary(Pipeline pipeline, Optional<Language> language, Duration timeout, OcrSettings ocr) {
    this.pipeline = pipeline;
    this.language = language;
    this.timeout = timeout;
    this.ocr = ocr;
  }

  /** A parser with the default pipeline that detects each document's language. */
  public static Plenary create() {
    return new Plenary(new Pipeline(), Optional.empty(), null, OcrSettings.defaults());
  }

  /** A parser that reads every document as the given language (scans too: in its OCR model). */
  public Plenary withLanguage(Language forced) {
    OcrSettings settings = ocr.withLanguage(forced);
    return new Plenary(pipeline.withReader(new Readers(settings)), Optional.of(forced), timeout, settings);
  }

  /**
   * A parser that reads scanned pages as the mode says: {@code auto} (the default) pages without
   * text and pages whose text layer is garbage, {@code always} every page, {@code never} none.
   */
  public Plenary withOcr(OcrMode mode) {
    OcrSettings settings = ocr.withMode(mode);
    return new Plenary(pipeline.withReader(new Readers(settings)), language, timeout, settings);
  }

  /** A parser that refuses inputs larger than {@code maxBytes}. */
  public Plenary withMaxBytes(long maxBytes) {
    return new Plenary(pipeline.withMaxBytes(maxBytes), language, timeout, ocr);
  }

  /** The size limit per input, in bytes: what {@link #withMaxBytes} set. */
  public long maxBytes() {
    return pipeline.maxBytes();
  }

  /**
   * A parser that gives each document a time budget: a parse over it is interrupted, stops at the
   * stage or reader's next look ({@link org.plenary.read.Cancellation}) and fails with {@link
   * InputLimitExceeded}, so the thread is free for the next file.
   */
  public Plenary withTimeout(Duration budget) {
    return new Plenary(pipeline, language, budget, ocr);
  }

  public Document parse(Path path) throws PlenaryException {
    return timed(path.toString(), () -> pipeline.parse(InputFile.read(path, pipeline.maxBytes()), language));
  }

  public Document parse(Source source) throws PlenaryException {
    return timed(source.name(), () -> pipeline.parse(source, language));
  }

  private interface Parse {
    Document run() throws PlenaryException;
  }

  /** Runs a parse on this thread within the time budget, when there is one. */
  private Document timed(String name, Parse parse) throws PlenaryException {
    if (timeout == null) {
      return parse.run();
    }
    Alarm alarm = new Alarm(Thread.currentThread());
    ScheduledFuture<?> ring = WATCHDOG.schedule(alarm::ring, timeout.toMillis(), TimeUnit.MILLISECONDS);
    try {
      return parse.run();
    } catch (PlenaryException | RuntimeException e) {
      if (alarm.rang()) {
        throw new InputLimitExceeded(name, "gave up after " + timeout.toSeconds()
            + " s, the time limit per file (--timeout)");
      }
      throw e;
    } finally {
      ring.cancel(false);
      alarm.silence();
    }
  }

  /** Interrupts one parse's thread when its time is up, unless the parse is over by then. */
  private static final class Alarm {
    private final Thread worker;
    private boolean over;
    private boolean rang;

    Alarm(Thread worker) {
      this.worker = worker;
    }

    synchronized void ring() {
      if (!over) {
        rang = true;
        worker.interrupt();
      }
    }

    synchronized boolean rang() {
      return rang;
    }

    /** The parse is over: no interrupt comes after this, and one that came is taken back. */
    synchronized void silence() {
      over = true;
      if (rang) {
        Thread.interrupted();
      }
    }
  }

  /**
   * Parses many files on {@code threads} threads. Outcomes come back in input order; {@code
   * progress} hears of each as it completes (from the worker threads).
   */
  public List<Outcome> parseAll(List<Path> paths, int threads, Consumer<Outcome> progress) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread thread = new Thread(r, "plenary-parse");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Path path : paths) {
        futures.add(pool.submit(() -> {
          Outcome outcome = parseOne(path);
          progress.accept(outcome);
          return outcome;
        }));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          outcomes.add(futures.get(i).get());
        } catch (ExecutionException e) {
          outcomes.add(new Outcome.Failed(paths.get(i).toString(), new UnreadableInput(paths.get(i).toString(),
              "internal error: " + e.getCause(), e.getCause())));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Parses one file and never throws: a failure comes back as {@link Outcome.Failed}. */
  public Outcome parseOne(Path path) {
    String name = path.toString();
    try {
      return new Outcome.Parsed(name, parse(path));
    } catch (PlenaryException e) {
      return new Outcome.Failed(name, e);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome.Failed(name, new UnreadableInput(name, "internal error while parsing: " + e, e));
    }
  }
}
