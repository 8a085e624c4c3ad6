package org.plenary.read.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plenary.symbol.Symbols;

/**
 * Reads again the words of a page set in letters of two sizes on one baseline: a UN masthead
 * prints its symbol with each series letter large and the rest small ("A/RES/80/246" with a large
 * A, "A/79/756-S/2025/61" with a large A and S). Tesseract reads such a word badly: the slash after
 * the large letter becomes "v", "r" or "iv", the large S "99" or "$", the large letter may be lost.
 * A word much taller than the page's lines whose columns of ink show letters of two heights on one
 * baseline, in the masthead's band, is drawn again with its large letters brought down to the
 * height of the small ones, and that image is read as one line, as drawn and enlarged to the large
 * letters' height; the surer reading replaces the word where Tesseract is more sure of it than of
 * the word as read on the page. Words that
 * nearly touch are read as one: Tesseract may cut the word where a large letter stands.
 */
final class LargeInitials {
  /**
   * The share of the page's height the masthead stands in: lower, a tall word is a picture (the
   * barcode beside the job number), which {@link FootBand} reads around.
   */
  static final double MASTHEAD = 0.2;
  /** The most the drawn word is enlarged by. */
  static final float MAX_ENLARGED = 3;
  /** Large letters less than this many times the small ones' height are not worth a second reading. */
  static final float ENLARGE_AT_LEAST = 1.2f;
  /** A gap this share of the letters' height is a word space; a narrower one parts letters of one word. */
  static final float WORD_SPACE = 0.3f;
  /** A word this many times taller than the page's typical line may hold large initials. */
  static final float TALL = 1.4f;
  /** Words closer than this share of the typical line's size are read as one. */
  static final float TOUCHING = 1.0f;
  /** A column of ink this many times taller than the small letters belongs to a large one. */
  static final float LARGE = 1.6f;
  /** How high above their baseline the small letters' columns are drawn, in their height. */
  private static final float CLIP = 1.3f;
  /** Grey levels below this are ink. */
  private static final int INK = 128;
  /** White around the drawn word, in pixels: Tesseract reads a line poorly that touches the edge. */
  private static final int MARGIN = 12;

  /** Reads an image that holds one line of text. */
  interface Reader {
    OcrPage readLine(PageImage image) throws OcrFailed, InterruptedException;
  }

  private final Reader reader;

  LargeInitials(Reader reader) {
    this.reader = reader;
  }

  /** The page with its words of large initials read again, or the page as it was. */
  OcrPage reread(PageImage image, OcrPage page) throws OcrFailed, InterruptedException {
    float typical = typicalSize(page);
    if (typical <= 0) {
      return page;
    }
    List<OcrLine> lines = new ArrayList<>(page.lines().size());
    boolean changed = false;
    for (OcrLine line : page.lines()) {
      List<OcrWord> words = new ArrayList<>(line.words().size());
      boolean inMasthead = line.top() < MASTHEAD * page.height();
      for (List<OcrWord> group : touching(line.words(), typical)) {
        boolean tall = inMasthead && group.stream().anyMatch(w -> w.height() >= TALL * typical);
        OcrWord again = tall ? evened(image, group) : null;
        changed |= again != null;
        if (again != null) {
          words.add(again);
        } else {
          words.addAll(group);
        }
      }
      lines.add(new OcrLine(words, line.left(), line.top(), line.right(), line.bottom(), line.baselineSlope(),
          line.baselineOffset(), line.size()));
    }
    return changed ? new OcrPage(page.width(), page.height(), lines, page.model()) : page;
  }

  /**
   * The words of a line in groups of those that nearly touch: Tesseract may cut a word of two
   * sizes where a large letter stands ("A/79/756-S" and "2025/61"), so the word is read whole.
   */
  static List<List<OcrWord>> touching(List<OcrWord> words, float typical) {
    List<OcrWord> sorted = new ArrayList<>(words);
    sorted.sort(java.util.Comparator.comparingDouble(OcrWord::left));
    List<List<OcrWord>> groups = new ArrayList<>();
    List<OcrWord> group = new ArrayList<>();
    for (OcrWord word : sorted) {
      if (!group.isEmpty() && word.left() - group.get(group.size() - 1).right() > TOUCHING * typical) {
        groups.add(group);
        group = new ArrayList<>();
      }
      group.add(word);
    }
    if (!group.isEmpty()) {
      groups.add(group);
    }
    return groups;
  }

  /**
   * The words read as one, with their large letters brought to the small ones' height, or null
   * where the page's own reading stands. The drawn word is read at that height and enlarged to the
   * large letters' height: Tesseract reads some words better one way, some the other ("S/2025/191"
   * read as "8/2025/191" at 30 pixels, "ITA/3" as "TT A/S" at 56). A masthead's word of two sizes
   * is its symbol, so a reading that is one whole symbol goes before one that is not, the page's
   * own reading included (a symbol Tesseract read right with a confidence of 0); among equals the
   * surer one.
   */
  OcrWord evened(PageImage image, List<OcrWord> group) throws OcrFailed, InterruptedException {
    OcrWord whole = box(group);
    Evened drawn = evenedImage(image, whole);
    if (drawn == null) {
      return null;
    }
    String best = null;
    double bestConfidence = whole.confidence();
    boolean bestIsSymbol = isWholeSymbol(whole.text());
    List<OcrPage> readings = new ArrayList<>(2);
    readings.add(reader.readLine(new PageImage(drawn.image(), image.dpi())));
    if (drawn.enlarge() > ENLARGE_AT_LEAST) {
      readings.add(reader.readLine(new PageImage(enlarged(drawn.image(), drawn.enlarge()), image.dpi())));
    }
    for (OcrPage read : readings) {
      String text = joined(read);
      double confidence = read.meanConfidence();
      if (text.isEmpty() || Double.isNaN(confidence)) {
        continue;
      }
      boolean symbol = isWholeSymbol(text);
      if (symbol && !bestIsSymbol || symbol == bestIsSymbol && confidence > bestConfidence) {
        best = text;
        bestConfidence = confidence;
        bestIsSymbol = symbol;
      }
    }
    // boxed at the small letters' height, the word is no longer taken for a picture by its size
    return best == null ? null
        : new OcrWord(best, whole.left(), drawn.top(), whole.right(), whole.bottom(), (float) bestConfidence);
  }

  /** Whether a text reads as document symbols from end to end ("A/79/756-S/2025/61"), spaces and dashes aside. */
  static boolean isWholeSymbol(String text) {
    int covered = 0;
    for (Symbols.Found found : Symbols.find(text)) {
      covered += found.end() - found.start();
    }
    int length = text.replaceAll("[\\s\u2013-]", "").length();
    return covered > 0 && covered >= length;
  }

  /**
   * The words of a reading as one text: a space only where they stand a word space apart, not where
   * Tesseract parted the letters of one word ("A/RES/78/28" "1", their boxes overlapping).
   */
  static String joined(OcrPage read) {
    StringBuilder text = new StringBuilder();
    for (OcrLine line : read.lines()) {
      OcrWord previous = null;
      for (OcrWord w : line.words()) {
        if (previous != null) {
          float height = Math.max(previous.height(), w.height());
          if (w.left() - previous.right() >= WORD_SPACE * height) {
            text.append(' ');
          }
        } else if (text.length() > 0) {
          text.append(' ');
        }
        text.append(w.text());
        previous = w;
      }
    }
    return text.toString();
  }

  /** A word drawn again in letters of one size, where its small letters' tops stand on the page, and how much larger its large letters were. */
  record Evened(BufferedImage image, float top, float enlarge) {}

  /** One word boxed around the words given, with their mean confidence. */
  private static OcrWord box(List<OcrWord> words) {
    float left = Float.MAX_VALUE;
    float top = Float.MAX_VALUE;
    float right = 0;
    float bottom = 0;
    float confidence = 0;
    StringBuilder text = new StringBuilder();
    for (OcrWord w : words) {
      left = Math.min(left, w.left());
      top = Math.min(top, w.top());
      right = Math.max(right, w.right());
      bottom = Math.max(bottom, w.bottom());
      confidence += w.confidence() / words.size();
      text.append(text.length() == 0 ? "" : " ").append(w.text());
    }
    return new OcrWord(text.toString(), left, top, right, bottom, confidence);
  }

  /**
   * The word's image with each large letter scaled down to the small letters' height, standing on
   * their baseline, white around it; null where its columns do not show two sizes of letters.
   */
  static Evened evenedImage(PageImage page, OcrWord word) {
    int x0 = (int) Math.max(0, Math.floor(word.left()));
    int y0 = (int) Math.max(0, Math.floor(word.top()));
    int x1 = (int) Math.min(page.width(), Math.ceil(word.right()));
    int y1 = (int) Math.min(page.height(), Math.ceil(word.bottom()));
    int w = x1 - x0;
    int h = y1 - y0;
    if (w < 4 || h < 4) {
      return null;
    }
    Raster raster = page.image().getRaster();
    int[] tops = new int[w];
    int[] bottoms = new int[w];
    int[] column = new int[h];
    int inked = 0;
    for (int x = 0; x < w; x++) {
      raster.getSamples(x0 + x, y0, 1, h, 0, column);
      tops[x] = -1;
      for (int y = 0; y < h; y++) {
        if (column[y] < INK) {
          if (tops[x] < 0) {
            tops[x] = y;
          }
          bottoms[x] = y;
        }
      }
      if (tops[x] >= 0) {
        inked++;
      }
    }
    if (inked < 4) {
      return null;
    }
    int baseline = median(bottoms, tops, false);
    int[] heights = new int[w];
    for (int x = 0; x < w; x++) {
      heights[x] = tops[x] < 0 ? 0 : baseline - tops[x] + 1;
    }
    int small = median(heights, tops, true);
    if (small < 3) {
      return null;
    }
    boolean[] large = largeLetters(heights, tops, small);
    int largeColumns = 0;
    for (boolean l : large) {
      largeColumns += l ? 1 : 0;
    }
    // a word of one size, or of large letters only (a heading), is left as read
    if (largeColumns == 0 || largeColumns > inked / 2) {
      return null;
    }
    BufferedImage source = page.image().getSubimage(x0, y0, w, h);
    BufferedImage out = new BufferedImage(w + 2 * MARGIN, h + 2 * MARGIN, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    int at = MARGIN;
    int x = 0;
    while (x < w) {
      int end = x;
      while (end < w && large[end] == large[x]) {
        end++;
      }
      if (large[x]) {
        int top = baseline;
        for (int c = x; c < end; c++) {
          top = tops[c] >= 0 ? Math.min(top, tops[c]) : top;
        }
        float factor = (float) small / (baseline - top + 1);
        int width = Math.max(1, Math.round((end - x) * factor));
        int height = Math.max(1, Math.round((baseline - top + 1) * factor));
        g.drawImage(source, at, MARGIN + baseline + 1 - height, at + width, MARGIN + baseline + 1,
            x, top, end, baseline + 1, null);
        at += width;
      } else {
        // only the small letters' rows: an edge of a large letter left beside them would read as a sign
        int top = Math.max(0, baseline + 1 - Math.round(CLIP * small));
        g.drawImage(source, at, MARGIN + top, at + end - x, MARGIN + h, x, top, end, h, null);
        at += end - x;
      }
      x = end;
    }
    g.dispose();
    BufferedImage drawn = out.getSubimage(0, 0, Math.min(out.getWidth(), at + MARGIN), out.getHeight());
    return new Evened(drawn, y0 + baseline + 1 - small, Math.min(MAX_ENLARGED, (float) largeHeight(large, tops, baseline) / small));
  }

  /** The drawn word enlarged by a factor. */
  private static BufferedImage enlarged(BufferedImage image, float factor) {
    if (factor <= 1) {
      return image;
    }
    int w = Math.round(image.getWidth() * factor);
    int h = Math.round(image.getHeight() * factor);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(image, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  /** The height of the tallest large letter above the baseline. */
  private static int largeHeight(boolean[] large, int[] tops, int baseline) {
    int top = baseline;
    for (int x = 0; x < large.length; x++) {
      if (large[x] && tops[x] >= 0) {
        top = Math.min(top, tops[x]);
      }
    }
    return baseline - top + 1;
  }

  /**
   * The columns of the large letters: runs of columns rising above {@link #LARGE} times the small
   * letters, each widened to the ink it belongs to (a letter's sides, as an A's feet, are low), as far
   * as the blank columns either side.
   */
  private static boolean[] largeLetters(int[] heights, int[] tops, int small) {
    boolean[] large = new boolean[heights.length];
    for (int x = 0; x < heights.length; x++) {
      if (heights[x] >= LARGE * small) {
        large[x] = true;
      }
    }
    boolean[] widened = large.clone();
    for (int x = 0; x < heights.length; x++) {
      if (!large[x]) {
        continue;
      }
      for (int l = x - 1; l >= 0 && tops[l] >= 0 && !widened[l]; l--) {
        widened[l] = true;
      }
      for (int r = x + 1; r < heights.length && tops[r] >= 0 && !widened[r]; r++) {
        widened[r] = true;
      }
    }
    // the blank between two large letters ("ST") shrinks with them, or it reads as a word space
    int lastLarge = -1;
    for (int x = 0; x < widened.length; x++) {
      if (!widened[x]) {
        continue;
      }
      boolean blankBetween = lastLarge >= 0 && x - lastLarge > 1 && x - lastLarge <= small;
      for (int b = lastLarge + 1; blankBetween && b < x; b++) {
        blankBetween = tops[b] < 0;
      }
      for (int b = lastLarge + 1; blankBetween && b < x; b++) {
        widened[b] = true;
      }
      lastLarge = x;
    }
    return widened;
  }

  /** The median of the values of the inked columns (and, with {@code positive}, of values above 0). */
  private static int median(int[] values, int[] tops, boolean positive) {
    int[] kept = new int[values.length];
    int n = 0;
    for (int x = 0; x < values.length; x++) {
      if (tops[x] >= 0 && (!positive || values[x] > 0)) {
        kept[n++] = values[x];
      }
    }
    if (n == 0) {
      return 0;
    }
    Arrays.sort(kept, 0, n);
    return kept[n / 2];
  }

  /** The median size of the page's lines: its body text. */
  static float typicalSize(OcrPage page) {
    float[] sizes = new float[page.lines().size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = page.lines().get(i).size();
    }
    if (sizes.length == 0) {
      return 0;
    }
    Arrays.sort(sizes);
    return sizes[sizes.length / 2];
  }
}
