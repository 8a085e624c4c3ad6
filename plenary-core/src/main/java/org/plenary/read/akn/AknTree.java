package org.plenary.read.akn;

import static org.plenary.read.akn.Elements.attr;
import static org.plenary.read.akn.Elements.child;
import static org.plenary.read.akn.Elements.children;
import static org.plenary.read.akn.Elements.descendants;
import static org.plenary.read.akn.Elements.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plenary.model.Block;
import org.plenary.model.BlockKind;
import org.plenary.model.DocumentTree;
import org.plenary.model.Pages;
import org.plenary.model.RepairedText;
import org.plenary.model.Role;
import org.plenary.model.Segment;
import org.plenary.model.Source;
import org.plenary.model.SourceFormat;
import org.w3c.dom.Element;

/**
 * Builds the {@link DocumentTree} the structure stage builds for every other input, from an Akoma
 * Ntoso document's markup: the cover page's and preface's marked elements give the first page's
 * segments with their roles (a {@code docNumber} of the symbol is the symbol, a {@code docDate} of
 * issuance the date, an {@code inline name="agenda item"} the agenda line, ...), the preamble,
 * main body and conclusions give the body, the conclusions' {@code signature}s the signature block
 * and each attachment an annex. The tree's text is the printed text of all of them, one segment
 * or block apart from the next, so that the extractors read it as they read any other text.
 * One instance per document.
 */
final class AknTree {
  /** The elements of a cover page or preface that mark a part of the masthead. */
  private static final Set<String> MARKED = Set.of("docAuthority", "docNumber", "docStatus", "docDate", "session",
      "docTitle", "docProponent", "docketNumber", "inline", "docType", "docStage", "docPurpose");

  private final Element document;
  private final StringBuilder text = new StringBuilder();
  private final AknBody body = new AknBody(text);
  private final List<Segment> front = new ArrayList<>();
  private final List<Block> blocks = new ArrayList<>();

  AknTree(Element document) {
    this.document = document;
  }

  /** The tree, of no language yet: the markup's check of the declared language reads its text. */
  DocumentTree build(Source source) {
    Optional<Element> preface = child(document, "preface");
    boolean prefaceTitle = preface.map(p -> descendants(p, "docTitle", null).stream()
        .anyMatch(t -> !text(t).isEmpty())).orElse(false);
    child(document, "coverPage").ifPresent(c -> front(c, prefaceTitle ? Role.KIND : Role.TITLE));
    preface.ifPresent(p -> front(p, Role.TITLE));
    List<Block> main = new ArrayList<>();
    List<Block> signature = new ArrayList<>();
    content(main, signature);
    List<DocumentTree.Part> annexes = annexes();
    Pages pages = new Pages(source, SourceFormat.TEXT, List.of(), null, false);
    RepairedText repaired = new RepairedText(pages, text.toString(), blocks, List.of());
    return new DocumentTree(repaired, null, front, main, signature, annexes);
  }

  /** The segments of a cover page or preface: each marked element one, each unmarked paragraph one of no role. */
  private void front(Element container, Role docTitle) {
    for (Element part : children(container)) {
      if (MARKED.contains(part.getLocalName())) {
        segment(part, docTitle);
        continue;
      }
      List<Element> marked = marked(part);
      if (marked.isEmpty()) {
        String printed = text(part);
        if (!printed.isEmpty()) {
          add(Role.OTHER, printed);
        }
      } else if (isNumberedTitle(marked)) {
        // "75/100. Comprehensive review ...": the number and the title make one printed line, as on the page
        add(titleRole(docTitle), text(part));
      } else {
        marked.forEach(m -> segment(m, docTitle));
      }
    }
  }

  /** Whether a paragraph's marks are a resolution's number and its title: the preface's line. */
  private static boolean isNumberedTitle(List<Element> marked) {
    return marked.size() == 2 && marked.get(0).getLocalName().equals("docNumber")
        && !"#symbol".equals(attr(marked.get(0), "refersTo")) && marked.get(1).getLocalName().equals("docTitle");
  }

  /** The marked elements inside {@code e}, not those inside another marked one. */
  private static List<Element> marked(Element e) {
    List<Element> out = new ArrayList<>();
    for (Element c : children(e)) {
      if (MARKED.contains(c.getLocalName())) {
        out.add(c);
      } else {
        out.addAll(marked(c));
      }
    }
    return out;
  }

  private void segment(Element e, Role docTitle) {
    String printed = text(e);
    if (printed.isEmpty()) {
      return;
    }
    add(titleRole(role(e, docTitle)), printed);
  }

  /** A second title says how the document was adopted ("Adopted by the Security Council at ..."): a subtitle. */
  private Role titleRole(Role role) {
    return role == Role.TITLE && front.stream().anyMatch(s -> s.role() == Role.TITLE) ? Role.SUBTITLE : role;
  }

  /** The role a marked element plays on the first page, by its name and what it refers to. */
  private static Role role(Element e, Role docTitle) {
    String refersTo = String.valueOf(attr(e, "refersTo"));
    return switch (e.getLocalName()) {
      case "docAuthority" -> refersTo.equals("#publisher") ? Role.UN : Role.ORGAN;
      case "docNumber" -> refersTo.equals("#symbol") ? Role.SYMBOL : Role.OTHER;
      case "docStatus" -> Role.DISTRIBUTION;
      case "docDate" -> refersTo.equals("#dateOfIssuance") ? Role.DATE : Role.OTHER;
      case "session" -> AknNames.securityCouncilYear(refersTo) ? Role.SC_YEAR : Role.SESSION;
      case "docTitle" -> docTitle;
      case "docketNumber" -> Role.JOB_NUMBER;
      case "inline" -> switch (String.valueOf(attr(e, "name"))) {
        case "agenda item" -> Role.AGENDA_LINE;
        case "agenda item name" -> Role.AGENDA_TITLE;
        case "originalLanguage" -> Role.ORIGINAL_LANGUAGE;
        default -> Role.OTHER;
      };
      default -> Role.OTHER;
    };
  }

  private void add(Role role, String printed) {
    Block block = body.block(role == Role.TITLE ? BlockKind.HEADING : BlockKind.PARAGRAPH, printed);
    front.add(new Segment(role, printed, block.span()));
    blocks.add(block);
  }

  /**
   * The body: preamble, main body and conclusions of the document (or of each document a
   * publication carries, each opened by its own heading), in document order; the conclusions'
   * signatures go to the signature block.
   */
  private void content(List<Block> main, List<Block> signature) {
    List<Element> parts = AknComponents.of(document);
    if (parts.isEmpty()) {
      parts = List.of(document);
    }
    for (Element part : parts) {
      if (part != document) {
        child(part, "preface").filter(p -> !text(p).isEmpty()).ifPresent(p -> main.addAll(body(p)));
      }
      sections(part, main, signature);
    }
  }

  /** The preamble, main body and conclusions of a document or an annex, in document order. */
  private void sections(Element part, List<Block> main, List<Block> signature) {
    for (Element section : children(part)) {
      switch (section.getLocalName()) {
        case "preamble", "mainBody" -> main.addAll(body(section));
        case "conclusions" -> conclusions(section, main, signature);
        default -> { }
      }
    }
  }

  private void conclusions(Element conclusions, List<Block> main, List<Block> signature) {
    List<String> signatures = descendants(conclusions, "signature", null).stream().map(Elements::text).toList();
    for (Block b : body.blocks(conclusions)) {
      blocks.add(b);
      if (signatures.stream().anyMatch(b.text()::contains)) {
        signature.add(b);
      } else {
        main.add(b);
      }
    }
  }

  private List<Block> body(Element section) {
    List<Block> out = body.blocks(section);
    blocks.addAll(out);
    return out;
  }

  private List<DocumentTree.Part> annexes() {
    List<DocumentTree.Part> out = new ArrayList<>();
    Optional<Element> attachments = child(document, "attachments");
    if (attachments.isEmpty()) {
      return out;
    }
    for (Element attachment : children(attachments.get(), "attachment")) {
      for (Element annex : children(attachment)) {
        out.add(annex(annex));
      }
    }
    return out;
  }

  /** An annex: its label from the preface's number (else its first heading), its title and date lines, its body. */
  private DocumentTree.Part annex(Element annex) {
    Optional<Element> preface = child(annex, "preface");
    Block label = preface.flatMap(p -> descendants(p, "docNumber", null).stream().findFirst())
        .map(n -> body.block(BlockKind.HEADING, text(n))).orElse(null);
    List<Block> heading = new ArrayList<>();
    preface.ifPresent(p -> {
      descendants(p, "docTitle", null).stream().findFirst().map(Elements::text).filter(t -> !t.isEmpty())
          .ifPresent(t -> heading.add(body.block(BlockKind.HEADING, t)));
      descendants(p, "docDate", null).stream().findFirst().map(Elements::text).filter(t -> !t.isEmpty())
          .ifPresent(t -> heading.add(body.block(BlockKind.PARAGRAPH, t)));
    });
    if (label != null) {
      blocks.add(label);
    }
    blocks.addAll(heading);
    List<Block> main = new ArrayList<>();
    List<Block> signature = new ArrayList<>();
    sections(annex, main, signature);
    if (label == null && !main.isEmpty() && main.get(0).kind() == BlockKind.HEADING) {
      label = main.remove(0);
    }
    if (label == null) {
      // an annex that prints no label: an empty one where its text begins
      label = body.block(BlockKind.HEADING, "");
    }
    return new DocumentTree.Part(label, heading, main, signature);
  }
}
