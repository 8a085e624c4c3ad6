package org.plenary.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The printed text of an AKN4UN XML resolution, one line per paragraph as the PDF shows it (cover
 * page, preface, preamble, operative part), without the metadata block. It stands in for a text
 * extraction of the PDF, so the tests can index the real resolutions as text.
 */
final class AknText {
  private static final Set<String> SKIPPED = Set.of("meta", "img", "authorialNote");
  private static final Set<String> BLOCKS = Set.of("p", "heading", "num", "docTitle", "docNumber", "tblock",
      "li", "tr", "subheading", "paragraph", "point", "intro", "content", "container", "blockList", "item");

  private AknText() {}

  /** The text of an AKN file; empty for XML that is no AKN document. */
  static Optional<String> read(Path xml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      org.w3c.dom.Document dom = factory.newDocumentBuilder().parse(xml.toFile());
      if (!"akomaNtoso".equals(dom.getDocumentElement().getLocalName())) {
        return Optional.empty();
      }
      StringBuilder out = new StringBuilder();
      walk(dom.getDocumentElement(), out);
      return Optional.of(out.toString().replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{2,}", "\n").strip() + "\n");
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      return Optional.empty();
    }
  }

  /** The paragraph titles the resolution gives itself (docTitle refersTo="#resolutionTitle"). */
  static Optional<String> title(Path xml) throws IOException {
    String content = Files.readString(xml, StandardCharsets.UTF_8);
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("<docTitle refersTo=\"#resolutionTitle\">(.*?)</docTitle>", java.util.regex.Pattern.DOTALL)
        .matcher(content);
    return m.find() ? Optional.of(m.group(1).replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").strip()) : Optional.empty();
  }

  private static void walk(Node node, StringBuilder out) {
    if (node.getNodeType() == Node.TEXT_NODE) {
      out.append(node.getTextContent().replaceAll("\\s+", " "));
      return;
    }
    if (!(node instanceof Element element) || SKIPPED.contains(element.getLocalName())) {
      return;
    }
    boolean block = BLOCKS.contains(element.getLocalName());
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      walk(child, out);
    }
    if (block && element.getLocalName().equals("p") || element.getLocalName().equals("heading")
        || element.getLocalName().equals("tr")) {
      out.append('\n');
    } else if (block) {
      out.append(' ');
    }
  }

  /** Writes the text of every AKN file under a folder as FILE.txt into another; for the samples. */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[args.length - 1]);
    Files.createDirectories(target);
    for (int i = 0; i < args.length - 1; i++) {
      Path xml = Path.of(args[i]);
      Optional<String> text = read(xml);
      if (text.isPresent()) {
        Files.writeString(target.resolve(xml.getFileName().toString().replaceFirst("\\.xml$", ".txt")), text.get());
      }
    }
  }
}
