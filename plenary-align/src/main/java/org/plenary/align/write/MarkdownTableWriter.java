package org.plenary.align.write;

import java.io.IOException;
import java.io.Writer;
import org.plenary.align.Alignment;
import org.plenary.align.Bead;

/**
 * Writes an alignment as a Markdown table to read the versions side by side: a column per
 * version (headed by its language), a row per bead, the first column the bead's segment numbers.
 */
public final class MarkdownTableWriter {

  public void write(Alignment alignment, Writer out) throws IOException {
    int count = alignment.versions().size();
    out.write("| # |");
    for (int k = 0; k < count; k++) {
      out.write(" " + alignment.versions().get(k).language().englishName() + " |");
    }
    out.write("\n|---|");
    for (int k = 0; k < count; k++) {
      out.write("---|");
    }
    out.write('\n');
    int row = 0;
    for (Bead bead : alignment.beads()) {
      out.write("| " + ++row + " |");
      for (int k = 0; k < count; k++) {
        out.write(" " + cell(alignment.text(bead, k)) + " |");
      }
      out.write('\n');
    }
  }

  /** A table cell: pipes escaped, line breaks as HTML breaks, Markdown's own marks kept literal. */
  private static String cell(String text) {
    return text.strip().replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
  }
}
