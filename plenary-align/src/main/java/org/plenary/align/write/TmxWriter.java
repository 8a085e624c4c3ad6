package org.plenary.align.write;

import java.io.Writer;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.plenary.align.Alignment;
import org.plenary.align.Bead;
import org.plenary.align.SegmentKind;
import org.plenary.model.Language;
import org.plenary.write.XmlText;

/**
 * Writes an alignment as TMX 1.4 (valid against tmx14.dtd, read by OmegaT and other translation
 * memory tools): one {@code <tu>} per bead, one {@code <tuv xml:lang>} per version that has text in
 * it, the segment text kept character for character (a carriage return written as a character
 * reference, since XML would otherwise read it as a line feed; only the characters XML 1.0 cannot
 * hold at all are left out). {@code srclang} is the original language when known, else
 * {@code *all*}. Streams: a document of any length takes the memory of one bead.
 */
public final class TmxWriter {
  static final String TOOL = "plenary";

  private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

  /** Writes one document's alignment as a whole TMX file. */
  public void write(Alignment alignment, Language original, Writer out) {
    try {
      XMLStreamWriter xml = start(out, alignment.kind(), original);
      units(xml, alignment, null);
      finish(xml);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write TMX: " + e.getMessage(), e);
    }
  }

  /** Opens a TMX file to which several documents' units are added with {@link #units}. */
  public XMLStreamWriter start(Writer out, SegmentKind kind, Language original) throws XMLStreamException {
    XMLStreamWriter xml = factory.createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
    xml.writeCharacters("\n");
    xml.writeStartElement("tmx");
    xml.writeAttribute("version", "1.4");
    xml.writeCharacters("\n");
    xml.writeEmptyElement("header");
    xml.writeAttribute("creationtool", TOOL);
    String version = TmxWriter.class.getPackage().getImplementationVersion();
    xml.writeAttribute("creationtoolversion", version == null ? "development" : version);
    xml.writeAttribute("segtype", kind.tmxName());
    xml.writeAttribute("o-tmf", TOOL);
    xml.writeAttribute("adminlang", "en");
    xml.writeAttribute("srclang", original == null ? "*all*" : original.code());
    xml.writeAttribute("datatype", "plaintext");
    xml.writeCharacters("\n");
    xml.writeStartElement("body");
    xml.writeCharacters("\n");
    return xml;
  }

  /** Writes the beads of one alignment as translation units, each noting its document when given. */
  public void units(XMLStreamWriter xml, Alignment alignment, String document) throws XMLStreamException {
    for (Bead bead : alignment.beads()) {
      xml.writeStartElement("tu");
      if (document != null) {
        xml.writeStartElement("prop");
        xml.writeAttribute("type", "x-document");
        xml.writeCharacters(XmlText.clean(document));
        xml.writeEndElement();
      }
      for (int k = 0; k < alignment.versions().size(); k++) {
        if (bead.isEmpty(k)) {
          continue;
        }
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang",
            alignment.versions().get(k).language().code().toLowerCase(Locale.ROOT));
        xml.writeStartElement("seg");
        text(xml, XmlText.clean(alignment.text(bead, k)));
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
    }
  }

  public void finish(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
  }

  private static void text(XMLStreamWriter xml, String text) throws XMLStreamException {
    int from = 0;
    for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', from)) {
      xml.writeCharacters(text.substring(from, i));
      xml.writeEntityRef("#13");
      from = i + 1;
    }
    xml.writeCharacters(text.substring(from));
  }
}
