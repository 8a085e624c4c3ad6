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
import org.plenary.read.Cancellation;

/**
 * The end of every repair chain: joins the lines of each block ({@link HyphenJoiner}: hyphenation
 * undone, no space inside CJK), removes the spaces extraction put inside CJK text ({@link
 * CjkSpacing}), splits paragraph numbers off ({@link BlockNumbering}), and lays the blocks out as
 * one text, each block's span pointing into it. Full-width digits and Latin letters become ASCII
 * first ({@link FullWidthForms}). Blocks are separated by a line holding one space:
 * that keeps the separator a paragraph break when the repaired text is read again, where a truly
 * empty line after every line is what double spacing looks like.
 */
final class BlockAssembler {
  static final String BLOCK_SEPARATOR = "\n \n";

  private final CjkSpacing cjkSpacing = new CjkSpacing();
  private final FullWidthForms fullWidth = new FullWidthForms();
  private final BlockNumbering numbering = new BlockNumbering();

  /** A block to lay out and the kind it has before its number is read. */
  record Kinded(BlockBuilder.RawBlock raw, BlockKind kind) {}

  RepairedText assemble(Pages pages, List<TextLine> lines, List<Kinded> blocks, List<Furniture> removed) {
    String whole = String.join("\n", lines.stream().map(TextLine::text).toList());
    HyphenJoiner joiner = new HyphenJoiner(whole);
    StringBuilder text = new StringBuilder();
    List<Block> out = new ArrayList<>();
    for (Kinded block : blocks) {
      Cancellation.checkpoint();
      StringBuilder joined = new StringBuilder();
      for (TextLine line : block.raw().lines()) {
        joiner.join(joined, line.text().strip(), BlockAssembler::joinsWithoutSpace);
      }
      String blockText = cjkSpacing.apply(fullWidth.apply(joined.toString())).strip();
      if (blockText.isEmpty()) {
        continue;
      }
      BlockNumbering.Numbered numbered = numbering.split(blockText, block.kind());
      if (text.length() > 0) {
        text.append(BLOCK_SEPARATOR);
      }
      int start = text.length();
      text.append(blockText);
      out.add(new Block(numbered.kind(), numbered.number(), numbered.text(), new Span(start, text.length()),
          block.raw().indent(), block.raw().page()));
    }
    return new RepairedText(pages, text.toString(), out, removed);
  }

  /**
   * Whether two wrapped lines join without a space: next to a CJK character or full-width
   * punctuation, or at a slash. The curly quotes are CJK punctuation only beside CJK text: every
   * script prints them, and an Arabic or English line that ends on one ("... فرصتنا“") goes on
   * after a space.
   */
  static boolean joinsWithoutSpace(char last, char first) {
    if (Scripts.isCjk(last) || Scripts.isCjk(first) || isFullWidth(last) || isFullWidth(first)) {
      return true;
    }
    if (Scripts.bindsInCjk(last) && Scripts.bindsInCjk(first)) {
      return true;
    }
    return last == '/' || first == '/';
  }

  private static boolean isFullWidth(char c) {
    return Scripts.isCjkPunctuation(c) && c >= 0x3000;
  }
}
