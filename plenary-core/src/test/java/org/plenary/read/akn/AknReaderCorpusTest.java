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
import org.plenary.model.Language;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/**
 * Each AKN4UN file of the sample in {@code unxml} (GA session 75, SC 2020-2021, six languages, with
 * the one file the UN published malformed) is read, and its symbol, date, session, agenda items and count of numbered paragraphs
 * are those the XML's own markup states, as an XPath over the file finds them; and the printed text,
 * read by the extractors of every input, agrees with what the markup states (no cross-check warning).
 */
class AknReaderCorpusTest {
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern LANGUAGE_LETTER = Pattern.compile("[-_\\d]([ACEFRS])\\.xml$");
  private static final java.util.Map<String, Language> LANGUAGES = java.util.Map.ofEntries(
      java.util.Map.entry("Arabic", Language.AR), java.util.Map.entry("A", Language.AR),
      java.util.Map.entry("Chinese", Language.ZH), java.util.Map.entry("C", Language.ZH),
      java.util.Map.entry("English", Language.EN), java.util.Map.entry("E", Language.EN),
      java.util.Map.entry("French", Language.FR), java.util.Map.entry("F", Language.FR),
      java.util.Map.entry("Russian", Language.RU), java.util.Map.entry("R", Language.RU),
      java.util.Map.entry("Spanish", Language.ES), java.util.Map.entry("S", Language.ES));

  @Test
  void readsEveryUnFileAsItsOwnMarkupStates() throws Exception {
    List<Path> files = Corpus.unxml();
    assertThat(files).hasSizeGreaterThan(100);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    XPath xpath = XPathFactory.newInstance().newXPath();
    AknReader reader = new AknReader();
    List<String> mismatches = new ArrayList<>();
    int read = 0;
    int malformed = 0;
    long nanos = 0;
    int sessionFromText = 0;
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
      // the printed text, read as every input is, says what the markup states
      check(mismatches, file, "reading against the markup", List.of(),
          d.warnings().stream().filter(w -> w.startsWith("the markup's")).toList());
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
      check(mismatches, file, "symbol", symbol.isEmpty() ? List.of() : List.of(symbol.replaceAll("\\s*\\(", " (")),
          d.symbols());
      check(mismatches, file, "date", date, String.valueOf(d.date()));
      boolean printedOnly = session.isEmpty() && (Double) xpath.evaluate("count(" + cover + "//*[local-name()="
          + "'session'])", xml, XPathConstants.NUMBER) > 0;
      if (printedOnly) {
        // the markup gives no value: the reader reads the printed ordinal, which the symbol A/RES/75/19 also shows
        sessionFromText++;
        Matcher inSymbol = Pattern.compile("^A/RES/(\\d+)/").matcher(symbol);
        if (d.session() != null || d.warnings().stream().noneMatch(w -> w.contains("session has no number"))) {
          check(mismatches, file, "session read from the printed ordinal",
              inSymbol.find() ? Integer.valueOf(inSymbol.group(1)) : null, d.session());
        }
      } else {
        check(mismatches, file, "session", session.isEmpty() ? null : Integer.valueOf(session), d.session());
      }
      check(mismatches, file, "agenda items", items, d.agendaItems().stream().map(AgendaItem::number).toList());
      check(mismatches, file, "numbered paragraphs", (long) paragraphs, numbered);
      // the UN names each file with its language's letter (75_100_E.xml); a few sit in another language's folder
      Matcher letter = LANGUAGE_LETTER.matcher(file.getFileName().toString());
      check(mismatches, file, "language", letter.find() ? LANGUAGES.get(letter.group(1))
          : LANGUAGES.get(file.getParent().getFileName().toString()), d.language());
      assertThat(d.title()).as(file + " title").isNotBlank();
    }
    System.out.printf("read %d AKN4UN files in %.1f s%n", read, nanos / 1e9);
    assertThat(mismatches).isEmpty();
    assertThat(sessionFromText).as("files whose session has no value").isLessThan(files.size() / 20);
    assertThat(read).isEqualTo(files.size() - malformed);
    assertThat(malformed).as("files the UN published malformed").isEqualTo(1);
  }

  private static void check(List<String> mismatches, Path file, String field, Object expected, Object actual) {
    if (!String.valueOf(expected).equals(String.valueOf(actual))) {
      mismatches.add(file.getFileName() + " " + field + ": expected " + expected + ", read " + actual);
    }
  }
}
