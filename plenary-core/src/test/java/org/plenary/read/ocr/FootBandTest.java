package org.plenary.read.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The foot of a first page read again on its own, on invented readings shaped as Tesseract gives
 * them for a 300 dpi A4 page (2480 x 3508 pixels): the job number beside the barcode lost from the
 * page's reading, and its language letter run into the bars below it.
 */
class FootBandTest {
  private static final PageImage PAGE = new PageImage(new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY), 300);

  private static OcrWord word(String text, float left, float top, float right, float bottom, float confidence) {
    return new OcrWord(text, left, top, right, bottom, confidence);
  }

  private static OcrLine line(OcrWord... words) {
    float left = Float.MAX_VALUE, top = Float.MAX_VALUE, right = 0, bottom = 0;
    for (OcrWord w : words) {
      left = Math.min(left, w.left());
      top = Math.min(top, w.top());
      right = Math.max(right, w.right());
      bottom = Math.max(bottom, w.bottom());
    }
    return new OcrLine(List.of(words), left, top, right, bottom, 0, -5, 40);
  }

  private static String text(OcrPage page) {
    return page.text().replaceAll("\\s+", " ").strip();
  }

  /** A reader that gives the band and the line their readings, in the image's own pixels, and notes what it read. */
  private static final class Scripted implements FootBand.Reader {
    final List<String> asked = new ArrayList<>();
    final OcrPage band;
    final OcrPage singleLine;

    Scripted(OcrPage band, OcrPage singleLine) {
      this.band = band;
      this.singleLine = singleLine;
    }

    @Override
    public OcrPage read(PageImage image, boolean oneLine) {
      asked.add((oneLine ? "line " : "band ") + image.width() + "x" + image.height());
      return oneLine ? singleLine : band;
    }
  }

  private static final OcrPage READ = new OcrPage(2480, 3508, List.of(
      line(word("(Signed)", 300, 2500, 480, 2540, 95), word("Amar", 500, 2500, 600, 2540, 96)),
      line(word("Please", 1740, 3316, 1837, 3341, 96), word("recycle", 1851, 3316, 1960, 3348, 60))), "eng");

  @Test
  void findsTheJobNumberTheWholePageLostAndReadsItsLetterCutFromTheBars() throws Exception {
    // the band (from 85% of the page, y 2982) as Tesseract reads it: "(E)" run into the barcode, read "il",
    // in one line with "Please recycle", printed lower beside the QR code
    OcrPage band = new OcrPage(2480, 526, List.of(
        line(word("25-00202", 273, 286, 439, 315, 92), word("il", 456, 287, 507, 378, 50), word("100125", 565, 286, 687, 315, 96),
            word("Please", 1740, 316, 1837, 341, 96), word("recycle", 1851, 316, 1960, 348, 54))), "eng");
    // the line cut to its letters' height, read as one line; Tesseract is less sure of the number
    // now (79) than in the band (92), yet the line holds as many characters read fairly surely
    OcrPage cut = new OcrPage(420, 44, List.of(
        line(word("25-00202", 7, 7, 173, 36, 79), word("(E)", 190, 8, 240, 36, 80), word("100125", 299, 7, 421, 36, 96))), "eng");
    Scripted reader = new Scripted(band, cut);

    OcrPage reread = new FootBand(reader).reread(PAGE, READ);

    assertThat(text(reread)).isEqualTo("(Signed) Amar 25-00202 (E) 100125 Please recycle");
    assertThat(reread.lines()).hasSize(3);
    // the band spans the last 15% of the page; the line is cut to the letters' height (29 px) and a
    // margin of a quarter of it on each side, from the top of the word run into the bars (287), so the bars
    // (to 378) are left out, and across the words at its height only
    assertThat(reader.asked).containsExactly("band 2480x526", "line 429x44");
    OcrWord job = reread.lines().get(1).words().get(0);
    assertThat(job.top()).isEqualTo(2982 + 279 + 7);
    assertThat(job.left()).isEqualTo(265 + 7);
  }

  @Test
  void keepsThePageWhereTheBandReadNoBetter() throws Exception {
    OcrPage band = new OcrPage(2480, 526, List.of(line(word("Please", 1740, 334, 1837, 359, 96))), "eng");
    Scripted reader = new Scripted(band, null);

    assertThat(new FootBand(reader).reread(PAGE, READ)).isSameAs(READ);
    assertThat(reader.asked).containsExactly("band 2480x526");
  }

  @Test
  void readsAgainTheLetterOfAJobNumberThePageFoundWhereTheBandReadsNoBetter() throws Exception {
    // the page read the job number's line, "(E)" run into the bars; the band reads less than the page
    OcrPage read = new OcrPage(2480, 3508, List.of(
        line(word("25-00202", 273, 3268, 439, 3297, 87), word("ill", 456, 3269, 507, 3360, 51),
            word("100125", 565, 3268, 687, 3297, 96))), "eng");
    OcrPage band = new OcrPage(2480, 526, List.of(line(word("2S-00Z02", 273, 286, 439, 315, 40))), "eng");
    OcrPage cut = new OcrPage(420, 44, List.of(
        line(word("25-00202", 7, 7, 173, 36, 65), word("(E)", 190, 8, 240, 36, 86), word("100125", 299, 7, 421, 36, 93))), "eng");
    Scripted reader = new Scripted(band, cut);

    OcrPage reread = new FootBand(reader).reread(PAGE, read);

    assertThat(text(reread)).isEqualTo("25-00202 (E) 100125");
    assertThat(reader.asked).containsExactly("line 429x44", "band 2480x526");
  }

  @Test
  void keepsTheLineWhereReadingItAgainGivesLess() throws Exception {
    OcrLine line = line(word("25-00202", 273, 286, 439, 315, 92), word("il", 456, 287, 507, 378, 50),
        word("100125", 565, 286, 687, 315, 96));
    OcrPage garbled = new OcrPage(420, 44, List.of(line(word("2S-0O", 7, 7, 120, 36, 40), word("(E)", 190, 8, 240, 36, 90))), "eng");
    Scripted reader = new Scripted(null, garbled);

    assertThat(new FootBand(reader).cutToLetters(PAGE, line)).containsExactly(line);
    assertThat(reader.asked).containsExactly("line 429x44");
  }

  @Test
  void cutsTwoWordsRunIntoTheBarsWithTheirLine() throws Exception {
    // the job number's first digits and its letter both run into the bars ("i", "Hil"); "Please
    // recycle" stands lower, beside the QR code
    OcrLine line = line(word("i", 271, 286, 381, 378, 46), word("2716", 354, 286, 439, 315, 96),
        word("Hil", 448, 286, 517, 378, 53), word("110825", 565, 286, 684, 315, 96),
        word("Please", 1740, 316, 1837, 341, 96), word("recycle", 1851, 316, 1960, 348, 60));
    OcrPage cut = new OcrPage(420, 44, List.of(
        line(word("25-12716(E)", 7, 7, 250, 36, 90), word("110825", 299, 7, 421, 36, 96))), "eng");
    Scripted reader = new Scripted(null, cut);

    List<OcrLine> lines = new FootBand(reader).cutToLetters(PAGE, line);

    // from the first word's left (271) less a quarter of the letters' height (29), to 684 and as much more
    assertThat(reader.asked).containsExactly("line 428x44");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1).words()).extracting(OcrWord::text).containsExactly("Please", "recycle");
  }

  @Test
  void keepsALineWhoseWordsStandAtOneHeight() throws Exception {
    OcrLine even = line(word("25-00202", 273, 286, 439, 315, 92), word("(E)", 456, 287, 507, 316, 90));
    Scripted reader = new Scripted(null, null);

    assertThat(new FootBand(reader).cutToLetters(PAGE, even)).containsExactly(even);
    assertThat(reader.asked).isEmpty();
  }

  @Test
  void startsTheBandAboveALineItWouldCut() {
    OcrPage page = new OcrPage(2480, 3508, List.of(line(word("footnote", 300, 2960, 500, 3000, 90))), "eng");
    assertThat(FootBand.bandTop(page, 3508)).isEqualTo(2958);
  }

  @Test
  void keepsTheBaselineOfALineWhoseWordsRunIntoTheBarsWhenItsOtherWordsStandAlone() {
    // "(E)" read as "ili" run into the bars: the line's box reaches 63 pixels below its baseline
    OcrLine read = new OcrLine(List.of(word("24-24472", 273, 3085, 440, 3114, 89), word("ili", 449, 3085, 510, 3177, 58),
        word("311224", 560, 3085, 687, 3114, 96)), 273, 3085, 687, 3177, 0, -63, 51);
    OcrLine others = FootBand.withWords(read, read.words());
    // on the barcode's line (3177), what Tesseract read in the bars below would be built into it
    assertThat(others.baselineAt(300)).isEqualTo(3114f);
  }

  @Test
  void keepsThePagesReadingOfTheJobNumberWhereTheBandLostItsDashButReadMoreSurely() {
    OcrPage page = new OcrPage(2480, 3508, List.of(
        line(word("25-12716(E)", 280, 3085, 520, 3114, 37), word("110825", 564, 3085, 684, 3114, 91)),
        line(word("Please", 1740, 3115, 1837, 3141, 69), word("recycle", 1851, 3115, 1960, 3148, 60))), "eng");
    List<OcrLine> band = List.of(
        line(word("2512716", 280, 3085, 450, 3114, 0), word("(E)", 470, 3085, 520, 3114, 70),
            word("110825,", 564, 3085, 700, 3114, 23)),
        line(word("Please", 1740, 3115, 1837, 3141, 96), word("recycle", 1851, 3115, 1960, 3148, 95)));
    assertThat(text(FootBand.merged(page, band, 2980))).isEqualTo("25-12716(E) 110825 Please recycle");
  }

  @Test
  void takesTheBandsReadingWhereOnlyItReadsTheJobNumber() {
    OcrPage page = new OcrPage(2480, 3508, List.of(
        line(word("Please", 1740, 3115, 1837, 3141, 96), word("recycle", 1851, 3115, 1960, 3148, 95))), "eng");
    List<OcrLine> band = List.of(line(word("25-12716", 280, 3085, 450, 3114, 40), word("(E)", 470, 3085, 520, 3114, 50)),
        line(word("Please", 1740, 3115, 1837, 3141, 80), word("recycle", 1851, 3115, 1960, 3148, 60)));
    assertThat(text(FootBand.merged(page, band, 2980))).isEqualTo("25-12716 (E) Please recycle");
  }
}
