package org.plenary.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.ArrayUtil;

/**
 * The matches of a Lucene search as document numbers (four bytes each), each id read only when
 * the iteration reaches it, in index order. Holds a reference on its reader until closed.
 */
final class LuceneMatches implements Matches {
  private static final Set<String> ID_ONLY = Set.of(Fields.ID);

  private final IndexReader reader;
  private final int[] docs;
  private final int size;

  private LuceneMatches(IndexReader reader, int[] docs, int size) {
    reader.incRef();
    this.reader = reader;
    this.docs = docs;
    this.size = size;
  }

  /** Every document the query matches in the searcher's reader. */
  static LuceneMatches of(IndexSearcher searcher, Query query) throws IOException {
    DocNumbers numbers = new DocNumbers();
    searcher.search(query, numbers);
    return new LuceneMatches(searcher.getIndexReader(), numbers.docs, numbers.size);
  }

  @Override
  public int size() {
    return size;
  }

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

  /** Collects the numbers of the matching documents, in index order, without scoring them. */
  private static final class DocNumbers extends SimpleCollector {
    int[] docs = new int[64];
    int size;
    private int docBase;

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      docBase = context.docBase;
    }

    @Override
    public void collect(int doc) {
      docs = ArrayUtil.grow(docs, size + 1);
      docs[size++] = docBase + doc;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
