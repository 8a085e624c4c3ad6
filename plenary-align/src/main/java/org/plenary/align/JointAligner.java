package org.plenary.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.plenary.align.anchor.AnchorFinder;
import org.plenary.align.anchor.Anchors;
import org.plenary.align.dp.CostModel;
import org.plenary.align.dp.Path;
import org.plenary.align.dp.PathFinder;
import org.plenary.align.dp.Units;
import org.plenary.model.Language;

/**
 * Aligns two to six versions at once, progressively: the first version is aligned with the
 * second, their beads become one sequence whose units carry what both say (the mean of their
 * lengths, the union of their anchors), the third version is aligned with that sequence, and so
 * on. Every version ends in the same beads, so the pairwise alignments agree by construction, and a
 * segment that one version leaves out still meets its counterparts in the others (a line missing
 * in Arabic does not keep the French and Russian ones apart). Latin-script versions go first:
 * their shared digits, capitals and cognate punctuation make the firmest core.
 */
final class JointAligner {
  private static final List<Language> ORDER = List.of(Language.EN, Language.FR, Language.ES, Language.RU,
      Language.AR, Language.ZH);

  private final PathFinder finder;

  JointAligner(CostModel.Parameters parameters) {
    this.finder = new PathFinder(parameters);
  }

  /** A bead of the sequence built so far: per version its segment range and length, and its anchors. */
  private record Unit(int[] start, int[] end, double[] length, int[] anchors) {
    double meanLength() {
      double sum = 0;
      int present = 0;
      for (int k = 0; k < start.length; k++) {
        if (end[k] > start[k]) {
          sum += length[k];
          present++;
        }
      }
      return present == 0 ? 0 : sum / present;
    }
  }

  Alignment align(List<Version> versions) {
    int count = versions.size();
    double[][] lengths = scaledLengths(versions);
    int[][][] anchors = new int[count][][];
    for (int k = 0; k < count; k++) {
      AnchorFinder finder = AnchorFinder.of(versions.get(k).language());
      anchors[k] = versions.get(k).segments().stream().map(finder::find).toArray(int[][]::new);
    }
    Integer[] order = new Integer[count];
    Arrays.setAll(order, k -> k);
    Arrays.sort(order, Comparator.comparingInt(k -> ORDER.indexOf(versions.get(k).language())));

    List<Unit> sequence = new ArrayList<>();
    int first = order[0];
    for (int s = 0; s < lengths[first].length; s++) {
      sequence.add(unit(count, first, s, s + 1, lengths[first][s], anchors[first][s]));
    }
    long cells = 0;
    double variance = LengthModel.variance(versions.get(first).language());
    for (int step = 1; step < count; step++) {
      int k = order[step];
      double vk = LengthModel.variance(versions.get(k).language());
      Units joined = units(sequence);
      Units next = new Units(lengths[k], anchors[k]);
      Path path = finder.find(joined, next, variance / step + vk);
      cells = Math.max(cells, path.cells());
      sequence = merge(sequence, k, lengths[k], anchors[k], path);
      variance += vk;
    }
    return new Alignment(versions, beads(sequence, count), SegmentKind.PARAGRAPH, cells);
  }

  /**
   * Each version's segment lengths in the document's common scale: the letters of its own script
   * scaled so that its total meets the mean total of the versions, the rest counted as it is.
   */
  private static double[][] scaledLengths(List<Version> versions) {
    double[][][] parts = new double[versions.size()][][];
    double[] totals = new double[versions.size()];
    double sum = 0;
    for (int k = 0; k < versions.size(); k++) {
      List<String> segments = versions.get(k).segments();
      boolean latinIsForeign = LengthModel.writesInAnotherScript(segments);
      parts[k] = new double[segments.size()][];
      for (int s = 0; s < segments.size(); s++) {
        parts[k][s] = LengthModel.parts(segments.get(s), latinIsForeign);
        totals[k] += parts[k][s][0];
      }
      sum += totals[k];
    }
    double mean = sum / versions.size();
    double[][] out = new double[versions.size()][];
    for (int k = 0; k < versions.size(); k++) {
      double scale = totals[k] > 0 ? mean / totals[k] : 1;
      out[k] = new double[parts[k].length];
      for (int s = 0; s < out[k].length; s++) {
        out[k][s] = parts[k][s][0] * scale + parts[k][s][1];
      }
    }
    return out;
  }

  private static Unit unit(int count, int version, int from, int to, double length, int[] anchors) {
    int[] start = new int[count];
    int[] end = new int[count];
    double[] lengths = new double[count];
    start[version] = from;
    end[version] = to;
    lengths[version] = length;
    return new Unit(start, end, lengths, anchors);
  }

  private static Units units(List<Unit> sequence) {
    double[] lengths = new double[sequence.size()];
    int[][] anchors = new int[sequence.size()][];
    for (int u = 0; u < sequence.size(); u++) {
      lengths[u] = sequence.get(u).meanLength();
      anchors[u] = sequence.get(u).anchors();
    }
    return new Units(lengths, anchors);
  }

  private static List<Unit> merge(List<Unit> sequence, int k, double[] lengths, int[][] anchors, Path path) {
    List<Unit> out = new ArrayList<>(path.beads().size());
    int count = sequence.isEmpty() ? 0 : sequence.get(0).start().length;
    for (int[] bead : path.beads()) {
      int[] start = new int[count];
      int[] end = new int[count];
      double[] length = new double[count];
      int[][] parts = new int[bead[1] - bead[0] + 1][];
      for (int u = bead[0]; u < bead[1]; u++) {
        Unit unit = sequence.get(u);
        for (int v = 0; v < count; v++) {
          if (unit.end()[v] > unit.start()[v]) {
            start[v] = end[v] > start[v] ? start[v] : unit.start()[v];
            end[v] = unit.end()[v];
            length[v] += unit.length()[v];
          }
        }
        parts[u - bead[0]] = unit.anchors();
      }
      start[k] = bead[2];
      end[k] = bead[3];
      for (int s = bead[2]; s < bead[3]; s++) {
        length[k] += lengths[s];
      }
      parts[parts.length - 1] = Anchors.concat(anchors, bead[2], bead[3]);
      int[] joined = Anchors.concat(parts, 0, parts.length - 1);
      out.add(new Unit(start, end, length, Anchors.union(joined, parts[parts.length - 1])));
    }
    return out;
  }

  /** The beads of the final sequence, an empty range placed where the version's next segment starts. */
  private static List<Bead> beads(List<Unit> sequence, int count) {
    List<Bead> out = new ArrayList<>(sequence.size());
    int[] cursor = new int[count];
    for (Unit unit : sequence) {
      int[] start = new int[count];
      int[] end = new int[count];
      for (int v = 0; v < count; v++) {
        if (unit.end()[v] > unit.start()[v]) {
          start[v] = unit.start()[v];
          end[v] = unit.end()[v];
          cursor[v] = end[v];
        } else {
          start[v] = cursor[v];
          end[v] = cursor[v];
        }
      }
      out.add(new Bead(start, end));
    }
    return out;
  }
}
