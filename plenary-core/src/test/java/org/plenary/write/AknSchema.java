package org.plenary.write;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.plenary.Corpus;
import org.xml.sax.SAXException;

/** The OASIS Akoma Ntoso 3.0 schema, compiled once, to validate what the writer writes. */
final class AknSchema {
  private static final Schema SCHEMA = load();

  private AknSchema() {}

  private static Schema load() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      return factory.newSchema(Corpus.aknSchema().toFile());
    } catch (SAXException e) {
      throw new IllegalStateException("cannot load " + Corpus.aknSchema(), e);
    }
  }

  /** Validates the XML; throws with the line, column and reason of the first error. */
  static void validate(String xml) throws Exception {
    Validator validator = SCHEMA.newValidator();
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    validator.validate(new StreamSource(new StringReader(xml)));
  }
}
