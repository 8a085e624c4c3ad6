package org.plenary.read.akn;

import static org.plenary.read.akn.Elements.attr;
import static org.plenary.read.akn.Elements.children;
import static org.plenary.read.akn.Elements.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.plenary.model.Block;
import org.plenary.model.BlockKind;
import org.plenary.model.Span;
import org.plenary.read.Cancellation;
import org.w3c.dom.Element;

/**
 * Turns the structure of an Akoma Ntoso body (preamble, main body, conclusions, an annex) into
 * blocks. Every {@code <paragraph>} with a {@code <num>} gives exactly one numbered paragraph block;
 * points of lists give list items, sections and cross-headings give headings, footnotes follow the
 * block they sit in. The blocks' spans point into the text they are appended to, the document's
 * text as these blocks spell it. One instance per document.
 */
final class AknBody {
  /** Hierarchical elements that number items of a list rather than paragraphs. */
  private static final Set<String> LIST_LEVELS =
      Set.of("point", "indent", "alinea", "subparagraph", "sublist", "list", "level", "item");

  /** Hierarchical elements of the AKN schema (group hierElements), besides paragraph and the list levels. */
  private static final Set<String> DIVISIONS = Set.of("article", "book", "chapter", "clause", "division",
      "hcontainer", "part", "proviso", "rule", "section", "subchapter", "subclause", "subdivision", "subpart",
      "subrule", "subsection", "subtitle", "title", "tome", "transitional");

  /** Children of a hierarchical element that it reads itself. */
  private static final Set<String> OWN_PARTS = Set.of("num", "heading", "subheading", "content", "intro", "wrapUp");

  private final StringBuilder text;

  /** Blocks appended to {@code text}, which their spans point into. */
  AknBody(StringBuilder text) {
    this.text = text;
  }

  /** The blocks of every child of {@code container}, in order. */
  List<Block> blocks(Element container) {
    List<Block> out = new ArrayList<>();
    for (Element child : children(container)) {
      element(child, out);
    }
    return out;
  }

  /** One block of {@code printed} text, appended to the text; an empty one marks a place. */
  Block block(BlockKind kind, String printed) {
    return append(kind, null, printed);
  }

  private void element(Element e, List<Block> out) {
    Cancellation.checkpoint();
    String name = e.getLocalName();
    if (name.equals("paragraph") || LIST_LEVELS.contains(name) || DIVISIONS.contains(name)) {
      hierarchy(e, out);
      return;
    }
    switch (name) {
      case "p" -> {
        add(out, kind(e, BlockKind.PARAGRAPH, null), null, text(e));
        footnotes(e, out);
      }
      case "heading", "subheading", "crossHeading" -> add(out, BlockKind.HEADING, null, text(e));
      case "table" -> add(out, BlockKind.TABLE, null, table(e));
      case "num", "img", "componentRef", "documentRef", "eol", "eop", "authorialNote" -> { }
      default -> {
        List<Element> kids = children(e);
        if (!kids.isEmpty() && kids.stream().allMatch(k -> k.getLocalName().equals("p"))) {
          // a container of plain paragraphs is one block, one paragraph per line
          add(out, kind(e, BlockKind.PARAGRAPH, null), null, paragraphs(e));
          footnotes(e, out);
        } else if (kids.isEmpty() || kids.stream().noneMatch(AknBody::isStructure)) {
          add(out, kind(e, BlockKind.PARAGRAPH, null), null, text(e));
        } else {
          kids.forEach(k -> element(k, out));
        }
      }
    }
  }

  private static boolean isStructure(Element e) {
    String n = e.getLocalName();
    return n.equals("p") || n.equals("paragraph") || n.equals("table") || n.equals("blockList")
        || n.equals("heading") || n.equals("crossHeading") || LIST_LEVELS.contains(n) || DIVISIONS.contains(n)
        || n.equals("item") || n.equals("tblock") || n.equals("container") || n.equals("blockContainer");
  }

  private void hierarchy(Element e, List<Block> out) {
    String name = e.getLocalName();
    String number = null;
    List<String> heads = new ArrayList<>();
    String own = null;
    Element ownElement = e;
    for (Element c : children(e)) {
      switch (c.getLocalName()) {
        case "num" -> number = blankToNull(text(c));
        case "heading", "subheading" -> heads.add(text(c));
        case "content", "intro" -> {
          own = paragraphs(c);
          ownElement = c;
        }
        default -> { }
      }
    }
    BlockKind kind = name.equals("paragraph") ? BlockKind.PARAGRAPH
        : LIST_LEVELS.contains(name) ? (number == null ? BlockKind.PARAGRAPH : BlockKind.LIST_ITEM)
        : BlockKind.HEADING;
    if (name.equals("paragraph") && number == null && own == null && !heads.isEmpty()) {
      kind = BlockKind.HEADING;
    }
    kind = kind(e, kind, number);
    int first = out.size();
    String joined = String.join(" ", heads);
    if (own != null) {
      add(out, kind, number, joined.isEmpty() ? own : joined + "\n" + own);
      footnotes(ownElement, out);
    } else if (!heads.isEmpty()) {
      add(out, kind, number, joined);
    }
    for (Element c : children(e)) {
      if (!OWN_PARTS.contains(c.getLocalName())) {
        element(c, out);
      }
    }
    if (number != null && out.size() == first) {
      add(out, kind, number, "");
    } else if (number != null && own == null && heads.isEmpty()) {
      // a numbered paragraph whose text is a list's introduction: the number belongs to that text
      Block intro = out.get(first);
      if (intro.number() == null) {
        out.set(first, new Block(kind, number, intro.text(), intro.span(), 0, 1));
      } else {
        out.add(first, new Block(kind, number, "", new Span(intro.span().start(), intro.span().start()), 0, 1));
      }
    }
    Elements.children(e, "wrapUp").forEach(w -> add(out, BlockKind.PARAGRAPH, null, paragraphs(w)));
  }

  /** The text of a content or intro element: its paragraphs, one per line. */
  private static String paragraphs(Element e) {
    List<String> lines = new ArrayList<>();
    for (Element c : children(e)) {
      String line = c.getLocalName().equals("table") ? table(c) : text(c);
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return lines.isEmpty() ? text(e) : String.join("\n", lines);
  }

  private void footnotes(Element e, List<Block> out) {
    for (Element note : Elements.descendants(e, "authorialNote", "authorialNote")) {
      add(out, BlockKind.FOOTNOTE, attr(note, "marker"), paragraphs(note));
    }
  }

  /** A table as text: a row per line, cells separated by " | ". */
  private static String table(Element table) {
    List<String> rows = new ArrayList<>();
    for (Element tr : Elements.descendants(table, "tr", "table")) {
      rows.add(String.join(" | ", children(tr).stream().map(Elements::text).toList()));
    }
    return String.join("\n", rows);
  }

  private void add(List<Block> out, BlockKind kind, String number, String blockText) {
    boolean empty = blockText.isBlank();
    if (!empty || number != null) {
      out.add(append(kind, number, blockText));
    }
  }

  /** A block appended to the text, its number before it, a blank line after it. */
  private Block append(BlockKind kind, String number, String blockText) {
    int start = text.length();
    if (number != null) {
      text.append(number).append(' ');
    }
    text.append(blockText);
    Span span = new Span(start, text.length());
    text.append("\n\n");
    return new Block(kind, number, blockText, span, 0, 1);
  }

  /**
   * The block kind a writer recorded in {@code @class}; else a heading for the UN's heading styles
   * ("H1", "H23") on an unnumbered element; else {@code fallback}.
   */
  private static BlockKind kind(Element e, BlockKind fallback, String number) {
    String cls = attr(e, "class");
    if (cls == null) {
      return fallback;
    }
    for (BlockKind k : BlockKind.values()) {
      if (k.id().equals(cls)) {
        return k;
      }
    }
    return number == null && cls.matches("H\\d+") ? BlockKind.HEADING : fallback;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
