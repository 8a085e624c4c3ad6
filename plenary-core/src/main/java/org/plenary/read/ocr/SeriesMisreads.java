package org.plenary.read.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.plenary.symbol.Symbols;

/**
 * Puts back the series letter of a masthead symbol that a scan read as the digit it resembles: the
 * S of "S/8259" read as "5/8259" (or "8/2025/191", "9/..."), the A of "A/75/356" as "4/75/356". A
 * symbol's first component is never a digit, so a word that opens with one digit and a slash, alone on
 * its line in a first page's masthead, where a UN masthead prints its symbol on a line of its own,
 * is that symbol misread wherever the word, its digit read as the letter, is one whole symbol. A
 * date ("5/12/1967") is left as it was; so is any such word elsewhere on the page, where it may be
 * a fraction or a count.
 */
final class SeriesMisreads {
  /** The share of the first page's height the masthead stands in. */
  static final double MASTHEAD = 1.0 / 3;
  /** The single-letter series and the digits a scan reads them as. */
  private static final Map<Character, Character> LETTER_OF_DIGIT = Map.of('5', 'S', '8', 'S', '9', 'S', '4', 'A');
  /** One digit, a slash and a number of two digits at least ("5/8" is a fraction, not S/8). */
  private static final Pattern DIGIT_FOR_SERIES = Pattern.compile("\\d/\\d{2}.*");
  private static final Pattern DATE = Pattern.compile("\\d/[01]?\\d/(?:\\d{2}|\\d{4})\\p{P}?");

  private SeriesMisreads() {}

  /** The page with the masthead's symbol's series letter put back, or the page as it was. */
  static OcrPage reread(OcrPage page) {
    List<OcrLine> lines = new ArrayList<>(page.lines().size());
    boolean changed = false;
    for (OcrLine line : page.lines()) {
      String symbol = line.top() < MASTHEAD * page.height() && line.words().size() == 1
          ? symbol(line.words().get(0).text()) : null;
      if (symbol == null) {
        lines.add(line);
        continue;
      }
      OcrWord w = line.words().get(0);
      lines.add(new OcrLine(List.of(new OcrWord(symbol, w.left(), w.top(), w.right(), w.bottom(), w.confidence())),
          line.left(), line.top(), line.right(), line.bottom(), line.baselineSlope(), line.baselineOffset(), line.size()));
      changed = true;
    }
    return changed ? new OcrPage(page.width(), page.height(), lines, page.model()) : page;
  }

  /** The word as the symbol it misreads, or null where it is none. */
  static String symbol(String word) {
    String text = word.strip();
    if (!DIGIT_FOR_SERIES.matcher(text).matches() || DATE.matcher(text).matches()) {
      return null;
    }
    Character letter = LETTER_OF_DIGIT.get(text.charAt(0));
    if (letter == null || !Symbols.find(text).isEmpty()) {
      return null;
    }
    String read = letter + text.substring(1);
    List<Symbols.Found> found = Symbols.find(read);
    return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == read.length() ? read : null;
  }
}
