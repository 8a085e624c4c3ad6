package org.plenary.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.model.Furniture;
import org.plenary.model.Line;
import org.plenary.model.Page;
import org.plenary.model.Pages;
import org.plenary.read.Cancellation;

/**
 * Takes page furniture out of a PDF's lines by position and repetition. Only lines in the top and
 * bottom bands of the pages are candidates; a candidate is furniture when it reads as furniture
 * ({@link FurnitureRemover}'s job number, barcode, page number, "Please recycle"), when it is a bare
 * number, when it is a symbol line on a page after the first (the running header), or when the
 * same line (digits aside) stands at the same height on several pages (a running header or
 * footer). Outside the bands only lines that read as furniture wherever they stand go (a job
 * number line). The first page's masthead keeps its symbol.
 */
final class PdfFurnitureRemover {
  /** Share of the text's height that counts as the top or bottom band. */
  private static final float BAND = 0.08f;
  /** Longer than a running header of a symbol and a title. */
  private static final int MAX_TITLED_HEADER = 160;
  /**
   * A symbol, a column gap (a run of spaces) and a title, or the title first; the title itself
   * holds no column gap.
   */
  private static final Pattern TITLED_HEADER = Pattern.compile(
      "(\\S+)\\s{3,}(\\S+(?:\\s{1,2}\\S+)*)|(\\S+(?:\\s{1,2}\\S+)*)\\s{3,}(\\S+)");
  /** Points two lines may differ in height and still stand at the same place. */
  private static final float SAME_PLACE = 3f;

  List<PlacedLine> remove(Pages pages, List<Furniture> removed) {
    float top = Float.MAX_VALUE;
    float bottom = -Float.MAX_VALUE;
    for (Line line : pages.lines()) {
      Cancellation.checkpoint();
      top = Math.min(top, line.y());
      bottom = Math.max(bottom, line.y());
    }
    float band = Math.max(BAND * (bottom - top), 0);
    Map<String, List<float[]>> places = repeatedPlaces(pages, top + band, bottom - band);
    List<PlacedLine> out = new ArrayList<>();
    Set<String> symbolLines = new HashSet<>();
    boolean afterFurniture = false;
    boolean afterFooter = false;
    for (Page page : pages.pages()) {
      boolean first = true;
      for (Line line : page.lines()) {
        Cancellation.checkpoint();
        String text = line.text().strip();
        boolean inBand = line.y() <= top + band || line.y() >= bottom - band;
        // outside the bands only what reads as furniture wherever it stands (a job number line)
        Furniture.Kind kind = inBand
            ? kindOf(text, line, page.number(), places, symbolLines, line.y() <= top + band)
            : FurnitureRemover.kindOf(text, symbolLines);
        if (kind == null && first && page.number() > 1 && line.y() <= top + band && isTitledHeader(line.text())) {
          kind = Furniture.Kind.RUNNING_HEADER;
        }
        first = false;
        if (kind == null && afterFooter && FurnitureRemover.isSymbolLine(text)) {
          kind = Furniture.Kind.RUNNING_HEADER; // the symbol right after a footer heads the next page
        }
        afterFooter = FurnitureRemover.endsPage(kind, afterFooter);
        if (kind != null) {
          removed.add(new Furniture(kind, text, page.number()));
          afterFurniture = true;
        } else {
          out.add(new PlacedLine(line, page.number(), afterFurniture));
          afterFurniture = false;
        }
      }
    }
    return out;
  }

  private static Furniture.Kind kindOf(String text, Line line, int page, Map<String, List<float[]>> places,
      Set<String> symbolLines, boolean top) {
    if (text.matches("[-\u2013 ]*\\d{1,4}[-\u2013 ]*")) {
      return Furniture.Kind.PAGE_NUMBER;
    }
    if (FurnitureRemover.isSymbolLine(text)) {
      // on the first page the masthead's symbol, on the others the running header
      return page > 1 && top ? Furniture.Kind.RUNNING_HEADER : FurnitureRemover.kindOf(text, symbolLines);
    }
    Furniture.Kind kind = FurnitureRemover.kindOf(text, symbolLines);
    if (kind != null) {
      return kind;
    }
    List<float[]> seen = places.getOrDefault(key(text), List.of());
    long pages = seen.stream().filter(p -> Math.abs(p[1] - line.y()) <= SAME_PLACE).map(p -> p[0]).distinct().count();
    return pages >= 2 ? Furniture.Kind.RUNNING_HEADER : null;
  }

  /**
   * Whether a line is a running header that prints the document's title beside its symbol, a column
   * apart: "A/RES/80/246      Working Capital Fund for 2026" on a left page, the title first on a
   * right one. A page of only two pages has no repetition to show it.
   */
  static boolean isTitledHeader(String text) {
    String line = text.strip();
    if (line.length() > MAX_TITLED_HEADER) {
      return false;
    }
    Matcher m = TITLED_HEADER.matcher(line);
    if (!m.matches()) {
      return false;
    }
    String symbol = m.group(1) != null ? m.group(1) : m.group(4);
    String title = m.group(1) != null ? m.group(2) : m.group(3);
    return FurnitureRemover.isSymbolLine(symbol) && symbol.chars().anyMatch(Character::isDigit)
        && title.chars().anyMatch(Character::isLetter);
  }

  /** Where each band line's text (digits aside) stands: page and height. */
  private static Map<String, List<float[]>> repeatedPlaces(Pages pages, float topLimit, float bottomLimit) {
    Map<String, List<float[]>> places = new HashMap<>();
    for (Page page : pages.pages()) {
      for (Line line : page.lines()) {
        Cancellation.checkpoint();
        if (line.y() <= topLimit || line.y() >= bottomLimit) {
          places.computeIfAbsent(key(line.text()), k -> new ArrayList<>()).add(new float[] {page.number(), line.y()});
        }
      }
    }
    return places;
  }

  private static String key(String text) {
    return squeeze(text).replaceAll("\\d", "#");
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }
}
