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
 * and the same facet counts, in the same order, from both; so do texts, language versions and
 * paging.
 */
class EnginesAgreeTest {
  /**
   * The searches of the index tests, of the query benchmark and of the query language (operators,
   * fields, prefixes, fuzzy words, symbols, several values of a filter, sorts), and odd input.
   */
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
      Map.of("q", "Golan OR Armenia"),
      Map.of("q", "Golan AND NOT Syrian"),
      Map.of("q", "(Golan OR Somalia) AND resolution"),
      Map.of("q", "title:missions"),
      Map.of("q", "symbol:A/RES/75*"),
      Map.of("q", "state:ARM organ:GA"),
      Map.of("q", "agenda:34"),
      Map.of("q", "resolutions~1"),
      Map.of("q", "Assemblée~2 générale"),
      Map.of("q", "联合国大会"),
      Map.of("q", "Golan", "sort", "date"),
      Map.of("q", "Golan", "sort", "-date"),
      Map.of("sort", "date"),
      Map.of("q", "-"),
      Map.of("q", "A/"),
      Map.of("q", "back\\slash \"a phrase\""));

  /** Filters with several values, and filtered facets, which count without their own filter. */
  static final List<Map<String, List<String>>> MULTI = List.of(
      Map.of("lang", List.of("en", "fr")),
      Map.of("lang", List.of("zh"), "type", List.of("resolution", "letter")),
      Map.of("q", List.of("Golan"), "lang", List.of("ar", "ru"), "organ", List.of("GA")));

  @TempDir
  static Path tmp;
  static TestCluster cluster;
  static LuceneIndex lucene;
  static SolrIndex solr;
  static IndexSummary luceneRun;
  static IndexSummary solrRun;
  static DataFolder data;
  static Path documents;

  @BeforeAll
  static void indexIntoBoth() throws Exception {
    cluster = TestCluster.start(2, tmp.resolve("solr"));
    new CollectionCreator(cluster.client()).create("documents", 2, 2);
    documents = TestDocuments.copyTo(tmp.resolve("documents"));
    data = new DataFolder(tmp.resolve("data"));
    lucene = LuceneIndex.forWriting(data);
    luceneRun = new Indexer(Plenary.create(), lucene, data, 2, 5).run(List.of(documents), (d, t, f, s) -> { });
    solr = SolrIndex.open(cluster.address(), "documents");
    solrRun = new Indexer(Plenary.create(), solr, new DataFolder(tmp.resolve("solr-data")), 2, 5)
        .run(List.of(documents), (d, t, f, s) -> { });
  }

  @AfterAll
  static void stop() throws Exception {
    solr.close();
    lucene.close();
    cluster.close();
  }

  static SearchRequest request(Map<String, String> parameters) throws SearchRejected {
    Map<String, List<String>> multi = new HashMap<>();
    parameters.forEach((name, value) -> multi.put(name, List.of(value)));
    return requestOf(multi);
  }

  static SearchRequest requestOf(Map<String, List<String>> parameters) throws SearchRejected {
    Map<String, List<String>> withLimit = new HashMap<>(parameters);
    withLimit.putIfAbsent("limit", List.of("1000"));
    return SearchRequest.parse(withLimit);
  }

  /** Every search of the mix and the filters with several values. */
  static List<SearchRequest> requests() throws Exception {
    List<SearchRequest> requests = new ArrayList<>();
    for (Map<String, String> parameters : MIX) {
      SearchRequest request = request(parameters);
      lucene.search(request); // the mix holds searches that both engines answer
      requests.add(request);
    }
    for (Map<String, List<String>> parameters : MULTI) {
      requests.add(requestOf(parameters));
    }
    return requests;
  }

  @Test
  void bothIndexEveryDocumentOnce() throws Exception {
    assertThat(solrRun.failed()).isEmpty();
    assertThat(solrRun.indexed()).isEqualTo(luceneRun.indexed()).isGreaterThan(10);
    assertThat(solr.count()).isEqualTo(lucene.count());
    assertThat(matches(solr, SearchRequest.all())).isEqualTo(matches(lucene, SearchRequest.all()));
  }

  @Test
  void everySearchOfTheMixFindsTheSameDocumentsAndCountsTheSameFacets() throws Exception {
    List<String> differences = new ArrayList<>();
    int nonEmpty = 0;
    for (SearchRequest request : requests()) {
      SearchResult embedded = lucene.search(request);
      SearchResult cloud = solr.search(request);
      nonEmpty += embedded.total() > 0 ? 1 : 0;
      if (embedded.total() != cloud.total()) {
        differences.add(request + ": total " + embedded.total() + " embedded, " + cloud.total() + " SolrCloud");
      }
      if (!ids(embedded.hits()).equals(ids(cloud.hits()))) {
        differences.add(request + ": hits " + ids(embedded.hits()) + " embedded, " + ids(cloud.hits()) + " SolrCloud");
      }
      if (!List.copyOf(embedded.facets().entrySet()).toString().equals(List.copyOf(cloud.facets().entrySet()).toString())) {
        differences.add(request + ": facets " + embedded.facets() + " embedded, " + cloud.facets() + " SolrCloud");
      }
    }
    assertThat(differences).isEmpty();
    assertThat(nonEmpty).isGreaterThan(MIX.size() / 2);
  }

  /**
   * The same order: the same documents at each rank. Documents that tie (the same score, or the
   * same date) keep the order each engine found them in (the embedded index's order of insertion,
   * a collection's by id), so only the set of each rank is compared.
   *
   * <p>Every search of the mix is compared, those that match exact values (symbols, State codes)
   * too: the collection's shards score with the whole collection's statistics (ExactStatsCache),
   * so a document's score is the one the embedded index gives it. That holds while both hold the
   * same documents in their segments: a deleted document counts in the statistics until a merge
   * drops it (docs/solrcloud.md), which is why nothing is deleted from the collection compared.
   */
  @Test
  void ordersTheHitsAlike() throws Exception {
    List<String> differences = new ArrayList<>();
    for (SearchRequest request : requests()) {
      List<Set<String>> embedded = byRank(lucene.search(request), request.sort());
      List<Set<String>> cloud = byRank(solr.search(request), request.sort());
      if (!embedded.equals(cloud)) {
        differences.add(request + ":\n  " + embedded + " embedded,\n  " + cloud + " SolrCloud");
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void pagesAlike() throws Exception {
    SearchRequest all = request(Map.of("sort", "date"));
    long total = lucene.search(all).total();
    Set<String> embedded = new HashSet<>();
    Set<String> cloud = new HashSet<>();
    for (int offset = 0; offset < total; offset += 7) {
      embedded.addAll(ids(lucene.search(all.page(offset, 7)).hits()));
      cloud.addAll(ids(solr.search(all.page(offset, 7)).hits()));
    }
    assertThat(cloud).isEqualTo(embedded).hasSize((int) total);
  }

  @Test
  void marksTheSameSnippets() throws Exception {
    List<String> differences = new ArrayList<>();
    for (SearchRequest request : requests()) {
      Map<String, String> embedded = snippets(lucene.search(request));
      Map<String, String> cloud = snippets(solr.search(request));
      for (Map.Entry<String, String> snippet : embedded.entrySet()) {
        if (!java.util.Objects.equals(snippet.getValue(), cloud.get(snippet.getKey()))) {
          differences.add(request + " " + snippet.getKey().substring(0, 8) + ":\n  " + snippet.getValue() + "\n  " + cloud.get(snippet.getKey()));
        }
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void holdsTheSameTextsAndVersions() throws Exception {
    for (String id : matches(lucene, SearchRequest.all())) {
      assertThat(solr.text(id)).isEqualTo(lucene.text(id));
      assertThat(ids(solr.versions(id))).isEqualTo(ids(lucene.versions(id)));
      assertThat(solr.contains(id)).isTrue();
    }
    assertThat(solr.contains("0".repeat(64))).isFalse();
  }

  @Test
  void matchesEveryDocumentOfASearchBeyondItsLimit() throws Exception {
    for (Map<String, String> parameters : List.of(Map.of("limit", "1"), Map.of("lang", "zh", "limit", "1"), Map.of("q", "Golan", "limit", "1"))) {
      SearchRequest request = request(parameters);
      try (Matches embedded = lucene.matches(request); Matches cloud = solr.matches(request)) {
        assertThat(cloud.size()).isEqualTo(embedded.size());
      }
      assertThat(matches(solr, request)).isEqualTo(matches(lucene, request));
    }
  }

  @Test
  void refusesTheSameMalformedSearches() {
    for (String malformed : List.of("((", "Golan AND", "symbol:", "\"unbalanced", "فلسطين\"", "a*")) {
      assertThatThrownBy(() -> lucene.search(request(Map.of("q", malformed)))).isInstanceOf(SearchRejected.class);
      assertThatThrownBy(() -> solr.search(request(Map.of("q", malformed)))).isInstanceOf(SearchRejected.class);
    }
  }

  /**
   * On a collection of its own: a deleted document still counts in the term statistics of its
   * segment until a merge drops it (docs/solrcloud.md), so deleting from the collection the other
   * tests compare would change the scores they compare.
   */
  @Test
  void deletesADocument() throws Exception {
    new CollectionCreator(cluster.client()).create("deleting", 2, 2);
    DataFolder deletingData = new DataFolder(tmp.resolve("deleting-data"));
    try (SolrIndex deleting = SolrIndex.open(cluster.address(), "deleting")) {
      new Indexer(Plenary.create(), deleting, deletingData, 2, 5).run(List.of(documents), (d, t, f, s) -> { });
      String id = matches(lucene, request(Map.of("q", "A/RES/75/24", "lang", "en"))).iterator().next();
      deleting.delete(id);
      deleting.commit();
      assertThat(deleting.contains(id)).isFalse();
      assertThat(deleting.count()).isEqualTo(lucene.count() - 1);
      new Indexer(Plenary.create(), deleting, deletingData, 2, 5).run(List.of(documents), (d, t, f, s) -> { });
      assertThat(deleting.contains(id)).isTrue();
      assertThat(deleting.count()).isEqualTo(lucene.count());
      // the deleted copy may still weigh in the scores, never in what matches or is counted
      for (SearchRequest request : requests()) {
        SearchResult embedded = lucene.search(request);
        SearchResult cloud = deleting.search(request);
        assertThat(ids(cloud.hits())).as(request.toString()).isEqualTo(ids(embedded.hits()));
        assertThat(cloud.facets()).as(request.toString()).isEqualTo(embedded.facets());
      }
    }
  }

  @Test
  void indexingAgainSkipsWhatTheCollectionHolds() throws Exception {
    IndexSummary again = new Indexer(Plenary.create(), solr, new DataFolder(tmp.resolve("solr-data")), 2, 5)
        .run(List.of(documents), (d, t, f, s) -> { });
    assertThat(again.indexed()).isZero();
    assertThat(again.skipped()).isEqualTo(solrRun.indexed());
    assertThat(solr.count()).isEqualTo(solrRun.indexed());
  }

  static Set<String> matches(SearchIndex index, SearchRequest request) throws Exception {
    Set<String> ids = new HashSet<>();
    try (Matches all = index.matches(request)) {
      all.forEach(ids::add);
    }
    return ids;
  }

  private static Set<String> ids(List<SearchResult.Hit> hits) {
    return hits.stream().map(SearchResult.Hit::id).collect(Collectors.toSet());
  }

  /**
   * The hits by rank, best first: the documents of each score (or date). Scores within a
   * thousandth of each other count as one: a sum of floating-point clause scores may differ in
   * its last digits between one index and the shards of a collection.
   */
  private static List<Set<String>> byRank(SearchResult result, SearchRequest.Sort sort) {
    List<Set<String>> ranks = new ArrayList<>();
    Object rank = null;
    for (SearchResult.Hit hit : result.hits()) {
      boolean same = sort == SearchRequest.Sort.RELEVANCE
          ? rank instanceof Float score && Math.abs(score - hit.score()) <= 1e-3f * Math.max(score, hit.score())
          : java.util.Objects.equals(rank, hit.date());
      if (!same || ranks.isEmpty()) {
        ranks.add(new java.util.TreeSet<>());
        rank = sort == SearchRequest.Sort.RELEVANCE ? (Object) hit.score() : hit.date();
      }
      ranks.get(ranks.size() - 1).add(hit.id().substring(0, 8));
    }
    return ranks;
  }

  private static Map<String, String> snippets(SearchResult result) {
    Map<String, String> snippets = new HashMap<>();
    result.hits().forEach(h -> snippets.put(h.id(), h.snippet()));
    return snippets;
  }
}
