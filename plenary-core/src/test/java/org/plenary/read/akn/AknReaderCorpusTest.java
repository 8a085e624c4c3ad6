package org.plenary.read.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.plenary.Corpus;
import org.plenary.UnreadableInput;
import org.plenary.model.AgendaItem;
import org.plenary.model.BlockKind;
import org.plenary.model.Document;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/**
 * Every AKN4UN file the UN published in {@code corpus/unxml} (GA session 75, SC 2020-2021, six
 * languages) is read, and its symbol, date, session, agenda items and count of numbered paragraphs
 * are those the XML's own markup states, as an XPath over the file finds them.
 */
class AknReaderCorpusTest {
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  @Test
  void readsEveryUnFileAsItsOwnMarkupStates() throws Exception {
    List<Path> files = Corpus.unxml();
    assertThat(files).hasSizeGreaterThan(2500);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    XPath xpath = XPathFactory.newInstance().newXPath();
    AknReader reader = new AknReader();
    List<String> mismatches = new ArrayList<>();
    int read = 0;
    int malformed = 0;
    long nanos = 0;
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      Source source = new Source(file.toString(), bytes);
      assertThat(AknReader.accepts(bytes)).as(file.toString()).isTrue();
      org.w3c.dom.Document xml;
      try {
        javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        xml = builder.parse(file.toFile());
      } catch (SAXParseException e) {
        malformed++;
        assertThatThrownBy(() -> reader.read(source, new Diagnostics())).isInstanceOf(UnreadableInput.class)
            .hasMessageContaining(file.toString()).hasMessageContaining("not well-formed XML at line");
        continue;
      }
      long start = System.nanoTime();
      Document d = reader.read(source, new Diagnostics());
      nanos += System.nanoTime() - start;
      read++;
      String cover = "/*[local-name()='akomaNtoso']/*/*[local-name()='coverPage']";
      String symbol = xpath.evaluate(cover + "//*[local-name()='docNumber'][@refersTo='#symbol']", xml).strip();
      String date = xpath.evaluate(cover + "//*[local-name()='docDate'][@refersTo='#dateOfIssuance']/@date", xml);
      String session = xpath.evaluate(cover + "//*[local-name()='session']/@value", xml);
      List<Integer> items = new ArrayList<>();
      NodeList agenda = (NodeList) xpath.evaluate(cover + "//*[local-name()='inline'][@name='agenda item']", xml,
          XPathConstants.NODESET);
      for (int i = 0; i < agenda.getLength(); i++) {
        Matcher m = NUMBER.matcher(agenda.item(i).getTextContent());
        while (m.find()) {
          items.add(Integer.valueOf(m.group()));
        }
      }
      double paragraphs = (Double) xpath.evaluate("count(/*[local-name()='akomaNtoso']//*[local-name()='mainBody']"
          + "[not(ancestor::*[local-name()='attachments'])]//*[local-name()='paragraph']"
          + "[normalize-space(*[local-name()='num']) != '']"
          + "[not(ancestor::*[local-name()='attachments'])])", xml, XPathConstants.NUMBER);
      long numbered = d.body().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH && b.number() != null).count();
      check(mismatches, file, "symbol", List.of(symbol.replaceAll("\\s*\\(", " (")), d.symbols());
      check(mismatches, file, "date", date, String.valueOf(d.date()));
      check(mismatches, file, "session", session.isEmpty() ? null : Integer.valueOf(session), d.session());
      check(mismatches, file, "agenda items", items, d.agendaItems().stream().map(AgendaItem::number).toList());
      check(mismatches, file, "numbered paragraphs", (long) paragraphs, numbered);
      assertThat(d.language()).isNotNull();
      assertThat(d.title()).as(file + " title").isNotBlank();
    }
    System.out.printf("read %d AKN4UN files in %.1f s%n", read, nanos / 1e9);
    assertThat(mismatches).isEmpty();
    assertThat(read).isEqualTo(files.size() - malformed);
    assertThat(malformed).as("files the UN published malformed").isLessThanOrEqualTo(1);
  }

  private static void check(List<String> mismatches, Path file, String field, Object expected, Object actual) {
    if (!String.valueOf(expected).equals(String.valueOf(actual))) {
      mismatches.add(file.getFileName() + " " + field + ": expected " + expected + ", read " + actual);
    }
  }

  static String text(Node node) {
    return node.getTextContent().strip();
  }
}
