package org.plenary.align.dp;

import java.util.Arrays;

/**
 * The cells a search visits: for each row {@code i} (units of the first side consumed) the
 * columns {@code lo[i]..hi[i]} (units of the second side consumed), both never decreasing, so
 * that a monotone path from (0, 0) to (n, m) stays inside. Its size is the search's memory.
 */
final class Window {
  final int[] lo;
  final int[] hi;
  final long[] offset;

  private Window(int[] lo, int[] hi) {
    this.lo = lo;
    this.hi = hi;
    this.offset = new long[lo.length + 1];
    for (int i = 0; i < lo.length; i++) {
      offset[i + 1] = offset[i] + (hi[i] - lo[i] + 1);
    }
  }

  static Window full(int n, int m) {
    int[] lo = new int[n + 1];
    int[] hi = new int[n + 1];
    Arrays.fill(hi, m);
    return new Window(lo, hi);
  }

  /**
   * The cells around a path found on the coarse level, where coarse unit {@code c} of the first
   * side stands for units {@code [c * ka, (c + 1) * ka)}: every fine row a coarse bead covers may
   * reach the fine columns that bead covers, widened by {@code margin} on both sides.
   */
  static Window around(Path coarse, int ka, int kb, int n, int m, int margin) {
    int[] lo = new int[n + 1];
    int[] hi = new int[n + 1];
    Arrays.fill(lo, Integer.MAX_VALUE);
    Arrays.fill(hi, -1);
    for (int[] bead : coarse.beads()) {
      int r0 = Math.min(n, bead[0] * ka);
      int r1 = Math.min(n, bead[1] * ka);
      int c0 = Math.max(0, Math.min(m, bead[2] * kb) - margin);
      int c1 = Math.min(m, Math.min(m, bead[3] * kb) + margin);
      for (int r = Math.max(0, r0 - margin); r <= Math.min(n, r1 + margin); r++) {
        lo[r] = Math.min(lo[r], c0);
        hi[r] = Math.max(hi[r], c1);
      }
    }
    lo[0] = 0;
    hi[n] = m;
    for (int r = 1; r <= n; r++) {
      hi[r] = Math.max(hi[r], hi[r - 1]);
    }
    for (int r = n - 1; r >= 0; r--) {
      lo[r] = Math.min(lo[r], lo[r + 1]);
    }
    for (int r = 0; r <= n; r++) {
      lo[r] = Math.max(0, Math.min(lo[r], m));
      hi[r] = Math.max(lo[r], Math.min(hi[r], m));
    }
    for (int r = 0; r < n; r++) {
      hi[r] = Math.max(hi[r], lo[r + 1]); // rows overlap: a path can always step down
    }
    return new Window(lo, hi);
  }

  long cells() {
    return offset[lo.length];
  }

  boolean contains(int i, int j) {
    return j >= lo[i] && j <= hi[i];
  }

  int index(int i, int j) {
    return (int) (offset[i] + j - lo[i]);
  }
}
