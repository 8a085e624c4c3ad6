package org.plenary.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.Plenary;
import org.plenary.index.DataFolder;
import org.plenary.index.IndexSummary;
import org.plenary.index.Indexer;
import org.plenary.index.LuceneIndex;
import org.plenary.index.Matches;
import org.plenary.index.SearchIndex;
import org.plenary.index.SearchRejected;
import org.plenary.index.SearchRequest;
import org.plenary.index.SearchResult;

/**
 * The same real documents indexed into the embedded index and into a SolrCloud collection of 2
 * shards with 2 replicas each on 2 nodes: every search of the query mix gives the same hits (by id)
 * and the same facet counts, in the same order, from both; so do records, sources, texts and
 * language versions.
 */
class EnginesAgreeTest {
  /** The searches of the index tests and of the query benchmark, and odd input. */
  static final List<Map<String, String>> MIX = List.of(
      Map.of(),
      Map.of("q", "A/RES/75/24"),
      Map.of("q", "a/res/75/24"),
      Map.of("q", "以色列", "type", "resolution"),
      Map.of("q", "Israël", "type", "resolution"),
      Map.of("q", "Израиль", "type", "resolution"),
      Map.of("q", "إسرائيل", "type", "resolution"),
      Map.of("q", "Arménie"),
      Map.of("agenda", "135"),
      Map.of("q", "responsibility to protect genocide", "lang", "zh"),
      Map.of("organ", "GA"),
      Map.of("organ", "SC"),
      Map.of("session", "75"),
      Map.of("lang", "ar"),
      Map.of("type", "letter"),
      Map.of("from", "2020-12-01", "to", "2020-12-31"),
      Map.of("q", "Golan"),
      Map.of("q", "Golan", "lang", "en"),
      Map.of("q", "climate change", "lang", "en"),
      Map.of("organ", "GA", "session", "75"),
      Map.of("q", "human rights", "from", "2020-01-01", "to", "2020-12-31"),
      Map.of("state", "ISR", "lang", "ru"),
      Map.of("state", "ARM"),
      Map.of("q", "Сомали"),
      Map.of("q", "الصومال", "organ", "SC"),
      Map.of("q", "\"special political missions\""),
      Map.of("q", "derechos humanos", "lang", "es"),
      Map.of("type", "letter", "from", "2020"),
      Map.of("q", "Armenia Azerbaijan", "agenda", "34"),
      Map.of("q", "Armen*"),
      Map.of("q", "missions -political"),
      Map.of("q", "Golan | Armenia"),
      Map.of("q", "resolutions~1"),
      Map.of("q", "联合国大会"),
      Map.of("q", "\"unbalanced"),
      Map.of("q", "(("),
      Map.of("q", "-"),
      Map.of("q", "+|~"),
      Map.of("q", "A/"),
      Map.of("q", "\u0000"),
      Map.of("q", "فلسطين\""),
      Map.of("q", "back\\slash \"quoted\\\" phrase\""));

  @TempDir
  static Path tmp;
  static TestCluster cluster;
  static LuceneIndex lucene;
  static SolrIndex solr;
  static IndexSummary luceneRun;
  static IndexSummary solrRun;

  @BeforeAll
  static void indexIntoBoth() throws Exception {
    cluster = TestCluster.start(2, tmp.resolve("solr"));
    new CollectionCreator(cluster.client()).create("documents", 2, 2);
    Path documents = TestDocuments.copyTo(tmp.resolve("documents"));
    lucene = LuceneIndex.forWriting(new DataFolder(tmp.resolve("data")));
    luceneRun = new Indexer(Plenary.create(), lucene, 2, 5).run(List.of(documents), (d, t, f, s) -> { });
    solr = SolrIndex.open(cluster.address(), "documents");
    solrRun = new Indexer(Plenary.create(), solr, 2, 5).run(List.of(documents), (d, t, f, s) -> { });
  }

  @AfterAll
  static void stop() throws Exception {
    solr.close();
    lucene.close();
    cluster.close();
  }

  static SearchResult search(SearchIndex index, Map<String, String> parameters) throws Exception {
    Map<String, String> withLimit = new HashMap<>(parameters);
    withLimit.putIfAbsent("limit", "1000");
    return index.search(SearchRequest.parse(withLimit::get));
  }

  @Test
  void bothIndexEveryDocumentOnce() throws Exception {
    assertThat(solrRun.failed()).isEmpty();
    assertThat(solrRun.indexed()).isEqualTo(luceneRun.indexed()).isGreaterThan(10);
    assertThat(solr.count()).isEqualTo(lucene.count());
    assertThat(solr.ids()).isEqualTo(lucene.ids());
  }

  @Test
  void everySearchOfTheMixFindsTheSameDocumentsAndCountsTheSameFacets() throws Exception {
    List<String> differences = new ArrayList<>();
    int nonEmpty = 0;
    for (Map<String, String> parameters : MIX) {
      SearchResult embedded = search(lucene, parameters);
      SearchResult cloud = search(solr, parameters);
      nonEmpty += embedded.total() > 0 ? 1 : 0;
      if (embedded.total() != cloud.total()) {
        differences.add(parameters + ": total " + embedded.total() + " embedded, " + cloud.total() + " SolrCloud");
      }
      if (!ids(embedded).equals(ids(cloud))) {
        differences.add(parameters + ": hits " + ids(embedded) + " embedded, " + ids(cloud) + " SolrCloud");
      }
      if (!List.copyOf(embedded.facets().entrySet()).toString().equals(List.copyOf(cloud.facets().entrySet()).toString())) {
        differences.add(parameters + ": facets " + embedded.facets() + " embedded, " + cloud.facets() + " SolrCloud");
      }
    }
    assertThat(differences).isEmpty();
    assertThat(nonEmpty).isGreaterThan(MIX.size() / 2);
  }

  @Test
  void listsDocumentsWithoutWordsNewestFirstInBoth() throws Exception {
    for (Map<String, String> parameters : MIX.stream().filter(p -> !p.containsKey("q")).toList()) {
      assertThat(dates(search(solr, parameters))).as(parameters.toString()).isEqualTo(dates(search(lucene, parameters)));
    }
  }

  @Test
  void ranksTheSameDocumentsFirst() throws Exception {
    List<String> differences = new ArrayList<>();
    for (Map<String, String> parameters : MIX.stream().filter(p -> p.containsKey("q")).toList()) {
      List<String> embedded = search(lucene, parameters).hits().stream().limit(3).map(SearchResult.Hit::id).toList();
      List<String> cloud = search(solr, parameters).hits().stream().limit(3).map(SearchResult.Hit::id).toList();
      if (!embedded.equals(cloud)) {
        differences.add(parameters + ": " + embedded + " embedded, " + cloud + " SolrCloud");
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void marksTheSameSnippets() throws Exception {
    List<String> differences = new ArrayList<>();
    for (Map<String, String> parameters : MIX) {
      Map<String, String> embedded = snippets(search(lucene, parameters));
      Map<String, String> cloud = snippets(search(solr, parameters));
      for (Map.Entry<String, String> snippet : embedded.entrySet()) {
        if (!java.util.Objects.equals(snippet.getValue(), cloud.get(snippet.getKey()))) {
          differences.add(parameters + " " + snippet.getKey().substring(0, 8) + ":\n  " + snippet.getValue() + "\n  " + cloud.get(snippet.getKey()));
        }
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void holdsTheSameRecordsSourcesTextsAndVersions() throws Exception {
    for (String id : lucene.ids()) {
      assertThat(solr.record(id)).isEqualTo(lucene.record(id));
      assertThat(solr.source(id).orElseThrow().bytes()).isEqualTo(lucene.source(id).orElseThrow().bytes());
      assertThat(solr.source(id).orElseThrow().name()).isEqualTo(lucene.source(id).orElseThrow().name());
      assertThat(solr.text(id)).isEqualTo(lucene.text(id));
      assertThat(ids(solr.versions(id))).isEqualTo(ids(lucene.versions(id)));
      assertThat(solr.contains(id)).isTrue();
    }
    assertThat(solr.contains("0".repeat(64))).isFalse();
    assertThat(solr.record("0".repeat(64))).isEmpty();
  }

  @Test
  void matchesEveryDocumentOfASearchBeyondItsLimit() throws Exception {
    for (Map<String, String> parameters : List.of(Map.of("limit", "1"), Map.of("lang", "zh", "limit", "1"), Map.of("q", "Golan", "limit", "1"))) {
      SearchRequest request = SearchRequest.parse(parameters::get);
      try (Matches embedded = lucene.matches(request); Matches cloud = solr.matches(request)) {
        assertThat(cloud.size()).isEqualTo(embedded.size());
        Set<String> expected = new HashSet<>();
        embedded.forEach(expected::add);
        List<String> found = new ArrayList<>();
        cloud.forEach(found::add);
        assertThat(found).hasSize(cloud.size()).containsExactlyInAnyOrderElementsOf(expected);
      }
    }
  }

  @Test
  void refusesTheSameSearches() {
    assertThatThrownBy(() -> search(solr, Map.of("q", "a*"))).isInstanceOf(SearchRejected.class).hasMessageContaining("too broad");
  }

  @Test
  void indexingAgainSkipsWhatTheCollectionHolds() throws Exception {
    IndexSummary again = new Indexer(Plenary.create(), solr, 2, 5).run(List.of(tmp.resolve("documents")), (d, t, f, s) -> { });
    assertThat(again.indexed()).isZero();
    assertThat(again.skipped()).isEqualTo(solrRun.indexed());
    assertThat(solr.count()).isEqualTo(solrRun.indexed());
  }

  private static Set<String> ids(SearchResult result) {
    return ids(result.hits());
  }

  private static Set<String> ids(List<SearchResult.Hit> hits) {
    return hits.stream().map(SearchResult.Hit::id).collect(Collectors.toSet());
  }

  private static List<String> dates(SearchResult result) {
    return result.hits().stream().map(h -> String.valueOf(h.date())).toList();
  }

  private static Map<String, String> snippets(SearchResult result) {
    Map<String, String> snippets = new HashMap<>();
    result.hits().forEach(h -> snippets.put(h.id(), h.snippet()));
    return snippets;
  }
}
