package org.plenary.repair;

import java.util.ArrayList;
import java.util.List;
import org.plenary.model.BlockKind;
import org.plenary.model.Furniture;
import org.plenary.model.Pages;
import org.plenary.model.RepairedText;
import org.plenary.pipeline.Diagnostics;

/**
 * Repairs the layout of text that PDF extraction or a web page left behind. The chain, in order:
 *
 * <ol>
 *   <li>{@link LineSpacing}: empty lines that mean nothing (double spacing) are dropped; real
 *       paragraph breaks and page breaks are kept.
 *   <li>{@link FurnitureRemover}: job number, barcode, page numbers, running headers out (before
 *       joining: a page header splits a paragraph).
 *   <li>{@link BlockBuilder}: lines grouped into blocks by indentation, width and punctuation.
 *   <li>{@link BlockAssembler}: the lines of a block joined, hyphenation undone, spaces inside CJK
 *       text removed, paragraph numbers and list labels split off.
 * </ol>
 */
public final class TextLayoutRepair implements LayoutRepair {
  static final int HEADING_INDENT = 2;

  private final LineSpacing spacing = new LineSpacing();
  private final FurnitureRemover furniture = new FurnitureRemover();
  private final BlockBuilder blocks = new BlockBuilder();
  private final BlockAssembler assembler = new BlockAssembler();

  @Override
  public RepairedText repair(Pages pages, Diagnostics diagnostics) {
    List<Furniture> removed = new ArrayList<>();
    List<TextLine> lines = furniture.remove(spacing.lines(pages), removed);
    return assembler.assemble(pages, lines, kinded(blocks.build(lines)), removed);
  }

  /** Blocks with the kind their indentation gives: indented past the margin is a heading. */
  static List<BlockAssembler.Kinded> kinded(List<BlockBuilder.RawBlock> raw) {
    return raw.stream()
        .map(b -> new BlockAssembler.Kinded(b, b.indent() >= HEADING_INDENT ? BlockKind.HEADING : BlockKind.PARAGRAPH))
        .toList();
  }
}
