package org.plenary.index;

import java.io.Closeable;
import java.util.Iterator;

/**
 * Every document a search matches, however many, as ids: for exporting a whole index or a
 * filtered part of it. Each engine holds little per match and reads each id only when the
 * iteration reaches it. Not thread-safe; close it to release what the engine holds.
 */
public interface Matches extends Iterable<String>, Closeable {

  /** How many documents match. */
  int size();

  /** The ids; reading one throws {@link java.io.UncheckedIOException} if the index cannot be read. */
  @Override
  Iterator<String> iterator();
}
