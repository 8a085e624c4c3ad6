package org.plenary.align.dp;

import org.plenary.align.anchor.AnchorKind;
import org.plenary.align.anchor.Anchors;

/**
 * One side of an alignment as the search sees it: per unit (a segment, or a bead of segments
 * already aligned in other languages) its length in the document's common length scale and its
 * sorted anchors. Prefix sums make the length of any run of units one subtraction.
 */
public final class Units {
  private final double[] prefix;
  private final int[][] anchors;
  private final boolean[] numbered;

  public Units(double[] lengths, int[][] anchors) {
    if (lengths.length != anchors.length) {
      throw new IllegalArgumentException(lengths.length + " lengths for " + anchors.length + " anchor sets");
    }
    this.prefix = new double[lengths.length + 1];
    for (int i = 0; i < lengths.length; i++) {
      prefix[i + 1] = prefix[i] + lengths[i];
    }
    this.anchors = anchors;
    this.numbered = new boolean[anchors.length];
    for (int i = 0; i < anchors.length; i++) {
      for (int a : anchors[i]) {
        numbered[i] |= Anchors.kind(a) == AnchorKind.LABEL;
      }
    }
  }

  /** Whether unit {@code i} opens with a paragraph's number or a list label. */
  boolean numbered(int i) {
    return numbered[i];
  }

  public int size() {
    return anchors.length;
  }

  /** The length of units {@code [from, to)}. */
  public double length(int from, int to) {
    return prefix[to] - prefix[from];
  }

  int[][] anchors() {
    return anchors;
  }

  /**
   * Units of runs of {@code k} consecutive units: the coarse level of a coarse-to-fine search,
   * which leaves out punctuation, too common in a run of sentences to place it.
   */
  public Units coarsen(int k) {
    int n = (size() + k - 1) / k;
    double[] lengths = new double[n];
    int[][] sets = new int[n][];
    for (int c = 0; c < n; c++) {
      int from = c * k;
      int to = Math.min(size(), from + k);
      lengths[c] = length(from, to);
      // a run's labels stay as numbers: a coarse unit opens no paragraph of its own
      sets[c] = Anchors.relabelled(Anchors.without(Anchors.concat(anchors, from, to), AnchorKind.PUNCTUATION));
    }
    return new Units(lengths, sets);
  }
}
