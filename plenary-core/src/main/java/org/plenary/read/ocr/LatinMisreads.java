package org.plenary.read.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads again, in the page's own script alone, the words that a combined model ({@code ara+eng})
 * read as Latin inside lines of that script. A page of Arabic is read with English too, for its
 * symbols and Latin names; the English part then takes some Arabic words for short Latin ones
 * ("big", "pow", "yl"), which break a title or a phrase the rules know. The page is read once
 * more with the script's model alone, and each such word gives way to the words that reading found
 * in its place, where they are in the line's script and read with more confidence. A Latin word
 * that is one (a name, "Home Page") stays: the script's own model reads no more surely there.
 */
final class LatinMisreads {
  /** Reads an image with one Tesseract model. */
  interface Reader {
    OcrPage read(PageImage image) throws OcrFailed, InterruptedException;
  }

  private final Reader ownScript;

  LatinMisreads(Reader ownScript) {
    this.ownScript = ownScript;
  }

  /**
   * The model the words of a page read with {@code model} are read again with, or null: a combined
   * model's first part (the packs pair a non-Latin script's model with English; a Latin model
   * stands alone).
   */
  static String ownModel(String model) {
    int plus = model.indexOf('+');
    return plus < 0 ? null : model.substring(0, plus);
  }

  /** The page with its Latin misreads read again, or the page as read where it has none. */
  OcrPage reread(PageImage image, OcrPage page) throws OcrFailed, InterruptedException {
    if (!hasMisread(page)) {
      return page;
    }
    List<OcrWord> own = new ArrayList<>();
    ownScript.read(image).lines().forEach(line -> own.addAll(line.words()));
    List<OcrLine> lines = new ArrayList<>(page.lines().size());
    boolean changed = false;
    for (OcrLine line : page.lines()) {
      Character.UnicodeScript script = dominantScript(line);
      List<OcrWord> words = new ArrayList<>(line.words().size());
      for (OcrWord word : line.words()) {
        List<OcrWord> instead = isMisread(word, script) ? inPlaceOf(word, own, script) : List.of();
        if (instead.isEmpty()) {
          words.add(word);
        } else {
          words.addAll(instead);
          changed = true;
        }
      }
      lines.add(new OcrLine(words, line.left(), line.top(), line.right(), line.bottom(), line.baselineSlope(),
          line.baselineOffset(), line.size()));
    }
    return changed ? new OcrPage(page.width(), page.height(), lines, page.model()) : page;
  }

  private static boolean hasMisread(OcrPage page) {
    for (OcrLine line : page.lines()) {
      Character.UnicodeScript script = dominantScript(line);
      for (OcrWord word : line.words()) {
        if (isMisread(word, script)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A word of Latin letters only (no digit, no slash: not a symbol nor a number) in a line whose
   * letters are mostly of another script.
   */
  static boolean isMisread(OcrWord word, Character.UnicodeScript lineScript) {
    if (lineScript == null || lineScript == Character.UnicodeScript.LATIN) {
      return false;
    }
    int latin = 0;
    String text = word.text();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c) || c == '/') {
        return false;
      }
      if (Character.isLetter(c)) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
          return false;
        }
        latin++;
      }
    }
    return latin > 0;
  }

  /**
   * The words of the other reading that stand within the word's box (most of their width inside
   * it, their middle between its top and bottom), where all are in the line's script and read,
   * on average, more confidently than the word; else none.
   */
  private static List<OcrWord> inPlaceOf(OcrWord word, List<OcrWord> own, Character.UnicodeScript script) {
    List<OcrWord> inside = new ArrayList<>();
    double confidence = 0;
    for (OcrWord w : own) {
      float middle = (w.top() + w.bottom()) / 2;
      float overlap = Math.min(w.right(), word.right()) - Math.max(w.left(), word.left());
      if (middle < word.top() || middle > word.bottom() || overlap <= 0.5f * (w.right() - w.left())) {
        continue;
      }
      if (!allOf(w.text(), script)) {
        return List.of();
      }
      inside.add(w);
      confidence += w.confidence();
    }
    return !inside.isEmpty() && confidence / inside.size() > word.confidence() ? inside : List.of();
  }

  /** Whether every letter of a text is of the script, and it has one. */
  private static boolean allOf(String text, Character.UnicodeScript script) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.UnicodeScript.of(c) != script) {
          return false;
        }
        letters++;
      }
    }
    return letters > 0;
  }

  /** The script most letters of a line are in; null for a line without letters. */
  static Character.UnicodeScript dominantScript(OcrLine line) {
    java.util.Map<Character.UnicodeScript, Integer> counts = new java.util.EnumMap<>(Character.UnicodeScript.class);
    for (OcrWord word : line.words()) {
      String text = word.text();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isLetter(c)) {
          counts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
        .orElse(null);
  }
}
