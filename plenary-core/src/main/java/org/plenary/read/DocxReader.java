package org.plenary.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.plenary.InputLimitExceeded;
import org.plenary.PlenaryException;
import org.plenary.UnreadableInput;
import org.plenary.model.Source;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the paragraphs of a .docx by streaming its XML parts with SAX, part by part, never
 * building a model of the whole document: memory grows with the text, not with the XML around it
 * (a Word file of 95 MB of XML holds a few MB of text). Reads the package's content types and
 * relationships to find the main part, its styles and the first page's header (where UN documents
 * set their masthead). A DOCTYPE in any part is refused, so no entity is ever expanded; the parts
 * read may inflate to {@link InputLimits#MAX_INFLATED_BYTES} together and to {@link
 * InputLimits#MAX_INFLATION_RATIO} times the file's size, so a zip bomb is stopped while it
 * inflates.
 */
final class DocxReader {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
  private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String R_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
  private static final String MAX_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
  /** Inflation below this many bytes is never a bomb, whatever the ratio. */
  private static final long RATIO_FLOOR = 4L * 1024 * 1024;

  private static final ThreadLocal<SAXParser> PARSER = ThreadLocal.withInitial(DocxReader::newParser);

  /** A paragraph as the XML gives it: its text and the id of its style. */
  record Paragraph(String text, String styleId) {}

  /** What was read: the first page's header, the body, and the names of the styles. */
  record Parts(List<Paragraph> firstHeader, List<Paragraph> body, Map<String, String> styleNames) {}

  /** Thrown from inside the parse when the parts inflate beyond their limit. */
  private static final class TooMuchInflated extends IOException {
    private static final long serialVersionUID = 1L;
  }

  Parts read(Source source) throws PlenaryException {
    byte[] bytes = source.bytes();
    long[] inflated = {0};
    long limit = Math.min(InputLimits.MAX_INFLATED_BYTES,
        Math.max(RATIO_FLOOR, (long) bytes.length * InputLimits.MAX_INFLATION_RATIO));
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      Package pkg = new Package(zip, inflated, limit);
      String main = pkg.mainPart();
      Map<String, Relationship> rels = pkg.relationships(main);
      Map<String, String> styles = new HashMap<>();
      for (Relationship r : rels.values()) {
        if (r.type().endsWith("/styles")) {
          pkg.parse(r.target(), new StylesHandler(styles));
        }
      }
      BodyHandler body = new BodyHandler();
      if (!pkg.parse(main, body)) {
        throw new UnreadableInput(source.name(), "the Word file has no document part (" + main + ")");
      }
      List<Paragraph> header = new ArrayList<>();
      Relationship first = body.firstHeaderId == null ? null : rels.get(body.firstHeaderId);
      if (first != null) {
        BodyHandler headerParagraphs = new BodyHandler();
        pkg.parse(first.target(), headerParagraphs);
        header = headerParagraphs.paragraphs;
      }
      return new Parts(header, body.paragraphs, styles);
    } catch (TooMuchInflated e) {
      throw new InputLimitExceeded(source.name(), "zip bomb: the Word file's parts inflate to more than "
          + (limit == InputLimits.MAX_INFLATED_BYTES ? InputLimits.megabytes(limit)
              : InputLimits.MAX_INFLATION_RATIO + " times its size"));
    } catch (SAXParseException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("DOCTYPE")) {
        throw new UnreadableInput(source.name(), "the Word file declares a DOCTYPE; external entities are refused", e);
      }
      if (message.contains("maxElementDepth")) {
        throw new InputLimitExceeded(source.name(), "the Word file's XML: nesting deeper than "
            + InputLimits.count(InputLimits.MAX_DEPTH) + " elements");
      }
      throw new UnreadableInput(source.name(), "corrupt Word file: its XML is not well-formed (line "
          + e.getLineNumber() + ")", e);
    } catch (SAXException e) {
      if (e.getCause() instanceof InterruptedIOException) {
        throw new UnreadableInput(source.name(), "parsing was interrupted");
      }
      throw new UnreadableInput(source.name(), "corrupt Word file: its XML cannot be read", e);
    } catch (InterruptedIOException e) {
      throw new UnreadableInput(source.name(), "parsing was interrupted");
    } catch (IOException e) {
      throw new UnreadableInput(source.name(), "corrupt Word file: not a readable ZIP package", e);
    }
  }

  /** A relationship of a part: its type and the part it points to, as a name inside the package. */
  record Relationship(String type, String target) {}

  /** The parts of the package, read through one inflation budget. */
  private static final class Package {
    private final ZipFile zip;
    private final long[] inflated;
    private final long limit;

    Package(ZipFile zip, long[] inflated, long limit) {
      this.zip = zip;
      this.inflated = inflated;
      this.limit = limit;
    }

    /** The main document part, as the content types name it (word/document.xml when they do not). */
    String mainPart() throws IOException, SAXException {
      String[] main = {null};
      parse("[Content_Types].xml", new DefaultHandler() {
        @Override
        public void startElement(String uri, String local, String qName, Attributes attrs) {
          String type = attrs.getValue("ContentType");
          if ("Override".equals(local) && main[0] == null && type != null && type.contains("wordprocessingml")
              && type.endsWith(".main+xml")) {
            main[0] = strip(attrs.getValue("PartName"));
          }
        }
      });
      return main[0] == null ? "word/document.xml" : main[0];
    }

    /** The relationships of a part, by id, their targets resolved against the part's folder. */
    Map<String, Relationship> relationships(String part) throws IOException, SAXException {
      int slash = part.lastIndexOf('/');
      String folder = slash < 0 ? "" : part.substring(0, slash + 1);
      Map<String, Relationship> out = new HashMap<>();
      parse(folder + "_rels/" + part.substring(slash + 1) + ".rels", new DefaultHandler() {
        @Override
        public void startElement(String uri, String local, String qName, Attributes attrs) {
          String id = attrs.getValue("Id");
          String target = attrs.getValue("Target");
          if ("Relationship".equals(local) && id != null && target != null && !"External".equals(attrs.getValue("TargetMode"))) {
            out.put(id, new Relationship(String.valueOf(attrs.getValue("Type")), resolve(folder, target)));
          }
        }
      });
      return out;
    }

    /** Streams a part through a handler; false when the package has no such part. */
    boolean parse(String name, DefaultHandler handler) throws IOException, SAXException {
      ZipArchiveEntry entry = zip.getEntry(name);
      if (entry == null || entry.isDirectory()) {
        return false;
      }
      if (entry.getMethod() != ZipArchiveEntry.STORED && entry.getMethod() != ZipArchiveEntry.DEFLATED) {
        // Word stores or deflates its parts; other methods (zstd, bzip2...) would need codecs not on the class path
        throw new IOException("part " + name + " is compressed with method " + entry.getMethod());
      }
      try (InputStream in = new Counted(zip.getInputStream(entry), inflated, limit)) {
        SAXParser parser = PARSER.get();
        parser.reset();
        configure(parser);
        parser.parse(in, handler);
      } catch (SAXException e) {
        if (e.getCause() instanceof TooMuchInflated bomb) {
          throw bomb;
        }
        throw e;
      }
      return true;
    }
  }

  private static String strip(String partName) {
    return partName == null ? null : partName.startsWith("/") ? partName.substring(1) : partName;
  }

  /** A relationship's target as a part name: relative to the part's folder, or absolute. */
  static String resolve(String folder, String target) {
    String path = target.startsWith("/") ? target.substring(1) : folder + target;
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.equals("..")) {
        parts.pollLast();
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }

  /** Counts the bytes every part inflates to, against one budget for the whole file. */
  private static final class Counted extends FilterInputStream {
    private final long[] inflated;
    private final long limit;

    Counted(InputStream in, long[] inflated, long limit) {
      super(in);
      this.inflated = inflated;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) throws IOException {
      if (Cancellation.requested()) {
        throw new InterruptedIOException("parsing was interrupted");
      }
      inflated[0] += n;
      if (inflated[0] > limit) {
        throw new TooMuchInflated();
      }
    }
  }

  private static boolean isWord(String uri) {
    return W.equals(uri) || W_STRICT.equals(uri);
  }

  /** The styles part: each paragraph style's id and its name. */
  private static final class StylesHandler extends DefaultHandler {
    private final Map<String, String> names;
    private String styleId;

    StylesHandler(Map<String, String> names) {
      this.names = names;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attrs) {
      if (!isWord(uri)) {
        return;
      }
      if (local.equals("style")) {
        styleId = attrs.getValue(uri, "styleId");
      } else if (local.equals("name") && styleId != null) {
        names.putIfAbsent(styleId, attrs.getValue(uri, "val"));
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (isWord(uri) && local.equals("style")) {
        styleId = null;
      }
    }
  }

  /**
   * A body or header part: the text of each paragraph in document order (table cells' paragraphs
   * where the table stands), as Word shows it. Left out: deleted text, field codes, text boxes
   * (drawn beside the text, and kept twice, as drawing and as its fallback) and the fallback
   * branch of alternative content. Tabs and line breaks are kept as tab and newline. The body's own
   * section properties name the first page's header.
   */
  private static final class BodyHandler extends DefaultHandler {
    final List<Paragraph> paragraphs = new ArrayList<>();
    String firstHeaderId;
    private final StringBuilder text = new StringBuilder();
    private String styleId;
    private int paragraphDepth;
    private int depth;
    /** The depth of the element whose whole content is left out, or 0. */
    private int skipping;
    private boolean inText;
    private int bodyDepth = -1;

    @Override
    public void startElement(String uri, String local, String qName, Attributes attrs) throws SAXException {
      if (Cancellation.requested()) {
        throw new SAXException(new InterruptedIOException("parsing was interrupted"));
      }
      depth++;
      if (skipping > 0) {
        return;
      }
      if (MC.equals(uri) && local.equals("Fallback")) {
        skipping = depth;
        return;
      }
      if (!isWord(uri)) {
        return;
      }
      switch (local) {
        case "txbxContent" -> skipping = depth;
        case "body" -> bodyDepth = depth;
        case "p" -> {
          if (paragraphDepth == 0) {
            paragraphDepth = depth;
            text.setLength(0);
            styleId = null;
          }
        }
        case "pStyle" -> {
          if (paragraphDepth > 0 && styleId == null) {
            styleId = attrs.getValue(uri, "val");
          }
        }
        case "t" -> inText = paragraphDepth > 0;
        case "tab", "ptab" -> append('\t');
        case "br", "cr" -> append('\n');
        case "noBreakHyphen" -> append('\u2011');
        case "headerReference" -> {
          if (depth == bodyDepth + 2 && "first".equals(attrs.getValue(uri, "type"))) {
            String id = attrs.getValue(R, "id");
            firstHeaderId = id != null ? id : attrs.getValue(R_STRICT, "id");
          }
        }
        default -> { }
      }
    }

    private void append(char c) {
      if (paragraphDepth > 0) {
        text.append(c);
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inText && skipping == 0) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      if (skipping == depth) {
        skipping = 0;
      } else if (skipping == 0 && isWord(uri)) {
        if (local.equals("t")) {
          inText = false;
        } else if (local.equals("p") && depth == paragraphDepth) {
          paragraphs.add(new Paragraph(text.toString(), styleId));
          paragraphDepth = 0;
        } else if (local.equals("body")) {
          bodyDepth = -1;
        }
      }
      depth--;
    }
  }

  private static SAXParser newParser() {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(DISALLOW_DOCTYPE, true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      SAXParser parser = factory.newSAXParser();
      configure(parser);
      return parser;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the platform's XML parser cannot be made safe", e);
    }
  }

  /** Properties a reset takes away: set again before each part. */
  private static void configure(SAXParser parser) throws SAXException {
    parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    parser.setProperty(MAX_DEPTH, String.valueOf(InputLimits.MAX_DEPTH));
  }
}
