package org.plenary.read.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.plenary.Corpus;
import org.plenary.Plenary;
import org.plenary.UnreadableInput;
import org.plenary.UnsupportedFormat;
import org.plenary.model.Document;
import org.plenary.model.DocumentType;
import org.plenary.model.Language;
import org.plenary.model.Organ;
import org.plenary.model.Source;
import org.plenary.model.SourceFormat;
import org.plenary.pipeline.Diagnostics;
import org.plenary.pipeline.Warning;
import org.plenary.pipeline.WarningCode;
import org.plenary.read.Cancellation;
import org.w3c.dom.Element;

class AknReaderTest {
  private final AknReader reader = new AknReader();

  private static Source resource(String name) throws IOException {
    try (InputStream in = AknReaderTest.class.getResourceAsStream("/akn/" + name)) {
      return new Source(name, in.readAllBytes());
    }
  }

  @Test
  void refusesAnExternalEntityWithAClearError() throws IOException {
    Source xxe = resource("xxe.xml");
    assertThat(AknReader.accepts(xxe.bytes())).isTrue();
    assertThatThrownBy(() -> reader.read(xxe, new Diagnostics())).isInstanceOf(UnreadableInput.class)
        .hasMessageContaining("xxe.xml").hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("root:");
  }

  @Test
  void refusesEntityExpansionBeforeExpandingAnything() throws IOException {
    assertThatThrownBy(() -> reader.read(resource("billion-laughs.xml"), new Diagnostics()))
        .isInstanceOf(UnreadableInput.class).hasMessageContaining("DOCTYPE");
  }

  @Test
  void theLibraryRoutesAkomaNtosoToThisReaderByContent() throws Exception {
    Document d = Plenary.create().parse(Corpus.resolve("reference/akn/examples/GA_A-RES-75-100_eng.xml"));
    assertThat(d.symbols()).containsExactly("A/RES/75/100");
    assertThat(d.source().format()).isEqualTo(SourceFormat.TEXT);
    assertThat(d.type()).isEqualTo(DocumentType.RESOLUTION);
    assertThat(d.organs()).containsExactly(Organ.GA);
    assertThat(d.session()).isEqualTo(75);
    assertThat(d.agendaItems()).singleElement().satisfies(i -> {
      assertThat(i.number()).isEqualTo(55);
      assertThat(i.title()).isEqualTo("Comprehensive review of special political missions");
    });
    assertThat(d.date()).hasToString("2020-12-18");
    assertThat(d.references()).contains("A/RES/67/123", "S/RES/2282 (2016)");
  }

  @Test
  void readsChineseCoverPageAndPresidentialStatementType() throws Exception {
    Document zh = reader.read(new Source("zh", Files.readAllBytes(
        Corpus.resolve("reference/akn/examples/GA_A-RES-80-4_zho.xml"))), new Diagnostics());
    assertThat(zh.language()).isEqualTo(Language.ZH);
    assertThat(zh.symbols()).containsExactly("A/RES/80/4");
    assertThat(zh.session()).isEqualTo(80);
    Document prst = reader.read(new Source("prst", Files.readAllBytes(
        Corpus.resolve("unxml/sc/2020/English/S_PRST_2020_11.xml"))), new Diagnostics());
    assertThat(prst.type()).isEqualTo(DocumentType.PRESIDENTIAL_STATEMENT);
    assertThat(prst.organs()).containsExactly(Organ.SC);
  }

  @Test
  void warnsWhenThePrintedDateDisagreesWithItsAttribute() throws Exception {
    String xml = new String(Files.readAllBytes(Corpus.resolve(
        "reference/akn/examples/GA_A-RES-75-100_eng.xml")), StandardCharsets.UTF_8)
        .replace("date=\"2020-12-18\"", "date=\"2020-12-19\"");
    Document d = reader.read(new Source("changed", xml.getBytes(StandardCharsets.UTF_8)), new Diagnostics());
    assertThat(d.date()).hasToString("2020-12-19");
    assertThat(d.warnings()).anyMatch(w -> w.contains("2020-12-19") && w.contains("18 December 2020"));
  }

  @Test
  void readsTheMarkupsTreeWithTheExtractorsOfEveryInput() throws Exception {
    Document d = reader.read(new Source("ga", Files.readAllBytes(
        Corpus.resolve("reference/akn/examples/GA_A-RES-75-100_eng.xml"))), new Diagnostics());
    // the evidence is the printed text the extractors read, not the attribute beside it (the session
    // is the symbol's, as for every input)
    assertThat(d.evidence()).containsEntry("session", "A/RES/75/100")
        .containsEntry("date", "18 December 2020").containsEntry("agendaItems", "Agenda item 55");
    assertThat(d.title()).isEqualTo("Comprehensive review of special political missions");
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void warnsNamingBothValuesWhenTheMarkupsSessionDisagreesWithThePrintedOne() throws Exception {
    String xml = new String(Files.readAllBytes(Corpus.resolve(
        "reference/akn/examples/GA_A-RES-75-100_eng.xml")), StandardCharsets.UTF_8)
        .replace("value=\"75\"", "value=\"74\"").replace("A/RES/75/100", "A/RES/100");
    Document d = reader.read(new Source("changed", xml.getBytes(StandardCharsets.UTF_8)), new Diagnostics());
    assertThat(d.session()).isEqualTo(74);
    assertThat(d.warnings()).anyMatch(w -> w.contains("session is 74") && w.contains("reads 75")
        && w.contains("Seventy-fifth session"));
  }

  @Test
  void aCrossCheckWarningPointsToTheTextTheReadingCameFrom() throws Exception {
    String xml = new String(Files.readAllBytes(Corpus.resolve(
        "reference/akn/examples/GA_A-RES-75-100_eng.xml")), StandardCharsets.UTF_8)
        .replace("value=\"75\"", "value=\"74\"").replace("A/RES/75/100", "A/RES/100");
    Source source = new Source("changed", xml.getBytes(StandardCharsets.UTF_8));
    Diagnostics diagnostics = new Diagnostics();
    reader.read(source, diagnostics);
    Warning warning = diagnostics.warnings().stream().filter(w -> w.code() == WarningCode.AKN_MARKUP_DISAGREES)
        .findFirst().orElseThrow();
    // the text the extractors read: the tree the markup builds
    Element document = Elements.children(SecureXml.parse(source).getDocumentElement()).get(0);
    String text = new AknTree(document).build(source).text().slice(warning.where().orElseThrow());
    assertThat(text).isEqualTo("Seventy-fifth session");
  }

  @Test
  void stopsWalkingTheTreeOnceItsParseIsInterrupted() throws Exception {
    Source source = new Source("ga", Files.readAllBytes(Corpus.resolve("reference/akn/examples/GA_A-RES-75-100_eng.xml")));
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> reader.read(source, new Diagnostics())).isInstanceOf(Cancellation.Cancelled.class);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void acceptsOnlyXmlWhoseRootIsAkomaNtoso() {
    assertThat(AknReader.accepts("\uFEFF<?xml version=\"1.0\"?>\n<!-- c --><akomaNtoso xmlns=\"x\">"
        .getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(AknReader.accepts("<akn:akomaNtoso xmlns:akn=\"x\"/>".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(AknReader.accepts("<html><body>akomaNtoso</body></html>".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(AknReader.accepts("Letter dated 28 September 2020".getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void refusesAnotherNamespaceAndMalformedXml() {
    assertThatThrownBy(() -> reader.read(new Source("old.xml",
        "<akomaNtoso xmlns=\"http://www.akomantoso.org/2.0\"><doc/></akomaNtoso>".getBytes(StandardCharsets.UTF_8)),
        new Diagnostics())).isInstanceOf(UnsupportedFormat.class).hasMessageContaining("namespace");
    assertThatThrownBy(() -> reader.read(new Source("cut.xml",
        "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><doc>".getBytes(StandardCharsets.UTF_8)),
        new Diagnostics())).isInstanceOf(UnreadableInput.class).hasMessageContaining("cut.xml")
        .hasMessageContaining("not well-formed");
  }
}
