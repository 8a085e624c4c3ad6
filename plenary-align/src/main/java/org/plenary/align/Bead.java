package org.plenary.align;

import java.util.Arrays;

/**
 * One unit of an alignment: for each version (in the order of {@link Alignment#versions()}) the
 * consecutive segments {@code [start, end)} that translate each other; an empty range where a
 * version has nothing there (a 1-0 bead).
 */
public record Bead(int[] start, int[] end) {
  public Bead {
    start = start.clone();
    end = end.clone();
  }

  public int start(int version) {
    return start[version];
  }

  public int end(int version) {
    return end[version];
  }

  public boolean isEmpty(int version) {
    return end[version] <= start[version];
  }

  /** The segment indices of one version, ascending. */
  public int[] segments(int version) {
    int[] out = new int[Math.max(0, end[version] - start[version])];
    Arrays.setAll(out, i -> start[version] + i);
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bead other && Arrays.equals(start, other.start) && Arrays.equals(end, other.end);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(start) + Arrays.hashCode(end);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Bead[");
    for (int k = 0; k < start.length; k++) {
      s.append(k == 0 ? "" : " ").append(start[k]).append('-').append(end[k]);
    }
    return s.append(']').toString();
  }
}
