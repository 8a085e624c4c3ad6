package org.plenary.model;

import java.util.List;

/**
 * The structure of a document: the masthead and other lines before the title, the title, the body,
 * the signature block and the annexes, each a list of blocks of the repaired text.
 *
 * @param head blocks before the title (masthead, agenda lines), or the whole text where no title is
 *     found
 * @param title the title blocks (a title broken over two blocks keeps both), empty when none
 * @param body the blocks between the title and the signature or first annex
 * @param signature the signature block's blocks, empty when none
 * @param annexes annexes and enclosures in order
 */
public record DocumentTree(
    RepairedText text,
    Language language,
    List<Block> head,
    List<Block> title,
    List<Block> body,
    List<Block> signature,
    List<Part> annexes) {

  public DocumentTree {
    head = List.copyOf(head);
    title = List.copyOf(title);
    body = List.copyOf(body);
    signature = List.copyOf(signature);
    annexes = List.copyOf(annexes);
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
