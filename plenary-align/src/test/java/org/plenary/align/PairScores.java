package org.plenary.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict precision, recall and F1 of alignments against gold, per language pair, counts summed
 * over documents (the measure of Vecalign's and Bertalign's score.py): a test bead is right when
 * it equals a gold bead; 1-0 beads count against precision, not for recall.
 */
final class PairScores {
  private final Map<String, int[]> counts = new LinkedHashMap<>();

  /** Adds one document: the six versions' gold beads and the aligner's, in the same version order. */
  void add(List<Version> versions, List<Bead> gold, List<Bead> test) {
    for (int a = 0; a < versions.size(); a++) {
      for (int b = a + 1; b < versions.size(); b++) {
        String la = versions.get(a).language().code();
        String lb = versions.get(b).language().code();
        String pair = la.compareTo(lb) < 0 ? la + "-" + lb : lb + "-" + la;
        Set<List<Integer>> g = project(gold, a, b);
        Set<List<Integer>> t = project(test, a, b);
        int[] c = counts.computeIfAbsent(pair, p -> new int[4]);
        for (List<Integer> bead : t) {
          c[g.contains(bead) ? 0 : 1]++;
        }
        for (List<Integer> bead : g) {
          if (bead.get(0) < bead.get(1) && bead.get(2) < bead.get(3)) {
            c[t.contains(bead) ? 2 : 3]++;
          }
        }
      }
    }
  }

  private static Set<List<Integer>> project(List<Bead> beads, int a, int b) {
    Set<List<Integer>> out = new HashSet<>();
    for (Bead bead : beads) {
      List<Integer> key = new ArrayList<>(List.of(bead.start(a), bead.end(a), bead.start(b), bead.end(b)));
      boolean emptyA = bead.isEmpty(a);
      boolean emptyB = bead.isEmpty(b);
      if (emptyA && emptyB) {
        continue;
      }
      if (emptyA) {
        key.set(0, -1);
        key.set(1, -1);
      }
      if (emptyB) {
        key.set(2, -1);
        key.set(3, -1);
      }
      out.add(key);
    }
    return out;
  }

  /** Strict F1 per pair, pairs in alphabetical order. */
  Map<String, Double> f1() {
    Map<String, Double> out = new java.util.TreeMap<>();
    counts.forEach((pair, c) -> {
      double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
      double r = c[2] + c[3] == 0 ? 0 : (double) c[2] / (c[2] + c[3]);
      out.put(pair, p + r == 0 ? 0 : 2 * p * r / (p + r));
    });
    return out;
  }

  double min() {
    return f1().values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
  }

  double mean() {
    return f1().values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }
}
