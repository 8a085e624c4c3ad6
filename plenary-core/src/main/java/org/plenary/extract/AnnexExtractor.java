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
      for (Block b : part.heading()) {
        headings.add(b.text().strip());
      }
      String title = headings.isEmpty() ? null : String.join(" ", headings);
      DateReader.Found date = title == null ? null : ctx.pack.dates().first(title).orElse(null);
      out.add(new Annex(label, number, title, date == null ? null : date.date(), part.body()));
    }
    return out;
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
