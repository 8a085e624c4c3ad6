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
    return AnchorKind.BY_ORDINAL[anchor & 7].weight;
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

  /** The anchors of several consecutive segments, sorted into {@code buffer} (large enough); returns the count. */
  public static int merge(int[][] sets, int from, int to, int[] buffer) {
    int n = 0;
    for (int s = from; s < to; s++) {
      System.arraycopy(sets[s], 0, buffer, n, sets[s].length);
      n += sets[s].length;
    }
    if (to - from > 1) {
      Arrays.sort(buffer, 0, n);
    }
    return n;
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
