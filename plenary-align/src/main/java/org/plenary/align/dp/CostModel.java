package org.plenary.align.dp;

import org.plenary.align.anchor.Anchors;

/**
 * The cost of a bead, the negative log of how likely its two sides translate each other:
 * the prior of its shape, a Gale-Church length term (the two lengths, in the document's common
 * scale, differ by a normal deviation whose variance grows with the length), and its anchors
 * (each one both sides share lowers the cost, each one only one side holds raises it), and a
 * numbered paragraph or list item inside a side rather than at its start.
 * Not thread-safe: it keeps scratch buffers; make one per search.
 */
public final class CostModel {
  /** The parameters, learned on the UN's translated resolutions (see docs/align.md). */
  public record Parameters(double[] shapePrior, double lengthFloor, double omittedPerUnit, double unmatched, double matched,
      double numberedInside, double omittedAnchor) {
    public static Parameters defaults() {
      double[] prior = new double[BeadShape.ALL.length];
      prior[BeadShape.ONE_ONE.ordinal()] = 0;
      prior[BeadShape.ONE_TWO.ordinal()] = 3;
      prior[BeadShape.TWO_ONE.ordinal()] = 3;
      prior[BeadShape.ONE_THREE.ordinal()] = 6;
      prior[BeadShape.THREE_ONE.ordinal()] = 6;
      prior[BeadShape.ONE_ZERO.ordinal()] = 4;
      prior[BeadShape.ZERO_ONE.ordinal()] = 4;
      return new Parameters(prior, 20, 0.03, 1.0, 1.5, 4, 0.3);
    }
  }

  private final Parameters parameters;
  private final double variance;
  private final double[] compared = new double[2];
  private int[] left = new int[64];
  private int[] right = new int[64];
  private int[] scratch = new int[64];

  /** A model for two sides whose lengths differ with this variance per unit of length. */
  public CostModel(Parameters parameters, double variance) {
    this.parameters = parameters;
    this.variance = variance;
  }

  public double cost(BeadShape shape, Units a, int i0, int i1, Units b, int j0, int j1) {
    double la = a.length(i0, i1);
    double lb = b.length(j0, j1);
    double lengthCost;
    if (shape.a == 0 || shape.b == 0) {
      lengthCost = parameters.omittedPerUnit() * (la + lb);
    } else {
      double d = la - lb;
      lengthCost = d * d / (2 * (variance * (la + lb) / 2 + parameters.lengthFloor()));
    }
    int na = Anchors.size(a.anchors(), i0, i1);
    int nb = Anchors.size(b.anchors(), j0, j1);
    double anchorCost = 0;
    if (na + nb > 0) {
      int[] x = i1 - i0 == 1 ? a.anchors()[i0] : merged(a, i0, i1, true, na);
      int[] y = j1 - j0 == 1 ? b.anchors()[j0] : merged(b, j0, j1, false, nb);
      Anchors.compare(x, na, y, nb, compared);
      // an omitted segment's anchors have no counterpart by nature; in a bead they tell a mismatch
      double unmatched = shape.a == 0 || shape.b == 0 ? parameters.omittedAnchor() : parameters.unmatched();
      anchorCost = unmatched * compared[1] - parameters.matched() * compared[0];
    }
    return parameters.shapePrior()[shape.ordinal()] + lengthCost + anchorCost
        + parameters.numberedInside() * (numberedInside(a, i0, i1) + numberedInside(b, j0, j1));
  }

  /** How many units after the first of a run open with a number: a numbered paragraph starts a bead. */
  private static int numberedInside(Units units, int from, int to) {
    int n = 0;
    for (int i = from + 1; i < to; i++) {
      n += units.numbered(i) ? 1 : 0;
    }
    return n;
  }

  private int[] merged(Units units, int from, int to, boolean leftSide, int size) {
    int[] buffer = leftSide ? left : right;
    if (buffer.length < size) {
      buffer = new int[Math.max(size, buffer.length * 2)];
      if (leftSide) {
        left = buffer;
      } else {
        right = buffer;
      }
    }
    if (scratch.length < size) {
      scratch = new int[Math.max(size, scratch.length * 2)];
    }
    Anchors.merge(units.anchors(), from, to, buffer, scratch);
    return buffer;
  }
}
