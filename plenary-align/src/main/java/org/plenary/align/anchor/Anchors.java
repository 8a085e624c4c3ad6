package org.plenary.align.anchor;

import java.util.Arrays;

/**
 * Multisets of anchors as sorted int arrays: each anchor is a hash of what survives translation
 * (a number, a State, a list label, an acronym, a punctuation mark), its low three bits its
 * {@link AnchorKind}, which weighs it. Sorted arrays keep a bead's comparison a single merge.
 */
public final class Anchors {
  public static final int[] NONE = new int[0];

  private Anchors() {}

  /** The anchor of a value of a kind. */
  public static int of(AnchorKind kind, String value) {
    return (value.hashCode() * 0x9E3779B1) & ~7 | kind.ordinal();
  }

  public static AnchorKind kind(int anchor) {
    return AnchorKind.BY_ORDINAL[anchor & 7];
  }

  public static double weight(int anchor) {
    return WEIGHTS[anchor & 7];
  }

  private static final double[] WEIGHTS = new double[8];

  static {
    for (int i = 0; i < 8; i++) {
      WEIGHTS[i] = AnchorKind.BY_ORDINAL[i].weight;
    }
  }

  /** The multiset of all anchors of several consecutive segments, sorted. */
  public static int[] concat(int[][] sets, int from, int to) {
    int size = 0;
    for (int i = from; i < to; i++) {
      size += sets[i].length;
    }
    int[] out = new int[size];
    int at = 0;
    for (int i = from; i < to; i++) {
      System.arraycopy(sets[i], 0, out, at, sets[i].length);
      at += sets[i].length;
    }
    Arrays.sort(out);
    return out;
  }

  /** Each anchor as often as the set that holds it most often holds it. */
  public static int[] union(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      if (j == b.length || i < a.length && a[i] < b[j]) {
        out[n++] = a[i++];
      } else if (i == a.length || b[j] < a[i]) {
        out[n++] = b[j++];
      } else {
        out[n++] = a[i++];
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The weights of what two sorted multisets share and of what only one of them holds:
   * {@code into[0]} matched, {@code into[1]} unmatched.
   */
  public static void compare(int[] a, int aLength, int[] b, int bLength, double[] into) {
    double matched = 0;
    double unmatched = 0;
    int i = 0;
    int j = 0;
    while (i < aLength && j < bLength) {
      if (a[i] == b[j]) {
        matched += weight(a[i]);
        i++;
        j++;
      } else if (a[i] < b[j]) {
        unmatched += weight(a[i++]);
      } else {
        unmatched += weight(b[j++]);
      }
    }
    while (i < aLength) {
      unmatched += weight(a[i++]);
    }
    while (j < bLength) {
      unmatched += weight(b[j++]);
    }
    into[0] = matched;
    into[1] = unmatched;
  }

  /** The anchors of several consecutive segments, merged in order into {@code buffer} (large enough); returns the count. */
  public static int merge(int[][] sets, int from, int to, int[] buffer, int[] scratch) {
    int n = 0;
    for (int s = from; s < to; s++) {
      int[] set = sets[s];
      if (n == 0) {
        System.arraycopy(set, 0, buffer, 0, set.length);
        n = set.length;
        continue;
      }
      System.arraycopy(buffer, 0, scratch, 0, n);
      int i = 0;
      int j = 0;
      int k = 0;
      while (i < n && j < set.length) {
        buffer[k++] = scratch[i] <= set[j] ? scratch[i++] : set[j++];
      }
      while (i < n) {
        buffer[k++] = scratch[i++];
      }
      while (j < set.length) {
        buffer[k++] = set[j++];
      }
      n = k;
    }
    return n;
  }

  /** The anchors with each label counted as a number: for runs of units, which no label opens. */
  public static int[] relabelled(int[] anchors) {
    int[] out = anchors.clone();
    for (int i = 0; i < out.length; i++) {
      if ((out[i] & 7) == AnchorKind.LABEL.ordinal()) {
        out[i] = out[i] & ~7 | AnchorKind.NUMBER.ordinal();
      }
    }
    Arrays.sort(out);
    return out;
  }

  /** The anchors without those of a kind (punctuation, too common to guide a coarse search). */
  public static int[] without(int[] anchors, AnchorKind kind) {
    int n = 0;
    for (int a : anchors) {
      n += (a & 7) == kind.ordinal() ? 0 : 1;
    }
    if (n == anchors.length) {
      return anchors;
    }
    int[] out = new int[n];
    int k = 0;
    for (int a : anchors) {
      if ((a & 7) != kind.ordinal()) {
        out[k++] = a;
      }
    }
    return out;
  }

  /** How many anchors several consecutive segments hold together. */
  public static int size(int[][] sets, int from, int to) {
    int n = 0;
    for (int s = from; s < to; s++) {
      n += sets[s].length;
    }
    return n;
  }
}
