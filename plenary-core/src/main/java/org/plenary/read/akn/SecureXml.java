package org.plenary.read.akn;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.plenary.InputLimitExceeded;
import org.plenary.UnreadableInput;
import org.plenary.model.Source;
import org.plenary.read.InputLimits;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML without reading anything but its bytes: a DOCTYPE is refused outright, so no DTD, no
 * external entity and no entity expansion can be smuggled in (XXE, "billion laughs"). One parser per
 * thread: building a factory is the slow part, and a {@link DocumentBuilder} is not thread-safe.
 */
final class SecureXml {
  private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
  private static final String MAX_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

  private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SecureXml::newBuilder);

  private static final ErrorHandler FAIL_ON_ERROR = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {
      // a warning does not make the file unreadable
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };

  private SecureXml() {}

  static Document parse(Source source) throws UnreadableInput, InputLimitExceeded {
    DocumentBuilder builder = BUILDER.get();
    builder.reset();
    builder.setErrorHandler(FAIL_ON_ERROR);
    InputSource input = new InputSource(new ByteArrayInputStream(source.bytes()));
    try {
      return builder.parse(input);
    } catch (SAXParseException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("maxElementDepth")) {
        throw new InputLimitExceeded(source.name(), "nesting deeper than "
            + InputLimits.count(InputLimits.MAX_DEPTH) + " elements");
      }
      if (message.contains("DOCTYPE")) {
        throw new UnreadableInput(source.name(), "the XML declares a DOCTYPE; DTDs and external entities are"
            + " refused for safety", e);
      }
      throw new UnreadableInput(source.name(), "not well-formed XML at line " + e.getLineNumber() + ", column "
          + e.getColumnNumber() + ": " + message, e);
    } catch (SAXException | IOException e) {
      throw new UnreadableInput(source.name(), "the XML cannot be parsed: " + e.getMessage(), e);
    }
  }

  private static DocumentBuilder newBuilder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(DISALLOW_DOCTYPE, true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      // the record is read by walking the tree: its depth is bounded here, where the parser counts it
      factory.setAttribute(MAX_DEPTH, String.valueOf(InputLimits.MAX_DEPTH));
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the platform's XML parser cannot be made safe", e);
    }
  }
}
