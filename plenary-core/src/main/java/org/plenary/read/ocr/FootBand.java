package org.plenary.read.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the foot of a first page again on its own. A UN first page prints its job number small
 * beside a barcode and a QR code; read with the whole page, Tesseract's layout analysis takes that
 * corner for a picture and drops the line, or runs a word into the bars below it ("(E)" read as
 * "il", its box three lines high). Read as a band of its own, the line is found; a line with a word
 * much taller than the letters of the others is read once more cut to their height, as one line,
 * where the bars no longer touch it.
 *
 * <p>The page's own lines in the band are cut the same way; the band's reading then replaces the
 * page's words in the band where it holds more characters read with confidence.
 */
final class FootBand {
  /** Where the band starts, as a share of the page's height: the job number stands in the last tenth. */
  static final double TOP = 0.85;
  /** A word this many times taller than its line's other words has run into something below it. */
  static final float RUN_INTO = 1.6f;
  /** How near, in letter heights, a word run into the bars stands to the line's letters to be one of them. */
  static final float NEXT_TO = 2;
  /** Words read with less confidence than this do not count for a reading. */
  static final float CONFIDENT = 80;
  /** A word read with less confidence than this may be noise (as {@code OcrLines} drops it). */
  static final float FAIRLY_SURE = 65;

  /**
   * The number of a job number as one word: New York's "25-12716", Geneva's "GE.09-17088", as the
   * masthead's reader takes it ({@code MastheadPhrases.JOB}), with its letter or without.
   */
  private static final java.util.regex.Pattern JOB_NUMBER = java.util.regex.Pattern.compile("(?<![\\d-])\\d{2}-\\d{5}(?!\\d)");

  /** Reads an image with Tesseract: as a block of text, or as one single line. */
  interface Reader {
    OcrPage read(PageImage image, boolean singleLine) throws OcrFailed, InterruptedException;
  }

  private final Reader reader;

  FootBand(Reader reader) {
    this.reader = reader;
  }

  /** The page with its foot read again, or the page as read where the foot read no better. */
  OcrPage reread(PageImage image, OcrPage page) throws OcrFailed, InterruptedException {
    int top = bandTop(page, image.height());
    if (top >= image.height() - 1) {
      return page;
    }
    // the page's own lines in the band first: where it read the line, a word run into the bars is
    // read again there too, so that the band's reading is weighed against the page's best
    List<OcrLine> pageLines = new ArrayList<>(page.lines().size());
    for (OcrLine line : page.lines()) {
      pageLines.addAll(line.top() >= top ? cutToLetters(image, line) : List.of(line));
    }
    OcrPage read = new OcrPage(page.width(), page.height(), pageLines, page.model());
    OcrPage band = reader.read(image.band((double) top / image.height(), 1), false).translated(0, top);
    List<OcrLine> lines = new ArrayList<>(band.lines().size());
    for (OcrLine line : band.lines()) {
      lines.addAll(cutToLetters(image, line));
    }
    OcrPage merged = merged(read, lines, top);
    return merged == read && pageLines.equals(page.lines()) ? page : merged;
  }

  /** The band's top: {@link #TOP} of the page, moved up above a line of the page it would cut. */
  static int bandTop(OcrPage page, int height) {
    int top = (int) Math.round(height * TOP);
    for (OcrLine line : page.lines()) {
      if (line.top() < top && line.bottom() > top && line.bottom() - line.top() < height * (1 - TOP)) {
        top = (int) Math.max(0, line.top() - 2);
      }
    }
    return top;
  }

  /**
   * A line with a word run into what is below it, its words at that word's height read again cut
   * to their letters' height: the read line, and the line's other words as a line of their own
   * ("Please recycle" printed lower beside the QR code); else the line as it was.
   */
  List<OcrLine> cutToLetters(PageImage image, OcrLine line) throws OcrFailed, InterruptedException {
    if (line.words().size() < 2) {
      return List.of(line);
    }
    float[] heights = new float[line.words().size()];
    for (int i = 0; i < heights.length; i++) {
      heights[i] = line.words().get(i).height();
    }
    Arrays.sort(heights);
    float letters = heights[(heights.length - 1) / 2];
    OcrWord tall = null;
    for (OcrWord word : line.words()) {
      if (word.height() > RUN_INTO * letters && (tall == null || word.height() > tall.height())) {
        tall = word;
      }
    }
    if (tall == null) {
      return List.of(line);
    }
    List<OcrWord> beside = new ArrayList<>();
    List<OcrWord> others = new ArrayList<>();
    float left = Float.MAX_VALUE;
    float right = 0;
    for (OcrWord word : line.words()) {
      // the letters beside the word at its top; another tall word is a picture beside them (a QR code)
      boolean atItsHeight = word == tall
          || Math.abs(word.top() - tall.top()) <= letters / 2 && word.height() <= RUN_INTO * letters;
      (atItsHeight ? beside : others).add(word);
      if (atItsHeight) {
        left = Math.min(left, word.left());
        right = Math.max(right, word.right());
      }
    }
    // another word run into the bars at the letters' top, next to them, is more of the same line
    // (the first digits of "25-12716 (E)" read as "i" with the bars below), not a picture
    for (OcrWord word : List.copyOf(others)) {
      if (Math.abs(word.top() - tall.top()) <= letters / 2 && word.left() <= right + NEXT_TO * letters
          && word.right() >= left - NEXT_TO * letters) {
        others.remove(word);
        beside.add(word);
        left = Math.min(left, word.left());
        right = Math.max(right, word.right());
      }
    }
    float pad = letters / 4;
    int x0 = (int) Math.max(0, left - pad);
    int y0 = (int) Math.max(0, tall.top() - pad);
    int x1 = (int) Math.min(image.width(), right + pad);
    int y1 = (int) Math.min(image.height(), tall.top() + letters + pad);
    if (x1 - x0 < 2 || y1 - y0 < 2) {
      return List.of(line);
    }
    OcrPage again = reader.read(image.crop(x0, y0, x1, y1), true).translated(x0, y0);
    // the word run into the bars is misread by the way it was cut: the line read again is taken
    // where it reads as much as the words beside that word, counting words OCR is fairly sure of
    List<OcrWord> sure = new ArrayList<>(beside);
    sure.remove(tall);
    if (again.lines().isEmpty() || again.lines().get(0).words().isEmpty()) {
      return List.of(line);
    }
    int better = readsJobNumber(again.lines()) ? 1 : 0;
    better -= readsJobNumber(List.of(line)) ? 1 : 0;
    if (better < 0 || better == 0
        && readCharacters(again.lines(), FAIRLY_SURE) < readCharacters(List.of(withWords(line, sure)), FAIRLY_SURE)) {
      return List.of(line);
    }
    List<OcrLine> lines = new ArrayList<>(again.lines());
    if (!others.isEmpty()) {
      lines.add(withWords(line, others));
    }
    return lines;
  }

  /**
   * Some of a line's words as a line, boxed around them, on the line's own baseline: the box of the
   * words run into the bars reaches down into them, and a baseline taken at its bottom would stand
   * on the barcode's line (what Tesseract read in the bars), so that the two are built as one line.
   */
  static OcrLine withWords(OcrLine line, List<OcrWord> words) {
    float left = Float.MAX_VALUE;
    float top = Float.MAX_VALUE;
    float right = 0;
    float bottom = 0;
    for (OcrWord w : words) {
      left = Math.min(left, w.left());
      top = Math.min(top, w.top());
      right = Math.max(right, w.right());
      bottom = Math.max(bottom, w.bottom());
    }
    float size = Math.min(line.size(), bottom - top);
    return new OcrLine(words, left, top, right, bottom, line.baselineSlope(), line.baselineAt(left) - bottom, size);
  }

  /**
   * The page's lines above the band and the band's lines, where the band read the job number and
   * the page did not, or where both or neither did and the band read more; else the page.
   */
  static OcrPage merged(OcrPage page, List<OcrLine> band, int top) {
    List<OcrLine> above = new ArrayList<>();
    List<OcrLine> inBand = new ArrayList<>();
    for (OcrLine line : page.lines()) {
      (line.top() >= top ? inBand : above).add(line);
    }
    boolean bandReads = readsJobNumber(band);
    boolean pageReads = readsJobNumber(inBand);
    if (pageReads && !bandReads || bandReads == pageReads && confidentCharacters(band) <= confidentCharacters(inBand)) {
      return page;
    }
    above.addAll(band);
    return new OcrPage(page.width(), page.height(), above, page.model());
  }

  /**
   * Whether one of the lines holds the number of a job number whole ("25-12716", its dash and its
   * five digits, before its letter): what the foot is read again for. Confidence does not tell two
   * readings of it apart: Tesseract is as unsure of "25-12716(E)" as of "2512716", its dash lost,
   * and surer of the "Please recycle" beside the barcode than of either.
   */
  static boolean readsJobNumber(List<OcrLine> lines) {
    for (OcrLine line : lines) {
      for (OcrWord word : line.words()) {
        if (JOB_NUMBER.matcher(word.text()).find()) {
          return true;
        }
      }
    }
    return false;
  }

  /** How many characters the lines hold in words read with confidence. */
  static int confidentCharacters(List<OcrLine> lines) {
    return readCharacters(lines, CONFIDENT);
  }

  /** How many characters the lines hold in words read with at least {@code confidence}. */
  static int readCharacters(List<OcrLine> lines, float confidence) {
    int count = 0;
    for (OcrLine line : lines) {
      for (OcrWord word : line.words()) {
        if (word.confidence() >= confidence) {
          count += word.text().length();
        }
      }
    }
    return count;
  }
}
