package org.plenary.align;

import java.util.ArrayList;
import java.util.List;
import org.plenary.align.dp.CostModel;
import org.plenary.align.sentence.SentenceSegmenter;

/**
 * Aligns the language versions of one document, two to six at once: paragraph by paragraph, or
 * sentence by sentence inside aligned paragraphs. Every pair of versions sees the same beads.
 * Needs no dictionary and no model: segment lengths and what survives translation (see
 * {@link org.plenary.align.anchor.AnchorFinder}). Thread-safe.
 */
public final class Aligner {
  private final CostModel.Parameters parameters;

  private Aligner(CostModel.Parameters parameters) {
    this.parameters = parameters;
  }

  public static Aligner create() {
    return new Aligner(CostModel.Parameters.defaults());
  }

  /** An aligner scoring beads with other parameters (for measuring them). */
  public static Aligner with(CostModel.Parameters parameters) {
    return new Aligner(parameters);
  }

  /** Aligns the segments of each version as given. */
  public Alignment align(List<Version> versions) {
    check(versions);
    return new JointAligner(parameters).align(versions);
  }

  /**
   * Aligns paragraphs, then the sentences of each paragraph bead: the result's segments are the
   * sentences of each version, numbered through the document, each keeping the spaces after it.
   */
  public Alignment alignSentences(List<Version> paragraphs) {
    Alignment byParagraph = align(paragraphs);
    int count = paragraphs.size();
    List<List<String>> sentences = new ArrayList<>();
    List<int[]> firstSentence = new ArrayList<>();
    for (Version version : paragraphs) {
      SentenceSegmenter segmenter = SentenceSegmenter.of(version.language());
      List<String> all = new ArrayList<>();
      int[] first = new int[version.segments().size() + 1];
      for (int p = 0; p < version.segments().size(); p++) {
        first[p] = all.size();
        all.addAll(segmenter.sentences(version.segments().get(p)));
      }
      first[version.segments().size()] = all.size();
      sentences.add(all);
      firstSentence.add(first);
    }
    List<Bead> beads = new ArrayList<>();
    long cells = byParagraph.cells();
    JointAligner joint = new JointAligner(parameters);
    for (Bead paragraph : byParagraph.beads()) {
      List<Version> inside = new ArrayList<>();
      List<Integer> present = new ArrayList<>();
      int[] offset = new int[count];
      boolean split = false;
      for (int k = 0; k < count; k++) {
        int from = firstSentence.get(k)[paragraph.start(k)];
        int to = firstSentence.get(k)[paragraph.end(k)];
        offset[k] = from;
        if (to > from) {
          present.add(k);
          inside.add(new Version(paragraphs.get(k).language(), sentences.get(k).subList(from, to)));
          split |= to - from > 1;
        }
      }
      if (!split || present.size() < 2) {
        int[] start = new int[count];
        int[] end = new int[count];
        for (int k = 0; k < count; k++) {
          start[k] = firstSentence.get(k)[paragraph.start(k)];
          end[k] = firstSentence.get(k)[paragraph.end(k)];
        }
        beads.add(new Bead(start, end));
        continue;
      }
      Alignment local = joint.align(inside);
      cells = Math.max(cells, local.cells());
      for (Bead bead : local.beads()) {
        int[] start = new int[count];
        int[] end = new int[count];
        for (int k = 0; k < count; k++) {
          start[k] = offset[k];
          end[k] = offset[k];
        }
        for (int p = 0; p < present.size(); p++) {
          int k = present.get(p);
          start[k] = offset[k] + bead.start(p);
          end[k] = offset[k] + bead.end(p);
        }
        beads.add(new Bead(start, end));
      }
    }
    List<Version> versions = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      versions.add(new Version(paragraphs.get(k).language(), sentences.get(k)));
    }
    return new Alignment(versions, beads, SegmentKind.SENTENCE, cells);
  }

  private static void check(List<Version> versions) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("no version to align");
    }
    for (int i = 0; i < versions.size(); i++) {
      for (int j = i + 1; j < versions.size(); j++) {
        if (versions.get(i).language() == versions.get(j).language()) {
          throw new IllegalArgumentException("two versions in " + versions.get(i).language().englishName());
        }
      }
    }
  }
}
