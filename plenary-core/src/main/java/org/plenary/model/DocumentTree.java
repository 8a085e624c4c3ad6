package org.plenary.model;

import java.util.List;
import java.util.Optional;

/**
 * The structure of a document: its first page read into segments with their roles (masthead
 * parts, agenda line and titles, sponsor line, title, subtitle, the web page's own lines), the
 * body, the signature block and the annexes.
 *
 * @param front the segments of the first page before the body, in text order
 * @param body the blocks between the title and the signature or first annex
 * @param signature the signature block's blocks, empty when none
 * @param annexes annexes and enclosures in order
 */
public record DocumentTree(
    RepairedText text,
    Language language,
    List<Segment> front,
    List<Block> body,
    List<Block> signature,
    List<Part> annexes) {

  public DocumentTree {
    front = List.copyOf(front);
    body = List.copyOf(body);
    signature = List.copyOf(signature);
    annexes = List.copyOf(annexes);
  }

  /** The segments of the first page that play this role, in text order. */
  public List<Segment> all(Role role) {
    return front.stream().filter(s -> s.role() == role).toList();
  }

  /** The first segment of the first page that plays this role. */
  public Optional<Segment> first(Role role) {
    return front.stream().filter(s -> s.role() == role).findFirst();
  }

  /**
   * An annex: the label block ("Annex I"), its heading blocks (title, date line), its body and its
   * own signature.
   */
  public record Part(Block label, List<Block> heading, List<Block> body, List<Block> signature) {
    public Part {
      heading = List.copyOf(heading);
      body = List.copyOf(body);
      signature = List.copyOf(signature);
    }
  }
}
