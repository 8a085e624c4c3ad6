package org.plenary.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.plenary.PlenaryException;
import org.plenary.UnreadableInput;
import org.plenary.model.Page;
import org.plenary.model.Pages;
import org.plenary.model.Source;
import org.plenary.model.SourceFormat;
import org.plenary.pipeline.Diagnostics;

/**
 * Reads a UN document published as a web page (jsoup). Scripts, styles, navigation, forms and
 * site chrome are dropped; each block element (paragraph, heading, list item, table cell, line
 * break) becomes a line of its own, so the page's block structure reaches layout repair as
 * paragraphs. The page's character set is taken from its bytes and meta tags.
 */
public final class HtmlReader implements SourceReader {
  private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "nav", "form", "iframe",
      "svg", "button", "select", "template", "object", "embed", "head");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  @Override
  public Pages read(Source source, Diagnostics diagnostics) throws PlenaryException {
    org.jsoup.nodes.Document html;
    try {
      html = Jsoup.parse(new ByteArrayInputStream(source.bytes()), null, "");
    } catch (IOException e) {
      throw new UnreadableInput(source.name(), "unreadable web page: " + e.getMessage(), e);
    }
    html.select(String.join(",", DROPPED)).remove();
    html.select("[role=navigation],[aria-hidden=true]").remove();
    Cancellation.check(source.name());
    ParagraphLines lines = new ParagraphLines();
    StringBuilder paragraph = new StringBuilder();
    blocks(html.body(), paragraph, lines);
    Cancellation.check(source.name());
    lines.paragraph(paragraph.toString(), false);
    if (lines.isEmpty()) {
      throw new UnreadableInput(source.name(), "the web page holds no text");
    }
    return new Pages(source, SourceFormat.HTML, List.of(new Page(1, lines.lines())), html.charset().name(), false);
  }

  /**
   * Walks the tree, closing the paragraph in hand at every block boundary. jsoup's traversal keeps
   * its place without recursion, so a page nested thousands of elements deep costs no stack.
   */
  private static void blocks(Element body, StringBuilder paragraph, ParagraphLines lines) {
    if (body == null) {
      return;
    }
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (Cancellation.requested()) {
          return FilterResult.STOP; // the reader's next look reports it
        }
        if (node == body) {
          return FilterResult.CONTINUE;
        }
        if (node instanceof TextNode text) {
          boolean pre = text.parent() != null && text.parent().nodeName().equals("pre");
          paragraph.append(pre ? text.getWholeText() : text.text());
        } else if (node instanceof Element e) {
          if (e.tagName().equals("br")) {
            paragraph.append('\n');
            return FilterResult.SKIP_ENTIRELY;
          }
          if (HEADINGS.contains(e.normalName())) {
            flush(paragraph, lines, false);
            lines.paragraph(e.text(), true);
            return FilterResult.SKIP_ENTIRELY;
          }
          if (isBlock(e)) {
            flush(paragraph, lines, false);
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node != body && node instanceof Element e && isBlock(e)) {
          flush(paragraph, lines, false);
        }
        return FilterResult.CONTINUE;
      }
    }, body);
  }

  private static boolean isBlock(Element e) {
    return e.isBlock() || e.normalName().equals("td") || e.normalName().equals("th");
  }

  private static void flush(StringBuilder paragraph, ParagraphLines lines, boolean heading) {
    if (!paragraph.isEmpty()) {
      lines.paragraph(paragraph.toString(), heading);
      paragraph.setLength(0);
    }
  }
}
