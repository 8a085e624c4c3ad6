package org.plenary.index;

import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;

/**
 * The time limit of the search running on the current thread, as Lucene asks for it: reading
 * terms (expanding prefixes and fuzzy words), collecting matches and making snippets all check it,
 * so a search stops soon after its time is up, whatever it is doing. One instance serves every
 * thread, each with its own deadline.
 */
final class Deadline implements QueryTimeout {
  private final ThreadLocal<long[]> until = ThreadLocal.withInitial(() -> new long[] {Long.MAX_VALUE});

  /** Starts the clock of the current thread's search. */
  void start(Duration limit) {
    until.get()[0] = System.nanoTime() + limit.toNanos();
  }

  /** Stops it: what the thread reads next is not timed. */
  void clear() {
    until.get()[0] = Long.MAX_VALUE;
  }

  /** Whether the current thread's search is past its time. */
  boolean passed() {
    long deadline = until.get()[0];
    return deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0;
  }

  @Override
  public boolean shouldExit() {
    return passed();
  }
}
