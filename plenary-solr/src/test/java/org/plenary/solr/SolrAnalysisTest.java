package org.plenary.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.Plenary;
import org.plenary.index.Analysis;
import org.plenary.index.Fields;
import org.plenary.model.AgendaItem;
import org.plenary.model.Document;
import org.plenary.model.Source;
import org.plenary.write.TextWriter;

/**
 * The generated configset analyses as the embedded index does: every analysed field of each real
 * document (title, text, symbols, agenda titles, in six languages) gives the same tokens at the
 * same positions in a SolrCloud collection (Solr's own analysis of the field) as in Lucene.
 */
class SolrAnalysisTest {
  @TempDir
  static Path tmp;
  static TestCluster cluster;
  static List<Document> documents = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    cluster = TestCluster.start(1, tmp.resolve("solr"));
    cluster.createCollection("analysis", 1, 1);
    Plenary plenary = Plenary.create();
    try (Stream<Path> files = Files.list(TestDocuments.copyTo(tmp.resolve("documents")))) {
      for (Path file : files.sorted().toList()) {
        documents.add(plenary.parse(new Source(file.getFileName().toString(), Files.readAllBytes(file))));
      }
    }
  }

  @AfterAll
  static void stop() throws Exception {
    cluster.close();
  }

  @Test
  void everyFieldOfEveryDocumentIsAnalysedAsTheEmbeddedIndexDoes() throws Exception {
    Analyzer lucene = Analysis.perField();
    int compared = 0;
    for (Document document : documents) {
      List<String[]> values = new ArrayList<>();
      values.add(new String[] {Fields.text(document.language()), new TextWriter().write(document)});
      if (document.title() != null) {
        values.add(new String[] {Fields.title(document.language()), document.title()});
      }
      document.symbols().forEach(s -> values.add(new String[] {Fields.SYMBOL, s}));
      document.agendaItems().stream().map(AgendaItem::titleEn).filter(t -> t != null)
          .forEach(t -> values.add(new String[] {Fields.AGENDA_TITLE, t}));
      for (String[] value : values) {
        List<String> expected = tokens(lucene, value[0], value[1]);
        assertThat(solrTokens(value[0], value[1])).as(value[0] + " of " + document.source().path()).isEqualTo(expected);
        compared += expected.size();
      }
    }
    assertThat(compared).isGreaterThan(10_000);
  }

  @Test
  void theConfigsetCarriesTheWordListsItsChainsName() throws IOException {
    Path conf = new ConfigsetWriter().write(tmp.resolve("written"));
    assertThat(Files.readString(conf.resolve("schema.xml"))).contains("<tokenizer name=\"hmmChinese\"/>")
        .contains("words=\"lang/zh-stopwords.txt\"");
    assertThat(conf.resolve("lang/zh-stopwords.txt")).isNotEmptyFile();
  }

  /** Each token as "position:term", positions counted as Lucene counts them. */
  private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = 0;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(position + ":" + term);
      }
      stream.end();
    }
    return tokens;
  }

  private static List<String> solrTokens(String field, String text) throws Exception {
    FieldAnalysisRequest request = new FieldAnalysisRequest().addFieldName(field).setFieldValue(text);
    request.setMethod(SolrRequest.METHOD.POST); // a whole document's text is too long for a URL
    FieldAnalysisResponse response = request.process(cluster.client(), "analysis");
    List<AnalysisResponseBase.AnalysisPhase> phases = new ArrayList<>();
    response.getFieldNameAnalysis(field).getIndexPhases().forEach(phases::add);
    List<String> tokens = new ArrayList<>();
    for (AnalysisResponseBase.TokenInfo token : phases.get(phases.size() - 1).getTokens()) {
      tokens.add(token.getPosition() + ":" + token.getText());
    }
    return tokens;
  }
}
