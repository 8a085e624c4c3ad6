package org.plenary.index;

import java.io.Closeable;

/**
 * Every document a search matches, however many, as ids, read as the iteration reaches them so
 * that an export of any size runs in little memory. The iteration sees the index as it was when the
 * search ran, even if a writer commits meanwhile; close it to let that view go. Not thread-safe.
 * Reading an id throws {@link java.io.UncheckedIOException} if the index cannot be read.
 */
public interface Matches extends Iterable<String>, Closeable {

  /** How many documents match. */
  int size();
}
