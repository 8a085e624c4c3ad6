package org.plenary.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.solr.common.params.CursorMarkParams;
import org.plenary.index.Matches;
import org.plenary.index.SearchRejected;

/**
 * The matches of a search in a collection, read a page of ids at a time with a cursor (sorted by
 * id, so deep pages cost no more than the first) as the iteration reaches them. The iteration
 * sees the collection as it is when each page is read.
 */
final class SolrMatches implements Matches {
  /** One page of ids and the cursor of the next. */
  record Page(List<String> ids, String nextCursor) {}

  /** Reads the page at a cursor. */
  interface Pages {
    Page read(String cursor) throws IOException, SearchRejected;
  }

  private final int size;
  private final Pages pages;

  SolrMatches(int size, Pages pages) {
    this.size = size;
    this.pages = pages;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<String> iterator() {
    return new Iterator<>() {
      private String cursor = CursorMarkParams.CURSOR_MARK_START;
      private Iterator<String> page = List.<String>of().iterator();
      private boolean last;

      @Override
      public boolean hasNext() {
        while (!page.hasNext() && !last) {
          try {
            Page next = pages.read(cursor);
            last = next.ids().isEmpty() || next.nextCursor() == null || next.nextCursor().equals(cursor);
            cursor = next.nextCursor();
            page = next.ids().iterator();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (SearchRejected e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
          }
        }
        return page.hasNext();
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.next();
      }
    };
  }

  @Override
  public void close() {
    // nothing is held between pages
  }
}
