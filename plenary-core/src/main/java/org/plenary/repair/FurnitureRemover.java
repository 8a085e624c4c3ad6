package org.plenary.repair;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.model.Furniture;
import org.plenary.read.Cancellation;

/**
 * Takes page furniture out of the running text and keeps it aside: the job number line
 * ("20-12655 (E)    011020"), the barcode ("*2012655*"), page numbers ("2/3"), "Please recycle",
 * and running headers that repeat the symbol on every page. The same furniture run inside one long
 * line (text flattened by a web page) is cut out of the line. The first occurrence of a symbol line
 * is the masthead's and stays.
 */
final class FurnitureRemover {
  static final String SYMBOL = "(?:[A-Z]{1,6}(?:\\.\\d+)?/)+[A-Za-z0-9.\\-/()]*[A-Za-z0-9)]";
  /**
   * "20-12655 (E)", "GE.08-13668 (E)", an older Geneva print's "GE.01-23093", a reissue's "25-03579* (E)";
   * as a scan may read it: its letter in Cyrillic ("(В)" for "(R)"), its closing parenthesis lost,
   * a space after its dash, its letter lost before the date of printing ("25-05394 080425"; see
   * {@code MastheadPhrases.JOB}).
   */
  private static final String JOB = "(?:(?:GE|V)\\.\\d{2}-\\d{5}\\*?(?:\\s*\\([A-Z\\p{IsCyrillic}]\\))?|\\d{2}-\\s?\\d{5}\\*?\\s*\\([A-Z\\p{IsCyrillic}](?:\\)|(?=\\s|$))|\\d{2}-\\d{5}(?=\\s+\\d{6}(?!\\d)))";
  private static final Pattern JOB_LINE = Pattern.compile(
      "^(" + JOB + ")(?:\\s+\\d{6,7}){0,2}\\s*(\\*\\d{7,8}\\*)?$");
  private static final Pattern BARCODE_LINE = Pattern.compile("^\\*\\d{7,8}\\*$");
  private static final Pattern PAGE_NUMBER_LINE = Pattern.compile("^(?:\\d{1,3}/\\d{1,3}|-\\s*\\d{1,3}\\s*-)$");
  private static final Pattern RECYCLE_LINE = Pattern.compile("^Please recycle\\b.*$", Pattern.CASE_INSENSITIVE);
  /**
   * One or more symbols, apart or joined by a dash. Atomic and possessive, so the match never
   * backtracks across symbols nor recurses once per symbol: a line of hundreds of them costs one
   * pass.
   */
  private static final Pattern SYMBOL_LINE = Pattern.compile(
      "^(?>" + SYMBOL + ")(?>\\s*+[\\-\u2013\u2014]?+\\s*+(?>" + SYMBOL + "))*+\\*?$");
  /** Longer than any running header of symbols: a longer line is text, not furniture. */
  private static final int MAX_SYMBOL_LINE = 200;
  /** Job number, dates, barcode and the next page's running header inside a flattened line. */
  private static final Pattern INLINE_RUN = Pattern.compile(
      "\\s(" + JOB + ")(?:\\s+\\d{6,7}){0,2}\\s*\\*\\d{7,8}\\*((?:\\s+" + SYMBOL + "\\*?){0,2})(?=\\s|$)");

  List<TextLine> remove(List<TextLine> lines, List<Furniture> removed) {
    List<TextLine> out = new ArrayList<>(lines.size());
    Set<String> symbolLines = new HashSet<>();
    boolean afterFooter = false;
    for (TextLine line : lines) {
      Cancellation.checkpoint();
      String text = line.text().strip();
      Furniture.Kind kind = kindOf(text, symbolLines);
      if (kind == null && afterFooter && isSymbolLine(text)) {
        // the symbol printed right after a page's footer heads the next page
        kind = Furniture.Kind.RUNNING_HEADER;
      }
      if (kind != null) {
        removed.add(new Furniture(kind, text, line.page()));
        afterFooter = endsPage(kind, afterFooter);
        continue;
      }
      afterFooter = false;
      out.add(cutInline(line, removed));
    }
    return out;
  }

  /** The kind of furniture a whole line is, or null; the first line of a symbol stays (masthead). */
  static Furniture.Kind kindOf(String text, Set<String> symbolLines) {
    if (JOB_LINE.matcher(Cancellation.watched(text)).matches()) {
      return Furniture.Kind.JOB_NUMBER;
    }
    if (BARCODE_LINE.matcher(Cancellation.watched(text)).matches()) {
      return Furniture.Kind.BARCODE;
    }
    if (PAGE_NUMBER_LINE.matcher(Cancellation.watched(text)).matches()) {
      return Furniture.Kind.PAGE_NUMBER;
    }
    if (RECYCLE_LINE.matcher(Cancellation.watched(text)).matches()) {
      return Furniture.Kind.RECYCLE_NOTICE;
    }
    if (isSymbolLine(text) && !symbolLines.add(text.replaceAll("\\s+", ""))) {
      return Furniture.Kind.RUNNING_HEADER;
    }
    return null;
  }

  private static TextLine cutInline(TextLine line, List<Furniture> removed) {
    Matcher m = INLINE_RUN.matcher(Cancellation.watched(line.text()));
    if (!m.find()) {
      return line;
    }
    StringBuilder out = new StringBuilder();
    int last = 0;
    do {
      removed.add(new Furniture(Furniture.Kind.JOB_NUMBER, m.group(1), line.page()));
      if (!m.group(2).isBlank()) {
        removed.add(new Furniture(Furniture.Kind.RUNNING_HEADER, m.group(2).strip(), line.page()));
      }
      out.append(line.text(), last, m.start());
      last = m.end();
    } while (m.find());
    out.append(line.text(), last, line.text().length());
    return line.withText(out.toString());
  }

  /** Whether the furniture just seen is a page's footer (or the header run right after one). */
  static boolean endsPage(Furniture.Kind kind, boolean afterFooter) {
    return kind == Furniture.Kind.JOB_NUMBER || kind == Furniture.Kind.BARCODE || kind == Furniture.Kind.PAGE_NUMBER
        || afterFooter && kind == Furniture.Kind.RUNNING_HEADER;
  }

  /** Whether a whole line is one or more document symbols ("A/75/356 S/2020/947"). */
  static boolean isSymbolLine(String text) {
    return text.length() <= MAX_SYMBOL_LINE && SYMBOL_LINE.matcher(Cancellation.watched(text)).matches();
  }
}
