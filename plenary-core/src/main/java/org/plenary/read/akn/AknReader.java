package org.plenary.read.akn;

import java.nio.charset.StandardCharsets;
import org.plenary.PlenaryException;
import org.plenary.UnreadableInput;
import org.plenary.UnsupportedFormat;
import org.plenary.extract.DocumentExtractor;
import org.plenary.extract.Extraction;
import org.plenary.extract.UnDocumentExtractor;
import org.plenary.lang.LanguagePacks;
import org.plenary.model.Document;
import org.plenary.model.DocumentTree;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;
import org.w3c.dom.Element;

/**
 * Reads an Akoma Ntoso 3.0 file (the UN's AKN4UN XML, or plenary's own AKN output) into the same
 * {@link Document} record the text pipeline makes, the same way: the markup builds the document
 * tree the structure stage builds for other inputs ({@link AknTree}: the cover page's marked
 * elements as the first page's segments, the numbered paragraphs as the body, the signatures, the
 * annexes), and the same extractors read it. What the markup states besides (the FRBR dates and
 * language, a date's or session's attribute, the TLC author and addressees, the signatures' persons
 * and roles) then cross-checks that reading ({@link AknCrossCheck}): the markup's value is kept
 * and a disagreement is a warning naming both.
 *
 * <p>The XML is parsed safely: a DOCTYPE is refused, so no DTD or external entity is ever read. The
 * record's {@code source.format} is "text": the contract has no XML format (see docs/akn.md).
 * Stateless and thread-safe.
 */
public final class AknReader {
  private static final int SNIFF = 8192;

  private final DocumentExtractor extractor;

  /** A reader whose tree goes through the extractors every other input goes through. */
  public AknReader() {
    this(new UnDocumentExtractor());
  }

  public AknReader(DocumentExtractor extractor) {
    this.extractor = extractor;
  }

  /**
   * Whether the bytes are XML whose root element is {@code akomaNtoso}, judged from the start of
   * the file (after a byte order mark, the XML declaration, comments, processing instructions and a
   * DOCTYPE). A scan that only moves forward, so any input costs at most one pass over its first
   * {@value #SNIFF} characters.
   */
  public static boolean accepts(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF);
    String head;
    if (n >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
      head = new String(bytes, 0, n, StandardCharsets.UTF_16);
    } else {
      int skip = n >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
      head = new String(bytes, skip, n - skip, StandardCharsets.ISO_8859_1);
    }
    int at = afterProlog(head);
    return at >= 0 && isRootTag(head, at);
  }

  /** Where the root element's {@code <} stands once the prolog is passed, or -1. */
  private static int afterProlog(String head) {
    int at = 0;
    while (at < head.length()) {
      char c = head.charAt(at);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        at++;
      } else if (head.startsWith("<?", at)) {
        at = end(head, head.indexOf("?>", at + 2), 2);
      } else if (head.startsWith("<!--", at)) {
        at = end(head, head.indexOf("-->", at + 4), 3);
      } else if (head.startsWith("<!DOCTYPE", at)) {
        at = afterDoctype(head, at + 9);
      } else {
        return c == '<' ? at : -1;
      }
      if (at < 0) {
        return -1;
      }
    }
    return -1;
  }

  /** Past a DOCTYPE's closing {@code >}, its internal subset in brackets included, or -1. */
  private static int afterDoctype(String head, int from) {
    boolean inSubset = false;
    for (int i = from; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c == '[') {
        inSubset = true;
      } else if (c == ']') {
        inSubset = false;
      } else if (c == '>' && !inSubset) {
        return i + 1;
      }
    }
    return -1;
  }

  private static int end(String head, int found, int length) {
    return found < 0 ? -1 : found + length;
  }

  /** Whether the tag at {@code at} opens {@code akomaNtoso}, with or without a namespace prefix. */
  private static boolean isRootTag(String head, int at) {
    int name = at + 1;
    int colon = name;
    while (colon < head.length() && isNameChar(head.charAt(colon))) {
      colon++;
    }
    if (colon < head.length() && head.charAt(colon) == ':' && colon > name) {
      name = colon + 1;
    }
    int after = name + AknNames.ROOT.length();
    if (!head.startsWith(AknNames.ROOT, name) || after >= head.length()) {
      return false;
    }
    char next = head.charAt(after);
    return Character.isWhitespace(next) || next == '>' || next == '/';
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
  }

  /**
   * The record of an Akoma Ntoso file.
   *
   * @throws UnreadableInput when the XML is not well-formed, declares a DOCTYPE or holds no document
   * @throws UnsupportedFormat when the root is not Akoma Ntoso 3.0's {@code akomaNtoso}
   */
  public Document read(Source source, Diagnostics diagnostics) throws PlenaryException {
    Element root = SecureXml.parse(source).getDocumentElement();
    if (!AknNames.ROOT.equals(root.getLocalName()) || !AknNames.NS.equals(root.getNamespaceURI())) {
      throw new UnsupportedFormat(source.name(), "the XML's root is not <akomaNtoso> in the Akoma Ntoso 3.0"
          + " namespace " + AknNames.NS);
    }
    Element document = Elements.children(root).stream().findFirst()
        .orElseThrow(() -> new UnreadableInput(source.name(), "the <akomaNtoso> element holds no document"));
    DocumentTree parsed = new AknTree(document).build(source);
    Document markup = new AknRecordReader(source, document, parsed, diagnostics).read();
    // the tree in the language the markup's check settled on
    DocumentTree tree = new DocumentTree(parsed.text(), markup.language(), parsed.front(), parsed.body(),
        parsed.signature(), parsed.annexes());
    Extraction reading = extractor.read(tree, LanguagePacks.of(markup.language()), diagnostics);
    Document.Builder record = new AknCrossCheck(reading, markup, diagnostics).merge();
    diagnostics.warnings().forEach(w -> record.warnings.add(w.message()));
    return record.build();
  }
}
