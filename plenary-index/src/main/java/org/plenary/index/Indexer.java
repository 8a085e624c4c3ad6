package org.plenary.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.model.Document;
import org.plenary.model.Source;
import org.plenary.read.FolderWalk;
import org.plenary.read.InputFile;
import org.plenary.write.JsonWriter;

/**
 * Parses files and adds them to a {@link SearchIndex}, storing each source and its record in the
 * {@link DataFolder} first.
 *
 * <p>Walking a directory, it takes the files named like documents (.txt, .pdf, .docx, .doc, .html,
 * .xml) and leaves the rest. Idempotent: a file whose content (SHA-256) is already indexed is skipped. Resumable: each
 * document is stored whole (atomic rename) before it is put into the index, and the index is
 * committed every {@code batchSize} documents; documents are keyed by their hash, so a run killed
 * at any moment and run again adds what was not committed, each document exactly once.
 */
public final class Indexer {
  /** Hears of each file as it is done, from the worker threads. */
  public interface Progress {
    void fileDone(int done, int total, String file, Status status);
  }

  /** What became of one file. */
  public enum Status { INDEXED, SKIPPED, FAILED }

  /**
   * Parses one file into its record: in this JVM ({@link Plenary#parse(Source)}) or elsewhere (a
   * child JVM), given the file and the bytes already read from it.
   */
  public interface Parser {
    Document parse(Path file, Source source) throws PlenaryException;
  }

  /**
   * The file name endings of documents, when walking a directory: a folder of documents also
   * holds other files (JSON records, gold labels, READMEs) that are no documents. A file named on
   * the command line is always tried, whatever its name.
   */
  private static final Pattern DOCUMENT_NAME = Pattern.compile("(?is).*\\.(txt|text|pdf|docx|doc|html|htm|xml)");

  private final Parser parser;
  private final long maxBytes;
  private final SearchIndex index;
  private final DataFolder data;
  private final int threads;
  private final int batchSize;
  private final boolean followLinks;

  public Indexer(Plenary plenary, SearchIndex index, DataFolder data, int threads, int batchSize) {
    this(plenary, index, data, threads, batchSize, false);
  }

  /** @param followLinks whether the folder walk follows links that lead outside the folders given */
  public Indexer(Plenary plenary, SearchIndex index, DataFolder data, int threads, int batchSize, boolean followLinks) {
    this((file, source) -> plenary.parse(source), plenary.maxBytes(), index, data, threads, batchSize, followLinks);
  }

  /**
   * @param parser parses each file
   * @param maxBytes the size limit per file, applied while the file is read
   */
  public Indexer(Parser parser, long maxBytes, SearchIndex index, DataFolder data, int threads, int batchSize,
      boolean followLinks) {
    this.parser = parser;
    this.maxBytes = maxBytes;
    this.index = index;
    this.data = data;
    this.threads = Math.max(1, threads);
    this.batchSize = Math.max(1, batchSize);
    this.followLinks = followLinks;
  }

  /** Indexes the files given and every file under the directories given. */
  public IndexSummary run(List<Path> paths, Progress progress) throws IOException {
    long start = System.nanoTime();
    List<IndexSummary.Failure> failures = Collections.synchronizedList(new ArrayList<>());
    List<IndexSummary.Failure> passedOver = new ArrayList<>();
    int[] hidden = {0};
    List<Path> files = walk(paths, failures, passedOver, hidden);
    Set<String> known = ConcurrentHashMap.newKeySet();
    try (Matches before = index.matches(SearchRequest.all())) {
      before.forEach(known::add);
    } catch (SearchRejected e) {
      throw new IllegalStateException("a search for every document cannot be refused", e);
    }
    AtomicInteger done = new AtomicInteger();
    AtomicInteger indexed = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    AtomicInteger sinceCommit = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "plenary-index");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Path file : files) {
        futures.add(pool.submit(() -> {
          Status status = indexOne(file, known, failures);
          if (status == Status.SKIPPED) {
            skipped.incrementAndGet();
          } else if (status == Status.INDEXED) {
            indexed.incrementAndGet();
            if (sinceCommit.incrementAndGet() % batchSize == 0) {
              commit();
            }
          }
          progress.fileDone(done.incrementAndGet(), files.size(), file.toString(), status);
          return null;
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing was interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    index.commit();
    List<IndexSummary.Failure> sorted = new ArrayList<>(failures);
    sorted.sort(java.util.Comparator.comparing(IndexSummary.Failure::file));
    return new IndexSummary(files.size(), indexed.get(), skipped.get(), sorted, passedOver, hidden[0], index.count(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  private void commit() {
    try {
      index.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Status indexOne(Path file, Set<String> known, List<IndexSummary.Failure> failures) throws IOException {
    Source source;
    try {
      source = InputFile.read(file, maxBytes);
    } catch (PlenaryException e) {
      failures.add(new IndexSummary.Failure(file.toString(), e.reason()));
      return Status.FAILED;
    }
    byte[] bytes = source.bytes();
    String id = source.sha256();
    if (!known.add(id)) {
      return Status.SKIPPED;
    }
    Document record;
    try {
      record = parser.parse(file, source);
    } catch (PlenaryException e) {
      known.remove(id);
      failures.add(new IndexSummary.Failure(file.toString(), e.reason()));
      return Status.FAILED;
    } catch (RuntimeException | StackOverflowError e) {
      known.remove(id);
      failures.add(new IndexSummary.Failure(file.toString(), "internal error while parsing: " + e));
      return Status.FAILED;
    }
    data.store(id, file.getFileName().toString(), bytes, JsonWriter.pretty().write(record));
    index.put(id, file.getFileName().toString(), record);
    return Status.INDEXED;
  }

  /**
   * The files under the paths, in a stable order: those named like documents under the
   * directories, and each file named itself. What the walk passes over is reported.
   */
  private List<Path> walk(List<Path> paths, List<IndexSummary.Failure> failures, List<IndexSummary.Failure> passedOver,
      int[] hidden) throws IOException {
    List<Path> files = new ArrayList<>();
    FolderWalk walk = new FolderWalk(followLinks, file -> DOCUMENT_NAME.matcher(file.getFileName().toString()).matches());
    for (Path path : paths) {
      if (!Files.exists(path)) {
        failures.add(new IndexSummary.Failure(path.toString(), "no such file or directory"));
      } else if (Files.isDirectory(path)) {
        FolderWalk.Result found = walk.walk(path);
        files.addAll(found.files());
        hidden[0] += found.hidden();
        for (FolderWalk.Skipped s : found.skipped()) {
          (s.onPurpose() ? passedOver : failures).add(new IndexSummary.Failure(s.path().toString(), s.reason()));
        }
      } else {
        files.add(path);
      }
    }
    Collections.sort(files);
    return files;
  }
}
