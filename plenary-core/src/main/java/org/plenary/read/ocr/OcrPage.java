package org.plenary.read.ocr;

import java.util.List;

/**
 * What Tesseract read on one page image: its lines in Tesseract's reading order, and the image's
 * size in pixels.
 *
 * @param model the Tesseract model it was read with ({@code eng}, {@code ara}, ...)
 */
public record OcrPage(int width, int height, List<OcrLine> lines, String model) {
  public OcrPage {
    lines = List.copyOf(lines);
  }

  /** The mean confidence of the words, 0 to 100; NaN for a page without words. */
  public double meanConfidence() {
    return lines.stream().flatMap(l -> l.words().stream()).mapToDouble(OcrWord::confidence).average()
        .orElse(Double.NaN);
  }

  public int wordCount() {
    return lines.stream().mapToInt(l -> l.words().size()).sum();
  }

  /** The words, a space between them and a line break after each line. */
  public String text() {
    StringBuilder s = new StringBuilder();
    for (OcrLine line : lines) {
      for (OcrWord word : line.words()) {
        s.append(word.text()).append(' ');
      }
      s.append('\n');
    }
    return s.toString();
  }

  /** The same words with every box and size multiplied by {@code factor}, on an image of the size given. */
  public OcrPage scaled(float factor, int newWidth, int newHeight) {
    List<OcrLine> scaled = new java.util.ArrayList<>(lines.size());
    for (OcrLine l : lines) {
      List<OcrWord> words = new java.util.ArrayList<>(l.words().size());
      for (OcrWord w : l.words()) {
        words.add(new OcrWord(w.text(), w.left() * factor, w.top() * factor, w.right() * factor, w.bottom() * factor,
            w.confidence()));
      }
      scaled.add(new OcrLine(words, l.left() * factor, l.top() * factor, l.right() * factor, l.bottom() * factor,
          l.baselineSlope(), l.baselineOffset() * factor, l.size() * factor));
    }
    return new OcrPage(newWidth, newHeight, scaled, model);
  }

  /** The same words moved by {@code dx} and {@code dy} pixels: a band's words put back on its page. */
  public OcrPage translated(float dx, float dy) {
    List<OcrLine> moved = new java.util.ArrayList<>(lines.size());
    for (OcrLine l : lines) {
      List<OcrWord> words = new java.util.ArrayList<>(l.words().size());
      for (OcrWord w : l.words()) {
        words.add(new OcrWord(w.text(), w.left() + dx, w.top() + dy, w.right() + dx, w.bottom() + dy, w.confidence()));
      }
      moved.add(new OcrLine(words, l.left() + dx, l.top() + dy, l.right() + dx, l.bottom() + dy, l.baselineSlope(),
          l.baselineOffset(), l.size()));
    }
    return new OcrPage(width, height, moved, model);
  }

  public OcrPage withModel(String other) {
    return new OcrPage(width, height, lines, other);
  }
}
