package org.plenary.align.dp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds the cheapest monotone path of beads between two sides, in memory linear in their length:
 * two short sides get the full dynamic programme; longer ones are first aligned with runs of
 * {@link #COARSEN} units merged into one (recursively), and the fine search then visits only the
 * cells around the coarse path (Vecalign's coarse-to-fine idea), a band a few runs wide that
 * follows the path wherever it bends, unlike a fixed band around the diagonal.
 */
public final class PathFinder {
  /** A side pair of at most this many cells is searched whole. */
  static final long FULL_SEARCH_CELLS = 160_000;
  /** How many units the coarse level merges into one. */
  static final int COARSEN = 8;

  private final CostModel.Parameters parameters;

  public PathFinder(CostModel.Parameters parameters) {
    this.parameters = parameters;
  }

  /** The best path between two sides whose lengths differ with this variance per unit of length. */
  public Path find(Units a, Units b, double variance) {
    return find(a, b, new CostModel(parameters, variance));
  }

  private Path find(Units a, Units b, CostModel model) {
    int n = a.size();
    int m = b.size();
    if ((long) (n + 1) * (m + 1) <= FULL_SEARCH_CELLS) {
      return search(a, b, model, Window.full(n, m), 0);
    }
    int coarse = Math.max(1, Math.max(n, m) / COARSEN);
    int ka = Math.max(1, (n + coarse - 1) / coarse);
    int kb = Math.max(1, (m + coarse - 1) / coarse);
    Path path = find(a.coarsen(ka), b.coarsen(kb), model);
    int margin = Math.max(ka, kb) + 2;
    return search(a, b, model, Window.around(path, ka, kb, n, m, margin), path.cells());
  }

  private static Path search(Units a, Units b, CostModel model, Window window, long coarserCells) {
    int n = a.size();
    int cells = Math.toIntExact(window.cells());
    float[] cost = new float[cells];
    byte[] back = new byte[cells];
    BeadShape[] shapes = BeadShape.ALL;
    for (int i = 0; i <= n; i++) {
      for (int j = window.lo[i]; j <= window.hi[i]; j++) {
        int here = window.index(i, j);
        if (i == 0 && j == 0) {
          cost[here] = 0;
          back[here] = -1;
          continue;
        }
        double best = Double.POSITIVE_INFINITY;
        int bestShape = -1;
        for (int s = 0; s < shapes.length; s++) {
          int pi = i - shapes[s].a;
          int pj = j - shapes[s].b;
          if (pi < 0 || pj < 0 || !window.contains(pi, pj)) {
            continue;
          }
          float before = cost[window.index(pi, pj)];
          if (before == Float.POSITIVE_INFINITY) {
            continue;
          }
          double c = before + model.cost(shapes[s], a, pi, i, b, pj, j);
          if (c < best) {
            best = c;
            bestShape = s;
          }
        }
        cost[here] = bestShape < 0 ? Float.POSITIVE_INFINITY : (float) best;
        back[here] = (byte) bestShape;
      }
    }
    List<int[]> beads = new ArrayList<>();
    int i = n;
    int j = b.size();
    while (i > 0 || j > 0) {
      int s = back[window.index(i, j)];
      if (s < 0) {
        throw new IllegalStateException("no path through the search window at " + i + ", " + j);
      }
      int pi = i - shapes[s].a;
      int pj = j - shapes[s].b;
      beads.add(new int[] {pi, i, pj, j});
      i = pi;
      j = pj;
    }
    Collections.reverse(beads);
    return new Path(beads, cost[window.index(n, b.size())], Math.max(cells, coarserCells));
  }
}
