package org.plenary.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.Corpus;
import org.plenary.Plenary;
import org.plenary.model.AgendaItem;
import org.plenary.model.Document;
import org.plenary.model.DocumentType;
import org.plenary.model.Language;
import org.plenary.model.Source;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The same resolution read from its six language versions (the UN's AKN4UN XML, whose paragraphs
 * are joined into plain text as a web page prints them) gives the same symbols, session, agenda
 * items, type and date.
 */
class CrossLanguageResolutionTest {
  private static final Path UNXML = Corpus.resolve("unxml");
  private static final Map<Language, String> FOLDERS = Map.of(Language.EN, "English", Language.FR, "French",
      Language.ES, "Spanish", Language.RU, "Russian", Language.ZH, "Chinese", Language.AR, "Arabic");
  private static final Map<Language, String> SUFFIXES = Map.of(Language.EN, "E", Language.FR, "F",
      Language.ES, "S", Language.RU, "R", Language.ZH, "C", Language.AR, "A");

  record Expected(String folder, String stem, String symbol, Integer session, List<String> items, LocalDate date) {}

  static Stream<Arguments> resolutions() {
    List<Expected> expected = List.of(
        new Expected("ga75", "75_100_", "A/RES/75/100", 75, List.of("55"), LocalDate.of(2020, 12, 18)),
        // adopted in parts: its symbol keeps its part letter
        new Expected("ga75", "75_290 A_", "A/RES/75/290 A", 75, List.of("14", "122"), null),
        new Expected("ga75", "75_126_", "A/RES/75/126", 75, null, null),
        // its preamble cites "the letter dated ..." in running text: no letter title
        new Expected("ga75", "75_94_", "A/RES/75/94", 75, null, null),
        new Expected("ga75", "75_152_", "A/RES/75/152", 75, null, null),
        new Expected("sc/2020", "S_RES_2505 (2020)-2000446", "S/RES/2505 (2020)", null, List.of(),
            LocalDate.of(2020, 1, 13)));
    List<Arguments> out = new ArrayList<>();
    for (Expected e : expected) {
      for (Language language : Language.values()) {
        out.add(Arguments.of(e, language));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("resolutions")
  void readsTheSameRecordFromEveryLanguage(Expected expected, Language language) throws Exception {
    Document english = parse(expected, Language.EN);
    Document version = parse(expected, language);

    assertThat(version.language()).isEqualTo(language);
    assertThat(english.symbols()).contains(expected.symbol());
    assertThat(english.session()).isEqualTo(expected.session());
    assertThat(english.type()).isEqualTo(DocumentType.RESOLUTION);
    if (expected.items() != null) {
      assertThat(items(english)).isEqualTo(expected.items());
    }
    if (expected.date() != null) {
      assertThat(english.date()).isEqualTo(expected.date());
    }
    assertThat(version.symbols()).isEqualTo(english.symbols());
    assertThat(version.session()).isEqualTo(english.session());
    assertThat(items(version)).isEqualTo(items(english));
    assertThat(version.type()).isEqualTo(english.type());
    assertThat(version.date()).isEqualTo(english.date());
    assertThat(titlesEn(version)).isEqualTo(titlesEn(english));
    if (expected.session() != null) {
      // the English titles come from reference data, whatever the version's language
      assertThat(titlesEn(version)).doesNotContainNull();
    }
  }

  private static List<String> items(Document d) {
    return d.agendaItems().stream().map(a -> a.number() + (a.subItem() == null ? "" : a.subItem())).toList();
  }

  private static List<String> titlesEn(Document d) {
    return d.agendaItems().stream().map(AgendaItem::titleEn).toList();
  }

  private static Document parse(Expected expected, Language language) throws Exception {
    Path folder = UNXML.resolve(expected.folder()).resolve(FOLDERS.get(language));
    String name = expected.stem() + SUFFIXES.get(language) + ".xml";
    String text = plainText(folder.resolve(name));
    return Plenary.create().parse(new Source(name.replace(".xml", ".txt"), text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The text of the resolution's paragraphs, one per line, as a web page prints them. */
  static String plainText(Path xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    org.w3c.dom.Document dom;
    try (var in = Files.newInputStream(xml)) {
      dom = factory.newDocumentBuilder().parse(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + xml, e);
    }
    NodeList paragraphs = dom.getElementsByTagNameNS("*", "p");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < paragraphs.getLength(); i++) {
      Element p = (Element) paragraphs.item(i);
      if (p.getParentNode() instanceof Element parent && "p".equals(parent.getLocalName())) {
        continue;
      }
      String line = p.getTextContent().replaceAll("\\s+", " ").strip();
      if (!line.isEmpty()) {
        text.append(line).append('\n');
      }
    }
    return text.toString();
  }
}
