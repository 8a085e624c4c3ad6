package org.plenary.read;

import java.util.ArrayList;
import java.util.List;
import org.plenary.model.Line;
import org.plenary.read.ocr.BrokenDiacritics;
import org.plenary.read.ocr.OcrLine;
import org.plenary.read.ocr.OcrPage;
import org.plenary.read.ocr.OcrWord;

/**
 * Makes the lines of a page from what OCR read on it, through the same {@link LineBuilder} that
 * builds a PDF page from its glyphs, so a scan gets the masthead read by columns, the right-to-left
 * order, the indents and the positions layout repair uses on born-digital pages. Each word becomes
 * one glyph, in points ({@code 72 / dpi} of a pixel):
 *
 * <ul>
 *   <li>all words of a Tesseract line stand on the line's baseline (taken at its middle, so a
 *       skewed scan keeps each line together) and have its size ({@code x_size}, from descenders to
 *       ascenders, near the font size);
 *   <li>a word gap narrower than a column gap is a space glyph: OCR's word boxes are tight, so
 *       the gap alone would not always read as a space; a wider gap is left to the builder, which
 *       splits columns there, as on a PDF page; two words whose boxes touch or overlap get a space
 *       too (Chinese characters lose it in the builder, as on a PDF page);
 *   <li>line sizes within {@link #SAME_SIZE} of each other are one size, the median of their group:
 *       Tesseract measures each line anew, and layout repair reads a change of size as a change
 *       of block (a heading, a footnote), so the jitter of a few per cent must not show;
 *   <li>accents read apart from their letters are put back on them ({@link BrokenDiacritics});
 *   <li>doubtful words (below {@link #DOUBTFUL}) that are a single sign (not a capital), mostly not letters or
 *       digits ("\\y"), hold a backslash ("S\\S/4", read in the emblem), or much taller than their line or the page's text are dropped: what Tesseract reads in
 *       the emblem beside the masthead, a stamp or a rule. A word of several letters or digits is
 *       kept whatever its confidence: Tesseract gives a symbol set apart in its own block ("S/2025/191")
 *       a confidence of 0.
 * </ul>
 */
final class OcrLines {
  /** Words read with less confidence than this (0 to 100) may be noise. */
  static final float DOUBTFUL = 65;
  static final float TALL = 1.6f;
  /** The width in points of the space put between two words whose boxes touch. */
  private static final float TOUCHING_SPACE = 0.01f;

  /** Line sizes closer than this share are taken for one font size. */
  static final float SAME_SIZE = 0.12f;

  private final LineBuilder builder = new LineBuilder();

  List<Line> lines(OcrPage page, int dpi, boolean firstPage) {
    float scale = 72f / dpi;
    List<Glyph> glyphs = new ArrayList<>();
    java.util.Map<OcrLine, Float> sizes = sizes(page.lines());
    float typical = median(page.lines());
    for (OcrLine line : page.lines()) {
      List<OcrWord> words = words(line, typical);
      if (words.isEmpty()) {
        continue;
      }
      float size = sizes.get(line) * scale;
      float baseline = line.baselineAt((line.left() + line.right()) / 2) * scale;
      OcrWord previous = null;
      for (OcrWord word : words) {
        if (previous != null) {
          float gap = (word.left() - previous.right()) * scale;
          if (gap > 0 && gap <= LineBuilder.COLUMN_GAP * size) {
            glyphs.add(new Glyph(" ", previous.right() * scale, baseline, gap, size, false));
          } else if (gap <= 0) {
            // Tesseract parted the words, yet their boxes touch or overlap: an Arabic letter's
            // tail reaches under the next word ("أبو" "الحسن"); the space goes just before it
            glyphs.add(new Glyph(" ", word.left() * scale - TOUCHING_SPACE, baseline, TOUCHING_SPACE, size, false));
          }
        }
        glyphs.add(new Glyph(BrokenDiacritics.repair(word.text()), word.left() * scale, baseline, (word.right() - word.left()) * scale, size, false));
        previous = word;
      }
    }
    return builder.build(glyphs, firstPage);
  }

  /**
   * Each line's size, snapped to the median of its group: lines sorted by size, a group running
   * while each size stays within {@link #SAME_SIZE} of the group's smallest.
   */
  static java.util.Map<OcrLine, Float> sizes(List<OcrLine> lines) {
    List<OcrLine> bySize = new ArrayList<>(lines);
    bySize.sort(java.util.Comparator.comparingDouble(OcrLine::size));
    java.util.Map<OcrLine, Float> sizes = new java.util.IdentityHashMap<>();
    int start = 0;
    for (int i = 1; i <= bySize.size(); i++) {
      if (i == bySize.size() || bySize.get(i).size() > bySize.get(start).size() * (1 + SAME_SIZE)) {
        float median = bySize.get((start + i - 1) / 2).size();
        for (OcrLine line : bySize.subList(start, i)) {
          sizes.put(line, median);
        }
        start = i;
      }
    }
    return sizes;
  }

  private static float median(List<OcrLine> lines) {
    if (lines.isEmpty()) {
      return 0;
    }
    float[] sizes = new float[lines.size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = lines.get(i).size();
    }
    java.util.Arrays.sort(sizes);
    return sizes[sizes.length / 2];
  }

  /**
   * A single character other than a capital letter: a capital alone is a symbol's series that
   * Tesseract parts from the rest ("S" "/2025/502"), a list label or an initial.
   */
  private static boolean isLoneSign(String word) {
    return word.codePointCount(0, word.length()) == 1 && !Character.isUpperCase(word.codePointAt(0));
  }

  /**
   * Whether a word holds a backslash, a sign UN documents do not print in their text: Tesseract reads
   * it in the strokes of the emblem ("S\\S/4", which would pass for a symbol).
   */
  private static boolean hasUnprintedSign(String word) {
    return word.indexOf('\\') >= 0;
  }

  private static boolean mostlySigns(String word) {
    int alphanumeric = 0;
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        alphanumeric++;
      }
    }
    return alphanumeric < 2 && word.length() > alphanumeric || 2 * alphanumeric < word.length();
  }

  private static List<OcrWord> words(OcrLine line, float typicalSize) {
    List<OcrWord> words = new ArrayList<>(line.words().size());
    for (OcrWord word : line.words()) {
      boolean noise = word.confidence() < DOUBTFUL && (isLoneSign(word.text())
          || mostlySigns(word.text()) || hasUnprintedSign(word.text())
          || word.height() > TALL * Math.min(line.size(), typicalSize));
      if (!noise) {
        words.add(word);
      }
    }
    words.sort(java.util.Comparator.comparingDouble(OcrWord::left));
    return words;
  }
}
