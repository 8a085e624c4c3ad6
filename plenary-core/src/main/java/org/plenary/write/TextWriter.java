package org.plenary.write;

import java.util.List;
import org.plenary.model.Annex;
import org.plenary.model.Block;
import org.plenary.model.Document;
import org.plenary.model.Signatory;

/**
 * Writes the repaired text of a document: title, body paragraphs with their numbers, signatures
 * and annexes, one paragraph per line with an empty line between.
 */
public final class TextWriter {

  public String write(Document d) {
    StringBuilder out = new StringBuilder();
    if (d.title() != null) {
      out.append(d.title()).append("\n\n");
    }
    blocks(out, d.body());
    for (Signatory s : d.signatories()) {
      out.append(s.name());
      s.titles().forEach(t -> out.append('\n').append(t));
      out.append("\n\n");
    }
    for (Annex a : d.annexes()) {
      out.append(a.label()).append("\n\n");
      if (a.title() != null) {
        out.append(a.title()).append("\n\n");
      }
      blocks(out, a.body());
    }
    return out.toString().stripTrailing() + "\n";
  }

  private static void blocks(StringBuilder out, List<Block> blocks) {
    for (Block b : blocks) {
      if (b.number() != null) {
        out.append(b.number()).append(' ');
      }
      out.append(b.text()).append("\n\n");
    }
  }
}
