package org.plenary.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.plenary.UnreadableInput;
import org.plenary.model.Line;
import org.plenary.read.ocr.OcrFailed;
import org.plenary.read.ocr.OcrPage;
import org.plenary.read.ocr.OcrUnavailable;
import org.plenary.read.ocr.PageImage;
import org.plenary.read.ocr.Recognizer;

/**
 * Reads the scanned pages of one document by OCR, several at once. The pages are rendered on the
 * calling thread, one after another (a PDF is not read from two threads), and recognised on a
 * small pool, one page per thread; at most twice as many page images as threads wait in memory.
 * The first page is read alone, so the document's language is settled before the others start.
 * A page OCR cannot read comes back as a failure with its reason, never as an exception; an
 * interrupt (the per-file time budget) stops every page.
 */
final class ScannedPages {
  /** Makes the image of one page, on the calling thread. */
  interface Renderer {
    PageImage render(int index) throws IOException;
  }

  /** What OCR made of one page: its lines, or why it could not read them. */
  record Result(int index, List<Line> lines, OcrPage ocr, String failure) {
    boolean failed() {
      return failure != null;
    }
  }

  private final OcrLines ocrLines = new OcrLines();

  List<Result> read(String sourceName, List<Integer> indices, Renderer renderer, Recognizer recognizer, int threads)
      throws UnreadableInput, OcrUnavailable {
    List<Result> results = new ArrayList<>(indices.size());
    if (indices.isEmpty()) {
      return results;
    }
    results.add(one(sourceName, indices.get(0), renderer, recognizer));
    if (indices.size() == 1) {
      return results;
    }
    int workers = Math.max(1, Math.min(threads, indices.size() - 1));
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread thread = new Thread(r, "plenary-ocr");
      thread.setDaemon(true);
      return thread;
    });
    Semaphore waiting = new Semaphore(2 * workers);
    List<Future<Result>> futures = new ArrayList<>();
    try {
      for (int index : indices.subList(1, indices.size())) {
        waiting.acquire();
        PageImage image;
        try {
          image = renderer.render(index);
        } catch (IOException | RuntimeException e) {
          waiting.release();
          futures.add(java.util.concurrent.CompletableFuture.completedFuture(
              new Result(index, List.of(), null, "its image cannot be rendered: " + e.getMessage())));
          continue;
        }
        futures.add(pool.submit(() -> {
          try {
            return recognise(index, image, recognizer);
          } finally {
            waiting.release();
          }
        }));
      }
      for (Future<Result> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnreadableInput(sourceName, "parsing was interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof OcrUnavailable unavailable) {
        throw unavailable;
      }
      if (e.getCause() instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        throw new UnreadableInput(sourceName, "parsing was interrupted");
      }
      throw new UnreadableInput(sourceName, "OCR failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Result one(String sourceName, int index, Renderer renderer, Recognizer recognizer) throws UnreadableInput, OcrUnavailable {
    try {
      return recognise(index, renderer.render(index), recognizer);
    } catch (IOException | RuntimeException e) {
      return new Result(index, List.of(), null, "its image cannot be rendered: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnreadableInput(sourceName, "parsing was interrupted");
    }
  }

  private Result recognise(int index, PageImage image, Recognizer recognizer) throws OcrUnavailable, InterruptedException {
    try {
      OcrPage page = recognizer.read(image, index == 0);
      return new Result(index, ocrLines.lines(page, image.dpi(), index == 0), page, null);
    } catch (OcrFailed e) {
      return new Result(index, List.of(), null, e.getMessage());
    }
  }

  /** The warning of a page read with low confidence, or null. */
  static String confidenceWarning(Result result, double below) {
    if (result.ocr() == null || result.ocr().wordCount() == 0) {
      return null;
    }
    double mean = result.ocr().meanConfidence();
    return mean < below
        ? String.format(Locale.ROOT, "page %d was read by OCR with a mean word confidence of %.0f%%: its words may be misread",
            result.index() + 1, mean)
        : null;
  }
}
