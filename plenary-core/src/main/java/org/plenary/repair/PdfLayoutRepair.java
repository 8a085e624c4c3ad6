package org.plenary.repair;

import java.util.ArrayList;
import java.util.List;
import org.plenary.model.BlockKind;
import org.plenary.model.Furniture;
import org.plenary.model.Pages;
import org.plenary.model.RepairedText;
import org.plenary.pipeline.Diagnostics;
import org.plenary.read.Cancellation;

/**
 * Repairs the layout of a PDF read with positions. The chain, in order:
 *
 * <ol>
 *   <li>{@link PdfFurnitureRemover}: running headers, page numbers, job number, barcode and "Please
 *       recycle" out, by position and repetition across pages (before anything joins lines: a page
 *       header splits a paragraph).
 *   <li>{@link FootnoteSeparator}: footnotes taken aside, so a paragraph that runs on to the next
 *       page is not cut by them; they come back as footnote blocks at the end.
 *   <li>{@link LineUnwrapper}: wrapped lines joined back into the lines of the text, hyphenation
 *       undone; wide vertical gaps become paragraph breaks.
 *   <li>{@link BlockBuilder} and {@link BlockAssembler}: the same grouping (less the full-line rule,
 *       which unwrapping replaces), joining, CJK spacing and numbering as for text ({@link
 *       TextLayoutRepair}), so both give the same blocks; a block's kind comes from its type style
 *       instead of its indentation.
 * </ol>
 */
public final class PdfLayoutRepair implements LayoutRepair {
  /** A display block longer than this is a bold paragraph, not a heading. */
  private static final int MAX_HEADING = 400;
  private final PdfFurnitureRemover furniture = new PdfFurnitureRemover();
  private final FootnoteSeparator footnotes = new FootnoteSeparator();
  private final LineUnwrapper unwrapper = new LineUnwrapper();
  private final BlockBuilder blocks = new BlockBuilder();
  private final BlockAssembler assembler = new BlockAssembler();

  @Override
  public RepairedText repair(Pages pages, Diagnostics diagnostics) {
    List<Furniture> removed = new ArrayList<>();
    FootnoteSeparator.Separated separated = footnotes.separate(furniture.remove(pages, removed));
    List<TextLine> body = unwrapper.unwrap(separated.body());
    List<BlockAssembler.Kinded> kinded = new ArrayList<>(kinded(blocks.buildUnwrapped(body)));
    List<TextLine> notes = unwrapper.unwrap(separated.footnotes());
    for (TextLine note : notes) {
      boolean startsNote = FootnoteSeparator.MARK.matcher(Cancellation.watched(note.text())).find();
      if (startsNote || kinded.isEmpty() || kinded.get(kinded.size() - 1).kind() != BlockKind.FOOTNOTE) {
        kinded.add(new BlockAssembler.Kinded(new BlockBuilder.RawBlock(new ArrayList<>(List.of(note)), 0, note.page()),
            BlockKind.FOOTNOTE));
      } else {
        kinded.get(kinded.size() - 1).raw().lines().add(note);
      }
    }
    List<TextLine> all = new ArrayList<>(body);
    all.addAll(notes);
    return assembler.assemble(pages, all, kinded, removed);
  }

  /**
   * Blocks with the kind their type style gives: a block of one display line (a title or heading
   * set bold, larger, in capitals or centred) is a heading, everything else a paragraph. The first
   * line of a paragraph is indented in UN documents, so indentation tells nothing here.
   */
  private static List<BlockAssembler.Kinded> kinded(List<BlockBuilder.RawBlock> raw) {
    return raw.stream()
        .map(b -> new BlockAssembler.Kinded(b, b.lines().size() == 1 && b.lines().get(0).display()
            && b.lines().get(0).text().length() <= MAX_HEADING ? BlockKind.HEADING : BlockKind.PARAGRAPH))
        .toList();
  }
}
