package org.plenary.write;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.plenary.model.AgendaItem;
import org.plenary.model.Annex;
import org.plenary.model.Block;
import org.plenary.model.BlockKind;
import org.plenary.model.Document;
import org.plenary.model.Organ;
import org.plenary.model.Signatory;

/**
 * Writes a document as Markdown: the masthead as a table, the title as a heading, numbered
 * paragraphs, the signature, and each annex as a section of its own.
 */
public final class MarkdownWriter {

  public String write(Document d) {
    StringBuilder out = new StringBuilder();
    List<String[]> rows = new ArrayList<>();
    row(rows, "Symbols", String.join(", ", d.symbols()));
    row(rows, "Organs", d.organs().stream().map(Organ::name).collect(Collectors.joining(", ")));
    row(rows, "Session", d.session());
    row(rows, "Security Council year", d.securityCouncilYear());
    row(rows, "Agenda items", d.agendaItems().stream().map(MarkdownWriter::item).collect(Collectors.joining("; ")));
    row(rows, "Distribution", d.distribution() == null ? null : d.distribution().label());
    row(rows, "Date", d.date());
    row(rows, "Original", d.originalLanguage() == null ? null : d.originalLanguage().englishName());
    row(rows, "Language", d.language().englishName());
    row(rows, "Type", d.type().id());
    row(rows, "Letter date", d.letterDate());
    row(rows, "Author", d.author() == null ? null : d.author().name()
        + (d.author().state() == null ? "" : " (" + d.author().state() + ")"));
    row(rows, "Addressees", String.join(", ", d.addressees()));
    row(rows, "Job number", d.jobNumber());
    out.append("| Field | Value |\n|---|---|\n");
    for (String[] r : rows) {
      out.append("| ").append(r[0]).append(" | ").append(cell(r[1])).append(" |\n");
    }
    out.append('\n');
    if (d.title() != null) {
      out.append("# ").append(inline(d.title())).append("\n\n");
    }
    blocks(out, d.body());
    for (Signatory s : d.signatories()) {
      out.append("*(Signed)* **").append(inline(s.name())).append("**");
      for (String t : s.titles()) {
        out.append("  \n").append(inline(t));
      }
      out.append("\n\n");
    }
    for (Annex a : d.annexes()) {
      out.append("## ").append(inline(a.label()));
      if (a.title() != null) {
        out.append(": ").append(inline(a.title()));
      }
      out.append("\n\n");
      blocks(out, a.body());
    }
    return out.toString().stripTrailing() + "\n";
  }

  private static String item(AgendaItem item) {
    String n = item.number() + (item.subItem() == null ? "" : " " + item.subItem());
    return item.title() == null ? n : n + " " + item.title();
  }

  private static void row(List<String[]> rows, String name, Object value) {
    if (value != null && !value.toString().isEmpty()) {
      rows.add(new String[] {name, value.toString()});
    }
  }

  private static void blocks(StringBuilder out, List<Block> blocks) {
    for (Block b : blocks) {
      if (b.kind() == BlockKind.HEADING) {
        out.append("### ").append(inline(b.text())).append("\n\n");
        continue;
      }
      if (b.number() != null) {
        out.append(b.number().matches("\\d+\\.") ? b.number().replace(".", "\\.") : b.number()).append(' ');
      }
      out.append(inline(b.text())).append("\n\n");
    }
  }

  /** Escapes what Markdown would read as markup at the start of a line or inside it. */
  static String inline(String text) {
    String s = text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
        .replaceAll("\\s*\n\\s*", " ");
    return s.startsWith("#") || s.startsWith(">") || s.startsWith("-") || s.startsWith("+")
        ? "\\" + s : s;
  }

  private static String cell(String text) {
    return inline(text).replace("|", "\\|");
  }
}
