package org.plenary.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.plenary.UnreadableInput;
import org.plenary.index.DataFolder;
import org.plenary.index.Matches;
import org.plenary.model.Document;
import org.plenary.model.SourceInfo;
import org.plenary.write.CsvWriter;
import org.plenary.write.JsonReader;
import org.plenary.write.JsonWriter;

/**
 * The records of a search's matches, read from the data folder's stored JSON one at a time as the
 * iteration reaches them, so that an export of any size runs in little memory. A record that
 * cannot be read is told on {@code err}, counted and skipped; progress is shown on {@code err}
 * when asked for (a terminal).
 */
final class StoredRecords implements Iterable<Document> {
  private final DataFolder folder;
  private final Matches matches;
  private final PrintWriter err;
  private final boolean progress;
  private boolean sourceNames;
  private final JsonReader reader = new JsonReader();
  private int done;
  private int failed;

  StoredRecords(DataFolder folder, Matches matches, PrintWriter err, boolean progress) {
    this.folder = folder;
    this.matches = matches;
    this.err = err;
    this.progress = progress;
  }

  /**
   * Gives each record's source by its file name alone, not where it was on the indexing machine:
   * for records served to others.
   */
  StoredRecords withSourceNames() {
    sourceNames = true;
    return this;
  }

  int failed() {
    return failed;
  }

  /** Counts a document that was read but could not be written. */
  void fail(Document d, String reason) {
    failed++;
    err.println(d.source().path() + " (" + d.source().sha256() + "): " + reason);
  }

  void endProgress() {
    if (progress && done > 0) {
      err.println();
    }
  }

  /**
   * Writes the records as a CSV table ({@code bom} first for spreadsheets) or as JSON Lines; an
   * error of the writer is thrown as the {@link IOException} it is.
   */
  void write(boolean csv, boolean bom, Writer out) throws IOException {
    try {
      if (csv) {
        new CsvWriter().write(this, out, bom ? CsvWriter.Options.SPREADSHEET : CsvWriter.Options.PLAIN);
      } else {
        for (Document d : this) {
          JsonWriter.compact().write(d, out);
          out.write('\n');
        }
      }
      out.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public Iterator<Document> iterator() {
    Iterator<String> ids = matches.iterator();
    return new Iterator<>() {
      private Document next;

      @Override
      public boolean hasNext() {
        while (next == null && ids.hasNext()) {
          next = read(ids.next());
        }
        return next != null;
      }

      @Override
      public Document next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Document d = next;
        next = null;
        return d;
      }
    };
  }

  private static Document withSourceName(Document record) {
    SourceInfo source = record.source();
    if (source == null || source.path() == null) {
      return record;
    }
    Document.Builder named = record.toBuilder();
    named.source = new SourceInfo(fileName(source.path()), source.sha256(), source.format(), source.pages(), source.ocr());
    return named.build();
  }

  /** The last part of a path written on any system. */
  static String fileName(String path) {
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  /** The stored record, or null when it cannot be read (which is said and counted). */
  private Document read(String id) {
    done++;
    if (progress && (done % 100 == 0 || done == matches.size())) {
      err.printf("\rexporting: %d/%d documents", done, matches.size());
      err.flush();
    }
    String reason;
    try {
      Optional<String> json = folder.readRecord(id);
      if (json.isPresent()) {
        Document record = reader.read(json.get(), folder.record(id).toString());
        return sourceNames ? withSourceName(record) : record;
      }
      reason = "no stored record at " + folder.record(id) + "; index its source again";
    } catch (UnreadableInput | IOException e) {
      reason = e.getMessage();
    }
    failed++;
    err.println(id + ": " + reason);
    return null;
  }
}
