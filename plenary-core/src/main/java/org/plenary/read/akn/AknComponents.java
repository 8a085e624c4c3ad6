package org.plenary.read.akn;

import static org.plenary.read.akn.Elements.child;
import static org.plenary.read.akn.Elements.children;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** The documents an Akoma Ntoso publication ({@code documentCollection}) carries in its {@code <components>}. */
final class AknComponents {
  private AknComponents() {}

  /** The documents of {@code <components>} beside or inside {@code document}, in order, or none. */
  static List<Element> of(Element document) {
    List<Element> out = new ArrayList<>();
    Element parent = (Element) document.getParentNode();
    child(parent, "components").or(() -> child(document, "components")).ifPresent(cs -> {
      for (Element component : children(cs, "component")) {
        children(component).stream().findFirst().ifPresent(out::add);
      }
    });
    return out;
  }
}
