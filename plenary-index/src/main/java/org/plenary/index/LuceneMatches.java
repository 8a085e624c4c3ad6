package org.plenary.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;

/**
 * The matches of a search in the embedded index, as ids in index order. The matches are held as
 * Lucene document numbers (four bytes each) and each id is read only when the iteration reaches
 * it, so a search over a hundred thousand documents costs little memory. The iteration sees the
 * index as it was when the search ran, even if a writer commits meanwhile; close it to let that
 * view go. Not thread-safe.
 */
final class LuceneMatches implements Matches {
  private static final Set<String> ID_ONLY = Set.of(Fields.ID);

  private final IndexReader reader;
  private final int[] docs;
  private final int size;

  /** Takes a reference on the reader, released by {@link #close}. */
  LuceneMatches(IndexReader reader, int[] docs, int size) {
    reader.incRef();
    this.reader = reader;
    this.docs = docs;
    this.size = size;
  }

  @Override
  public int size() {
    return size;
  }

  /** The ids; reading one throws {@link UncheckedIOException} if the index cannot be read. */
  @Override
  public Iterator<String> iterator() {
    StoredFields stored;
    try {
      stored = reader.storedFields();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public String next() {
        if (next >= size) {
          throw new NoSuchElementException();
        }
        try {
          return stored.document(docs[next++], ID_ONLY).get(Fields.ID);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  @Override
  public void close() throws IOException {
    reader.decRef();
  }
}
