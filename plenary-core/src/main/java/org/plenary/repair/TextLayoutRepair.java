package org.plenary.repair;

import java.util.ArrayList;
import java.util.List;
import org.plenary.internal.Scripts;
import org.plenary.model.Block;
import org.plenary.model.BlockKind;
import org.plenary.model.Furniture;
import org.plenary.model.Pages;
import org.plenary.model.RepairedText;
import org.plenary.model.Span;
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
 *   <li>{@link HyphenJoiner}: the lines of a block joined, hyphenation undone, no space inside CJK.
 *   <li>{@link CjkSpacing}: spaces that extraction put inside CJK text removed, runs collapsed.
 *   <li>{@link BlockNumbering}: paragraph numbers and list labels split off.
 * </ol>
 *
 * The repaired text is the blocks' texts separated by a line holding one space; each block's span
 * points into it. The space keeps the separator a paragraph break when the repaired text is read
 * again: a truly empty line after every line is what double spacing looks like.
 */
public final class TextLayoutRepair implements LayoutRepair {
  static final String BLOCK_SEPARATOR = "\n \n";
  private static final int HEADING_INDENT = 2;

  private final LineSpacing spacing = new LineSpacing();
  private final FurnitureRemover furniture = new FurnitureRemover();
  private final BlockBuilder blocks = new BlockBuilder();
  private final CjkSpacing cjkSpacing = new CjkSpacing();
  private final BlockNumbering numbering = new BlockNumbering();

  @Override
  public RepairedText repair(Pages pages, Diagnostics diagnostics) {
    List<Furniture> removed = new ArrayList<>();
    List<TextLine> lines = furniture.remove(spacing.lines(pages), removed);
    String whole = String.join("\n", lines.stream().map(TextLine::text).toList());
    HyphenJoiner joiner = new HyphenJoiner(whole);
    StringBuilder text = new StringBuilder();
    List<Block> out = new ArrayList<>();
    for (BlockBuilder.RawBlock raw : blocks.build(lines)) {
      StringBuilder joined = new StringBuilder();
      for (TextLine line : raw.lines()) {
        joiner.join(joined, line.text().strip(), TextLayoutRepair::joinsWithoutSpace);
      }
      String blockText = cjkSpacing.apply(joined.toString()).strip();
      if (blockText.isEmpty()) {
        continue;
      }
      BlockKind kind = raw.indent() >= HEADING_INDENT ? BlockKind.HEADING : BlockKind.PARAGRAPH;
      BlockNumbering.Numbered numbered = numbering.split(blockText, kind);
      if (text.length() > 0) {
        text.append(BLOCK_SEPARATOR);
      }
      int start = text.length();
      text.append(blockText);
      out.add(new Block(numbered.kind(), numbered.number(), numbered.text(), new Span(start, text.length()),
          raw.indent(), raw.page()));
    }
    return new RepairedText(pages, text.toString(), out, removed);
  }

  private static boolean joinsWithoutSpace(char last, char first) {
    if (Scripts.bindsInCjk(last) || Scripts.bindsInCjk(first)) {
      return true;
    }
    return last == '/' || first == '/';
  }
}
