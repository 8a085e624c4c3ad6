package org.plenary.read.akn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.plenary.read.Cancellation;
import org.plenary.repair.CjkSpacing;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Navigation in an Akoma Ntoso DOM by local name, and the printed text of an element. Every walk
 * goes through {@link #children} or the text's own walk, and both look at the cancellation per
 * element they pass, so no walk over a huge tree runs on once its parse was given up.
 */
final class Elements {
  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0]+");
  private static final CjkSpacing CJK_SPACING = new CjkSpacing();

  private Elements() {}

  static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        Cancellation.checkpoint();
        out.add(e);
      }
    }
    return out;
  }

  static List<Element> children(Element parent, String name) {
    return children(parent).stream().filter(e -> name.equals(e.getLocalName())).toList();
  }

  static Optional<Element> child(Element parent, String name) {
    return children(parent).stream().filter(e -> name.equals(e.getLocalName())).findFirst();
  }

  /** Descendants named {@code name} in document order, not looking inside {@code skip} elements. */
  static List<Element> descendants(Element root, String name, String skip) {
    List<Element> out = new ArrayList<>();
    collect(root, name, skip, out);
    return out;
  }

  private static void collect(Element e, String name, String skip, List<Element> out) {
    for (Element c : children(e)) {
      if (name.equals(c.getLocalName())) {
        out.add(c);
      }
      if (!c.getLocalName().equals(skip)) {
        collect(c, name, skip, out);
      }
    }
  }

  /** An attribute's value, or null when it is absent or empty. */
  static String attr(Element e, String name) {
    String value = e.getAttribute(name);
    return value.isEmpty() ? null : value;
  }

  /**
   * The text a reader sees: footnotes left out, line breaks ({@code <eol/>}) as spaces, runs of
   * white space (the XML's indentation) as one space.
   */
  static String text(Element e) {
    StringBuilder out = new StringBuilder();
    append(e, out);
    return spaced(out.toString());
  }

  /**
   * Runs of white space (the XML's indentation, line breaks, no-break spaces) as one space, stripped;
   * none between Chinese characters, where the markup keeps a printed line's break as a space
   * ("主要大型会议 和首脑会议").
   */
  static String spaced(String s) {
    return CJK_SPACING.apply(WHITE_SPACE.matcher(s).replaceAll(" ").strip());
  }

  private static void append(Node node, StringBuilder out) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.append(n.getNodeValue());
      } else if (n instanceof Element c) {
        Cancellation.checkpoint();
        switch (c.getLocalName()) {
          case "authorialNote" -> { }
          case "eol", "eop", "br" -> out.append(' ');
          default -> append(c, out);
        }
      }
    }
  }
}
