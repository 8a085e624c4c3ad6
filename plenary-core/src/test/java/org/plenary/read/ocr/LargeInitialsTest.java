package org.plenary.read.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words set in letters of two sizes on one baseline, drawn as a masthead prints its symbol (a large
 * series letter, the rest small), and read again with the large letters brought down to the small
 * ones' height; the reader stands in for Tesseract and notes the images it is given.
 */
class LargeInitialsTest {
  private static final int SMALL = 30;
  private static final int LARGE = 64;
  /** The size Tesseract gives the page's body lines: smaller than the masthead's letters. */
  private static final int BODY = 20;

  /** A white page with the parts drawn from x = 100 on one baseline at y = 200, alternately large and small. */
  private static PageImage page(String... parts) {
    BufferedImage image = new BufferedImage(1000, 1200, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
    int x = 100;
    for (int i = 0; i < parts.length; i++) {
      g.setFont(new Font(Font.SERIF, Font.PLAIN, i % 2 == 0 ? LARGE : SMALL));
      g.drawString(parts[i], x, 200);
      x += g.getFontMetrics().stringWidth(parts[i]);
    }
    g.dispose();
    return new PageImage(image, 300);
  }

  /** The box of the ink on the page, as Tesseract boxes a word. */
  private static OcrWord inkBox(PageImage page, String text, float confidence) {
    Raster raster = page.image().getRaster();
    int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = 0, bottom = 0;
    for (int y = 0; y < page.height(); y++) {
      for (int x = 0; x < page.width(); x++) {
        if (raster.getSample(x, y, 0) < 128) {
          left = Math.min(left, x);
          top = Math.min(top, y);
          right = Math.max(right, x + 1);
          bottom = Math.max(bottom, y + 1);
        }
      }
    }
    return new OcrWord(text, left, top, right, bottom, confidence);
  }

  /** How many times its typical column of ink the tallest one is: about 1 where the letters have one height. */
  private static float tallestToTypicalColumn(BufferedImage image) {
    Raster raster = image.getRaster();
    List<Integer> heights = new ArrayList<>();
    for (int x = 0; x < image.getWidth(); x++) {
      int top = -1, bottom = -1;
      for (int y = 0; y < image.getHeight(); y++) {
        if (raster.getSample(x, y, 0) < 128) {
          top = top < 0 ? y : top;
          bottom = y;
        }
      }
      if (top >= 0) {
        heights.add(bottom - top + 1);
      }
    }
    heights.sort(null);
    return (float) heights.get(heights.size() - 1) / heights.get(heights.size() / 2);
  }

  private static final class Reader implements LargeInitials.Reader {
    final List<BufferedImage> asked = new ArrayList<>();
    final String text;
    final float confidence;

    Reader(String text, float confidence) {
      this.text = text;
      this.confidence = confidence;
    }

    @Override
    public OcrPage readLine(PageImage image) {
      asked.add(image.image());
      OcrWord word = new OcrWord(text, 10, 10, image.width() - 10, image.height() - 10, confidence);
      return new OcrPage(image.width(), image.height(), List.of(new OcrLine(List.of(word), 10, 10,
          image.width() - 10, image.height() - 10, 0, 0, SMALL)), "eng");
    }
  }

  /** A page of body lines of the small size, and the masthead line holding the words given. */
  private static OcrPage read(OcrWord... masthead) {
    List<OcrLine> lines = new ArrayList<>();
    OcrWord first = masthead[0];
    OcrWord last = masthead[masthead.length - 1];
    lines.add(new OcrLine(List.of(masthead), first.left(), first.top(), last.right(), last.bottom(), 0, 0, LARGE));
    for (int i = 0; i < 5; i++) {
      OcrWord body = new OcrWord("text", 100, 240 + 10 * i, 150, 248 + 10 * i, 95);
      lines.add(new OcrLine(List.of(body), 100, 240 + 10 * i, 150, 248 + 10 * i, 0, 0, BODY));
    }
    return new OcrPage(1000, 1200, lines, "eng");
  }

  @Test
  void bringsTheLargeInitialDownToTheSmallLettersBeforeReadingTheWordAgain() throws Exception {
    PageImage page = page("A", "/RES/80/246");
    OcrWord misread = inkBox(page, "Avres/80/246", 32);
    Reader reader = new Reader("A/RES/80/246", 92);

    OcrPage again = new LargeInitials(reader).reread(page, read(misread));

    assertThat(again.lines().get(0).words()).extracting(OcrWord::text).containsExactly("A/RES/80/246");
    // read as drawn and enlarged to the large letter's height
    assertThat(reader.asked).hasSize(2);
    assertThat(reader.asked.get(1).getHeight()).isGreaterThan(reader.asked.get(0).getHeight() * 3 / 2);
    // the large A (some 45 pixels of capital against 20) now stands no taller than the small capitals and the slashes
    assertThat(tallestToTypicalColumn(page.image())).isGreaterThan(1.8f);
    assertThat(tallestToTypicalColumn(reader.asked.get(0))).isLessThan(1.4f);
    // and the word is boxed at their height, not taken for a picture by its size
    assertThat(again.lines().get(0).words().get(0).height()).isLessThan(misread.height() * 2 / 3);
  }

  @Test
  void readsAJointSymbolWholeWhereTesseractCutItAtItsSecondLargeLetter() throws Exception {
    PageImage page = page("A", "/79/756-", "S", "/2025/61");
    OcrWord whole = inkBox(page, "", 0);
    float cut = whole.left() + (whole.right() - whole.left()) * 0.62f;
    OcrWord left = new OcrWord("Av79/756-$", whole.left(), whole.top(), cut, whole.bottom(), 17);
    OcrWord right = new OcrWord("2025/61", cut + 12, whole.top() + 20, whole.right(), whole.bottom(), 29);
    Reader reader = new Reader("A/79/756-S/2025/61", 87);

    OcrPage again = new LargeInitials(reader).reread(page, read(left, right));

    assertThat(again.lines().get(0).words()).extracting(OcrWord::text).containsExactly("A/79/756-S/2025/61");
  }

  @Test
  void keepsTheWordWhereTheReadingAgainIsLessSure() throws Exception {
    PageImage page = page("A", "/RES/80/246");
    OcrWord read = inkBox(page, "A/RES/80/246", 90);

    OcrPage again = new LargeInitials(new Reader("A/RES/8O/246", 70)).reread(page, read(read));

    assertThat(again.lines().get(0).words()).extracting(OcrWord::text).containsExactly("A/RES/80/246");
  }

  @Test
  void keepsTheSymbolThePageReadWithoutConfidenceAgainstASurerReadingThatIsNone() throws Exception {
    PageImage page = page("S", "/2025/191");
    OcrWord read = inkBox(page, "S/2025/191", 0);

    OcrPage again = new LargeInitials(new Reader("8/2025/191", 71)).reread(page, read(read));

    assertThat(again.lines().get(0).words()).extracting(OcrWord::text).containsExactly("S/2025/191");
  }

  @Test
  void leavesATallWordBelowTheMastheadToTheFootBand() throws Exception {
    PageImage page = page("A", "/RES/80/246");
    OcrWord high = inkBox(page, "Avres/80/246", 32);
    OcrWord low = new OcrWord(high.text(), high.left(), high.top() + 900, high.right(), high.bottom() + 900, 32);
    Reader reader = new Reader("A/RES/80/246", 92);

    OcrPage again = new LargeInitials(reader).reread(page, read(low));

    assertThat(again.lines().get(0).words()).extracting(OcrWord::text).containsExactly("Avres/80/246");
    assertThat(reader.asked).isEmpty();
  }

  @Test
  void leavesAWordOfOneSizeAlone() throws Exception {
    PageImage page = page("ASSEMBLY");
    Reader reader = new Reader("anything", 99);

    OcrPage again = new LargeInitials(reader).reread(page, read(inkBox(page, "ASSEMBLY", 60)));

    assertThat(again.lines().get(0).words()).extracting(OcrWord::text).containsExactly("ASSEMBLY");
    assertThat(reader.asked).isEmpty();
  }

  @Test
  void joinsTheWordsTesseractPartedInsideTheSymbolButNotAPartLetter() {
    OcrPage parted = new OcrPage(600, 80, List.of(new OcrLine(List.of(
        new OcrWord("A/RES/78/28", 25, 12, 561, 75, 61), new OcrWord("1", 521, 12, 560, 75, 61),
        new OcrWord("B", 585, 12, 620, 75, 90)), 25, 12, 620, 75, 0, 0, 63)), "eng");
    assertThat(LargeInitials.joined(parted)).isEqualTo("A/RES/78/281 B");
  }
}
