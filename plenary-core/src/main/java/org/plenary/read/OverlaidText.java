package org.plenary.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Parts the texts of one row that a page draws over each other. A word processor that keeps two
 * tables or text boxes at the same place (an old masthead left under a new one) prints both:
 * "Distr.: General" under "Distr.: Limited" a little to the right, the letters of one between
 * those of the other. Read by position alone they mix ("Distr.:D Lisimtr.i:t eGde neral").
 *
 * <p>The glyphs of a row, in drawing order, form runs: each glyph at or after the one before it and
 * within a column gap of it. A run whose glyphs fall over at least {@link #COLLISIONS} glyphs of
 * a text already drawn, each over half the narrower one, is a text of its own; it goes to the
 * first text it does not fall over, or starts a new one. Glyphs that merely repeat one under them
 * (a bold look made by printing twice) and marks over a letter do not count: those are the line's
 * own. The texts come last drawn first, as they lie on the page: the one on top is the one a
 * reader sees where the two cross.
 */
final class OverlaidText {
  /** A run falling over fewer glyphs than this is kerning or a stray mark, not another text. */
  static final int COLLISIONS = 3;
  /** Two glyphs fall over each other when they share more than this share of the narrower one. */
  private static final float OVERLAP = 0.5f;

  private OverlaidText() {}

  /**
   * The texts of a row of glyphs given in drawing order, the one drawn last first; one text when
   * none falls over another.
   */
  static List<List<Glyph>> texts(List<Glyph> drawn) {
    List<List<Glyph>> texts = new ArrayList<>();
    for (List<Glyph> run : runs(drawn)) {
      List<Glyph> home = null;
      for (List<Glyph> text : texts) {
        if (collisions(run, text) < COLLISIONS) {
          home = text;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        texts.add(home);
      }
      home.addAll(run);
    }
    Collections.reverse(texts);
    return texts;
  }

  /**
   * Whether, left to right, enough neighbours of a row (in any order) fall over each other for its
   * texts to be parted: most rows have none, and are not looked at further.
   */
  static boolean mayOverlap(List<Glyph> drawn) {
    List<Glyph> sorted = new ArrayList<>(drawn.size());
    for (Glyph g : drawn) {
      if (counts(g)) {
        sorted.add(g);
      }
    }
    sorted.sort(Comparator.comparingDouble(Glyph::x));
    int overlaps = 0;
    for (int i = 1; i < sorted.size(); i++) {
      if (fallsOver(sorted.get(i - 1), sorted.get(i)) && ++overlaps >= COLLISIONS) {
        return true;
      }
    }
    return false;
  }

  private static List<List<Glyph>> runs(List<Glyph> drawn) {
    List<List<Glyph>> runs = new ArrayList<>();
    List<Glyph> run = null;
    Glyph last = null;
    for (Glyph g : drawn) {
      boolean continues = last != null && g.x() >= last.x()
          && g.x() - last.right() <= LineBuilder.COLUMN_GAP * Math.min(g.fontSize(), last.fontSize());
      if (!continues) {
        run = new ArrayList<>();
        runs.add(run);
      }
      run.add(g);
      if (!g.isBlank() || last == null) {
        last = g;
      }
    }
    return runs;
  }

  private static int collisions(List<Glyph> run, List<Glyph> text) {
    int n = 0;
    for (Glyph g : run) {
      if (!counts(g)) {
        continue;
      }
      for (Glyph other : text) {
        if (counts(other) && fallsOver(other, g)) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /** Blanks and marks over a letter never part texts. */
  private static boolean counts(Glyph g) {
    return !g.isBlank() && !Diacritics.isMark(g.text());
  }

  private static boolean fallsOver(Glyph a, Glyph b) {
    if (a.text().equals(b.text())) {
      return false; // the same glyph printed again: an overprint, read once
    }
    float shared = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
    return shared > OVERLAP * Math.min(a.width(), b.width());
  }
}
