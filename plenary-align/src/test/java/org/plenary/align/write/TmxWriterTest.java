package org.plenary.align.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.plenary.align.Aligner;
import org.plenary.align.Alignment;
import org.plenary.align.Version;
import org.plenary.align.VersionReader;
import org.plenary.model.Language;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** TMX of real resolutions: valid against the TMX 1.4 DTD, read back whole, every character kept. */
class TmxWriterTest {
  private static final String[] LANGUAGES = {"ar", "zh", "en", "fr", "ru", "es"};
  private static final String DOCUMENT = "/align/paragraphs/S_RES_2549 (2020)/";

  private static List<Version> versions() throws Exception {
    List<Version> versions = new ArrayList<>();
    for (String code : LANGUAGES) {
      String text = new String(TmxWriterTest.class.getResourceAsStream(DOCUMENT + code + ".txt").readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
      versions.add(new Version(Language.find(code).orElseThrow(), VersionReader.blocks(text)));
    }
    return versions;
  }

  private static String tmx(Alignment alignment, Language original) {
    StringWriter out = new StringWriter();
    new TmxWriter().write(alignment, original, out);
    return out.toString();
  }

  /** Parses TMX validating it against the DTD of the test resources; any error fails. */
  private static org.w3c.dom.Document parseValid(String tmx) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setValidating(true);
    factory.setNamespaceAware(true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setEntityResolver((publicId, systemId) -> systemId != null && systemId.endsWith("tmx14.dtd")
        ? new InputSource(TmxWriterTest.class.getResourceAsStream("/tmx/tmx14.dtd")) : null);
    builder.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) throws SAXParseException {
        throw e;
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXParseException {
        throw e;
      }
    });
    return builder.parse(new InputSource(new StringReader(tmx)));
  }

  /** Each language's segments in unit order, as a TMX reader gets them. */
  private static Map<String, List<String>> segments(org.w3c.dom.Document tmx) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    NodeList tuvs = tmx.getElementsByTagName("tuv");
    for (int i = 0; i < tuvs.getLength(); i++) {
      Element tuv = (Element) tuvs.item(i);
      String lang = tuv.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
      out.computeIfAbsent(lang, l -> new ArrayList<>()).add(tuv.getElementsByTagName("seg").item(0).getTextContent());
    }
    return out;
  }

  @Test
  void writesValidTmxOfOneUnitPerBead() throws Exception {
    Alignment alignment = Aligner.create().align(versions());
    org.w3c.dom.Document tmx = parseValid(tmx(alignment, Language.EN));
    assertThat(tmx.getElementsByTagName("tu").getLength()).isEqualTo(alignment.beads().size());
    Element header = (Element) tmx.getElementsByTagName("header").item(0);
    assertThat(header.getAttribute("srclang")).isEqualTo("en");
    assertThat(header.getAttribute("segtype")).isEqualTo("paragraph");
    // the French version has no line for the adoption date: a unit holds the five other languages
    NodeList units = tmx.getElementsByTagName("tu");
    int withoutFrench = 0;
    for (int i = 0; i < units.getLength(); i++) {
      withoutFrench += ((Element) units.item(i)).getElementsByTagName("tuv").getLength() == 5 ? 1 : 0;
    }
    assertThat(withoutFrench).isEqualTo(1);
  }

  @Test
  void keepsEveryCharacterOfEveryParagraph() throws Exception {
    List<Version> versions = versions();
    Map<String, List<String>> read = segments(parseValid(tmx(Aligner.create().align(versions), null)));
    for (Version version : versions) {
      assertThat(String.join("\n", read.get(version.language().code())))
          .isEqualTo(String.join("\n", version.segments()));
    }
  }

  @Test
  void keepsEveryCharacterOfEverySentence() throws Exception {
    List<Version> versions = versions();
    Alignment sentences = Aligner.create().alignSentences(versions);
    org.w3c.dom.Document tmx = parseValid(tmx(sentences, null));
    assertThat(((Element) tmx.getElementsByTagName("header").item(0)).getAttribute("srclang")).isEqualTo("*all*");
    Map<String, List<String>> read = segments(tmx);
    for (Version version : versions) {
      // a unit that joins sentences of two paragraphs sets a line break between them
      String written = String.join("", read.get(version.language().code()));
      String given = String.join("", version.segments());
      assertThat(written.replace("\n", "")).isEqualTo(given.replace("\n", ""));
    }
  }

  @Test
  void escapesMarkupAndKeepsCarriageReturns() throws Exception {
    List<Version> versions = List.of(
        new Version(Language.EN, List.of("Prices <b> & \"quotes\" \r\n 5 > 3")),
        new Version(Language.FR, List.of("Les prix <b> & « guillemets » \r\n 5 > 3")));
    Map<String, List<String>> read = segments(parseValid(tmx(Aligner.create().align(versions), null)));
    assertThat(read.get("en")).containsExactly("Prices <b> & \"quotes\" \r\n 5 > 3");
    assertThat(read.get("fr")).containsExactly("Les prix <b> & « guillemets » \r\n 5 > 3");
  }
}
