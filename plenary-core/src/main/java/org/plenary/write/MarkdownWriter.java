package org.plenary.write;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.plenary.model.AgendaItem;
import org.plenary.model.Annex;
import org.plenary.model.Block;
import org.plenary.model.Document;
import org.plenary.model.Signatory;
import org.plenary.read.akn.AknNames;

/**
 * Writes a document as CommonMark: the masthead as a table, the title as a heading, the body with
 * its paragraph numbers, headings, quotes, tables (as preformatted text) and footnotes (as
 * superscript numbers, since the text keeps no marker to link them from), the
 * signature block, and each annex as a section of its own. Every text is escaped so that nothing in
 * it is read as markup, and characters XML 1.0 forbids (control characters) are left out.
 * Thread-safe.
 */
public final class MarkdownWriter {
  /** What CommonMark reads as a block start at the beginning of a line: a list, a heading, a quote, a break. */
  private static final Pattern BLOCK_START = Pattern.compile("^(?:[#>+=~-]|\\d{1,9}[.)]|\\s{4})");
  private static final Pattern BACKTICKS = Pattern.compile("`+");

  public String write(Document d) {
    StringBuilder out = new StringBuilder();
    masthead(out, d);
    if (d.title() != null && !d.title().isBlank()) {
      out.append("# ").append(inline(d.title())).append("\n\n");
    }
    blocks(out, d.body(), 2);
    for (Signatory s : d.signatories()) {
      out.append("**").append(inline(s.name())).append("**");
      for (String t : s.titles()) {
        out.append("  \n").append(inline(t));
      }
      out.append("\n\n");
    }
    for (Annex a : d.annexes()) {
      out.append("## ").append(inline(a.label())).append("\n\n");
      if (a.title() != null && !a.title().isBlank()) {
        out.append("### ").append(inline(a.title())).append("\n\n");
      }
      if (a.date() != null) {
        out.append("*").append(a.date()).append("*\n\n");
      }
      blocks(out, a.body(), 4);
    }
    return out.toString().stripTrailing() + "\n";
  }

  private static void masthead(StringBuilder out, Document d) {
    List<String[]> rows = new ArrayList<>();
    row(rows, "Symbols", String.join(", ", d.symbols()));
    row(rows, "Organs", d.organs().stream().map(o -> AknNames.organ(o).showAs()).collect(Collectors.joining(", ")));
    row(rows, "Session", d.session());
    row(rows, "Security Council year", d.securityCouncilYear());
    row(rows, "Agenda items", d.agendaItems().stream().map(MarkdownWriter::item).collect(Collectors.joining("; ")));
    row(rows, "Distribution", d.distribution() == null ? null : d.distribution().label());
    row(rows, "Date", d.date());
    row(rows, "Language", d.language().englishName());
    row(rows, "Original", d.originalLanguage() == null ? null : d.originalLanguage().englishName());
    row(rows, "Type", d.type().id());
    row(rows, "Letter date", d.letterDate());
    if (d.author() != null) {
      row(rows, "Author", d.author().name() + (d.author().state() == null ? "" : " (" + d.author().state() + ")")
          + (d.author().role() == null ? "" : ", " + d.author().role()));
    }
    row(rows, "Addressees", String.join(", ", d.addressees()));
    row(rows, "Job number", d.jobNumber());
    out.append("| Field | Value |\n|---|---|\n");
    for (String[] r : rows) {
      out.append("| ").append(r[0]).append(" | ").append(inline(r[1])).append(" |\n");
    }
    out.append('\n');
  }

  private static String item(AgendaItem item) {
    String n = item.number() + (item.subItem() == null ? "" : " " + item.subItem());
    return n + (item.title() == null ? "" : " " + item.title()) + (item.provisional() ? " (provisional agenda)" : "");
  }

  private static void row(List<String[]> rows, String name, Object value) {
    if (value != null && !value.toString().isEmpty()) {
      rows.add(new String[] {name, value.toString()});
    }
  }

  /** The blocks of a body; its headings at {@code level}. */
  private static void blocks(StringBuilder out, List<Block> blocks, int level) {
    for (Block b : blocks) {
      String number = b.number() == null ? "" : inline(b.number()) + " ";
      switch (b.kind()) {
        case HEADING -> out.append("#".repeat(level)).append(' ').append(number).append(inline(b.text()));
        case QUOTE -> out.append("> ").append(number).append(lines(b.text()).replace("  \n", "  \n> "));
        case FOOTNOTE -> out.append("<sup>").append(number.strip()).append("</sup> ").append(lines(b.text()));
        case TABLE -> out.append(number).append(number.isEmpty() ? "" : "\n\n").append(preformatted(b.text()));
        case SIGNATURE -> out.append("**").append(number).append(lines(b.text())).append("**");
        default -> out.append(number).append(lines(b.text()));
      }
      out.append("\n\n");
    }
  }

  /** The lines of a block as one Markdown paragraph with hard line breaks between them. */
  private static String lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).map(MarkdownWriter::inline)
        .collect(Collectors.joining("  \n"));
  }

  /** A table's text as a fenced block, with a fence longer than any run of backticks in it. */
  private static String preformatted(String text) {
    String clean = XmlText.clean(text);
    int longest = 2;
    Matcher m = BACKTICKS.matcher(clean);
    while (m.find()) {
      longest = Math.max(longest, m.group().length());
    }
    String fence = "`".repeat(longest + 1);
    return fence + "text\n" + clean.strip() + "\n" + fence;
  }

  /** Escapes what Markdown would read as markup, inside a line or at its start; one line. */
  static String inline(String text) {
    String s = XmlText.clean(text).strip().replaceAll("\\s*[\\n\\r]+\\s*", " ")
        .replaceAll("([\\\\`*_\\[\\]<>|!&])", "\\\\$1");
    Matcher start = BLOCK_START.matcher(s);
    if (start.find()) {
      String lead = start.group();
      s = lead.isBlank() ? s.strip() : lead.matches("\\d+[.)]")
          ? lead.substring(0, lead.length() - 1) + "\\" + lead.charAt(lead.length() - 1) + s.substring(lead.length())
          : "\\" + s;
    }
    return s;
  }
}
