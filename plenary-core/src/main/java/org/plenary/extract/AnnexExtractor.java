package org.plenary.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import org.plenary.lang.DateReader;
import org.plenary.model.Annex;
import org.plenary.model.Block;
import org.plenary.model.DocumentTree;
import org.plenary.read.Cancellation;

/**
 * Annexes: the label as printed ("Annex I", "附件一"), its number, the annex's own title and date
 * (the first date of its title lines), and its body.
 */
final class AnnexExtractor {
  private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\[[^\\]]{1,60}\\]");

  List<Annex> read(Context ctx) {
    List<Annex> out = new ArrayList<>();
    for (DocumentTree.Part part : ctx.tree.annexes()) {
      Cancellation.checkpoint();
      String labelText = part.label().text().strip();
      String label = labelText;
      Integer number = null;
      Optional<Matcher> m = ctx.pack.find("annex.label", labelText);
      if (m.isPresent()) {
        String printed = Found.group(m.get(), "label");
        label = printed == null ? m.get().group().strip() : printed.strip();
        number = number(ctx, Found.group(m.get(), "n"));
      } else {
        Optional<Matcher> of = Found.first(ctx.pattern("annex.of"), labelText);
        if (of.isPresent()) {
          label = labelText.substring(0, of.get().end()).replaceFirst("\\s+\\S+\\s+\\S+\\s+\\S+$", "").strip();
        }
      }
      List<String> headings = new ArrayList<>();
      DateReader.Found dateLine = null;
      for (Block b : part.heading()) {
        String line = b.text().strip();
        DateReader.Found found = ctx.pack.dates().first(line).orElse(null);
        if (found != null && isDateLine(line, found)) {
          // the annex's date under its title, not part of it; an annex without a title has only its dateline
          dateLine = dateLine == null ? found : dateLine;
        } else if (!BRACKETED.matcher(line).matches()) {
          headings.add(line); // "[English only]", "[Original: French]" say how it is issued
        }
      }
      String title = headings.isEmpty() ? null : headings.get(0);
      for (int k = 1; k < headings.size() && wrapsOn(ctx, title, headings.get(k)); k++) {
        title = title + " " + headings.get(k); // a title wrapped over hard breaks; a subtitle or section heading stays apart
      }
      DateReader.Found date = title == null ? dateLine : ctx.pack.dates().first(title).orElse(dateLine);
      out.add(new Annex(label, number, title, date == null ? null : date.date(), part.body()));
    }
    return out;
  }

  /** Whether a line goes on the title before it: that one ends on a small word or a mark that cannot close it, or this one starts in lower case. */
  private static boolean wrapsOn(Context ctx, String title, String line) {
    if (Character.isLowerCase(line.codePointAt(0)) || ",:;-\u2013(".indexOf(title.charAt(title.length() - 1)) >= 0) {
      return true;
    }
    String last = title.substring(title.lastIndexOf(' ') + 1);
    return Found.matchesWhole(ctx.pattern("agenda.glue"), last);
  }

  /** Whether a line is a date, alone or after a place ("Geneva, 27 January 2025"). */
  private static boolean isDateLine(String line, DateReader.Found date) {
    String before = line.substring(0, date.start()).strip();
    return line.substring(date.end()).replaceAll("[\\s.]", "").isEmpty()
        && (before.isEmpty() || before.endsWith(",") && before.split("\\s+").length <= 4);
  }

  private static Integer number(Context ctx, String printed) {
    if (printed == null || printed.isBlank()) {
      return null;
    }
    String s = printed.strip();
    if (s.matches("\\d+")) {
      return Integer.parseInt(s);
    }
    Integer roman = roman(s);
    if (roman != null) {
      return roman;
    }
    OptionalInt n = ctx.pack.numbers().read(s);
    return n.isPresent() ? n.getAsInt() : null;
  }

  static Integer roman(String s) {
    if (!s.matches("[IVXLC]+")) {
      return null;
    }
    int total = 0;
    int previous = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v = switch (s.charAt(i)) {
        case 'I' -> 1;
        case 'V' -> 5;
        case 'X' -> 10;
        case 'L' -> 50;
        default -> 100;
      };
      total += v < previous ? -v : v;
      previous = Math.max(previous, v);
    }
    return total;
  }
}
