package org.plenary.align.dp;

/**
 * The beads the search may form, by how many units each side gives: 1-1 first, then the merges
 * and splits translation makes, then omissions. Each has a prior cost, the log-odds of its kind
 * against a 1-1 bead in translated UN text.
 */
public enum BeadShape {
  ONE_ONE(1, 1),
  ONE_TWO(1, 2),
  TWO_ONE(2, 1),
  ONE_THREE(1, 3),
  THREE_ONE(3, 1),
  ONE_ZERO(1, 0),
  ZERO_ONE(0, 1);

  static final BeadShape[] ALL = values();

  public final int a;
  public final int b;

  BeadShape(int a, int b) {
    this.a = a;
    this.b = b;
  }
}
