package org.plenary.read.akn;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.plenary.PlenaryException;
import org.plenary.UnreadableInput;
import org.plenary.UnsupportedFormat;
import org.plenary.model.Document;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;
import org.w3c.dom.Element;

/**
 * Reads an Akoma Ntoso 3.0 file (the UN's AKN4UN XML, or plenary's own AKN output) into the same
 * {@link Document} record the text pipeline makes. The record comes from the XML's metadata and
 * structure: the FRBR dates and language, the cover page's symbol, organs, distribution, date,
 * session and agenda items, the preface's title, the numbered paragraphs, the signatures and the
 * annexes. What the metadata says is checked against the printed text beside it (the symbol in the
 * FRBR IRI against the cover page, a date's attribute against its printed form, a session number
 * against its printed ordinal); a disagreement is a warning.
 *
 * <p>The XML is parsed safely: a DOCTYPE is refused, so no DTD or external entity is ever read. The
 * record's {@code source.format} is "text": the contract has no XML format (see docs/akn.md).
 * Stateless and thread-safe.
 */
public final class AknReader {
  private static final int SNIFF = 8192;

  /** The prolog an XML file may open with (declaration, comments, processing instructions, a DOCTYPE), then the root. */
  private static final Pattern AKN_ROOT = Pattern.compile(
      "(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE(?:[^\\[>]|\\[.*?\\])*>)*<(?:[\\w.-]+:)?" + AknNames.ROOT + "[\\s>/]",
      Pattern.DOTALL);

  /**
   * Whether the bytes are XML whose root element is {@code akomaNtoso}, judged from the start of
   * the file (after a byte order mark, the XML declaration, comments and a DOCTYPE).
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
    return AKN_ROOT.matcher(head).lookingAt();
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
    return new AknRecordReader(source, document, diagnostics).read();
  }
}
