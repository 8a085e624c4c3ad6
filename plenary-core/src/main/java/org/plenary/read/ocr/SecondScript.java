package org.plenary.read.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the other script of a page that pairs a Latin-script text with one in another script,
 * line by line or side by side (an English and Arabic draft). Tesseract's script detection names
 * the page's main script only, so such a page is read in a Latin model, where the other script's
 * words come out as doubtful Latin. Where a large share of the words is doubtful, the words read
 * with confidence are painted out and the script of what is left is detected; a script other than
 * Latin names the other text. The caller reads the page again in that script's model (which reads
 * English too) and keeps the more confident reading, as the text rules read such a page as the
 * non-Latin version.
 */
final class SecondScript {
  /** Words below this confidence are doubtful. */
  static final float DOUBTFUL = 65;
  /** The share of doubtful words above which a page may hold a second script; a clean page has a few per cent. */
  static final double DOUBTFUL_SHARE = 0.15;
  /** Fewer words than this are too few to tell. */
  static final int ENOUGH_WORDS = 40;

  /** Detects the script of an image. */
  interface Detector {
    Optional<String> script(PageImage image) throws OcrFailed, InterruptedException;
  }

  private final Detector detector;

  SecondScript(Detector detector) {
    this.detector = detector;
  }

  /** The script of the words a Latin model read doubtfully on the page, where it is not Latin. */
  Optional<String> of(PageImage image, OcrPage read) throws OcrFailed, InterruptedException {
    List<OcrWord> sure = new ArrayList<>();
    int words = 0;
    for (OcrLine line : read.lines()) {
      for (OcrWord word : line.words()) {
        words++;
        if (word.confidence() >= DOUBTFUL) {
          sure.add(word);
        }
      }
    }
    if (words < ENOUGH_WORDS || words - sure.size() <= DOUBTFUL_SHARE * words) {
      return Optional.empty();
    }
    return detector.script(image.without(sure)).filter(script -> !script.equals("Latin"));
  }
}
