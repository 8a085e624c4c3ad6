package org.plenary.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.Plenary;
import org.plenary.model.Source;

/** Indexes real UN documents in six languages (src/test/resources/documents) and searches them. */
class LuceneIndexTest {
  @TempDir
  static Path tmp;

  static Path documents;
  static DataFolder data;
  static LuceneIndex index;
  static IndexSummary first;

  @BeforeAll
  static void indexDocuments() throws IOException, URISyntaxException {
    documents = Path.of(LuceneIndexTest.class.getResource("/documents").toURI());
    data = new DataFolder(tmp.resolve("data"));
    index = LuceneIndex.forWriting(data);
    first = new Indexer(Plenary.create(), index, data, 2, 5).run(List.of(documents), (d, t, f, s) -> { });
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  static SearchResult search(String... parameters) throws Exception {
    Map<String, List<String>> map = new HashMap<>();
    for (int i = 0; i < parameters.length; i += 2) {
      map.computeIfAbsent(parameters[i], k -> new java.util.ArrayList<>()).add(parameters[i + 1]);
    }
    map.putIfAbsent("limit", List.of("100"));
    return index.search(SearchRequest.parse(map));
  }

  @Test
  void indexesEveryDocumentOfTheFolderOnce() throws IOException {
    long files;
    try (var list = Files.list(documents)) {
      files = list.filter(f -> f.toString().endsWith(".txt")).count();
    }
    assertThat(first.failed()).isEmpty();
    assertThat(first.indexed()).isEqualTo((int) files);
    assertThat(index.count()).isEqualTo((int) files);
  }

  @Test
  void indexingAgainSkipsWhatIsAlreadyIndexed() throws IOException {
    IndexSummary again = new Indexer(Plenary.create(), index, data, 2, 5).run(List.of(documents), (d, t, f, s) -> { });
    assertThat(again.indexed()).isZero();
    assertThat(again.skipped()).isEqualTo(first.indexed());
    assertThat(index.count()).isEqualTo(first.indexed());
  }

  @Test
  void reportsAMissingFileAndIndexesTheRest() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("broken"));
    Files.createSymbolicLink(folder.resolve("gone.txt"), folder.resolve("nowhere.txt"));
    IndexSummary summary = new Indexer(Plenary.create(), index, data, 1, 5)
        .run(List.of(folder, tmp.resolve("absent.txt"), documents.resolve("001-en.txt")), (d, t, f, s) -> { });
    assertThat(summary.failed()).extracting(IndexSummary.Failure::file)
        .containsExactlyInAnyOrder(folder.resolve("gone.txt").toString(), tmp.resolve("absent.txt").toString());
    assertThat(summary.skipped()).isEqualTo(1);
  }

  @Test
  void storesEachSourceAndRecordBesideTheIndex() throws Exception {
    byte[] bytes = Files.readAllBytes(documents.resolve("75_24_C.txt"));
    String id = new Source("75_24_C.txt", bytes).sha256();
    assertThat(index.contains(id)).isTrue();
    assertThat(Files.readAllBytes(data.source(id).orElseThrow())).isEqualTo(bytes);
    assertThat(data.source(id).orElseThrow().getFileName().toString()).isEqualTo("75_24_C.txt");
    assertThat(data.readRecord(id).orElseThrow()).contains("\"sha256\" : \"" + id + "\"").contains("A/RES/75/24");
  }

  @Test
  void findsASymbolWhateverItsCase() throws Exception {
    SearchResult upper = search("q", "A/RES/75/24", "limit", "6");
    SearchResult lower = search("q", "a/res/75/24", "limit", "6");
    assertThat(upper.hits()).hasSize(6).allSatisfy(h -> assertThat(h.symbols()).contains("A/RES/75/24"));
    assertThat(lower.hits()).extracting(SearchResult.Hit::id)
        .containsExactlyInAnyOrderElementsOf(upper.hits().stream().map(SearchResult.Hit::id).toList());
  }

  @Test
  void aStateNamedInOneLanguageFindsDocumentsAboutItInEveryLanguage() throws Exception {
    for (String israel : List.of("以色列", "Israël", "Израиль", "إسرائيل")) {
      SearchResult result = search("q", israel, "type", "resolution");
      assertThat(result.facets().get("lang").keySet()).as(israel)
          .containsExactlyInAnyOrder("ar", "zh", "en", "fr", "ru", "es");
    }
    SearchResult armenia = search("q", "Arménie");
    assertThat(armenia.hits()).extracting(SearchResult.Hit::language).contains("zh", "en");
  }

  @Test
  void findsAnAgendaItemByItsNumberAndItsEnglishTitle() throws Exception {
    SearchResult byNumber = search("agenda", "135");
    assertThat(byNumber.total()).isPositive();
    SearchResult byTitle = search("q", "responsibility to protect genocide", "lang", "zh");
    assertThat(byTitle.hits()).isNotEmpty();
    assertThat(byTitle.hits().get(0).language()).isEqualTo("zh");
  }

  @Test
  void facetCountsEqualTheTotalsOfTheFilteredSearches() throws Exception {
    SearchResult all = search();
    assertThat(all.total()).isEqualTo(index.count());
    for (String facet : Fields.FACETS) {
      Map<String, Integer> counts = all.facets().get(facet);
      assertThat(counts).as(facet).isNotEmpty();
      for (Map.Entry<String, Integer> value : counts.entrySet()) {
        assertThat(search(facet, value.getKey()).total()).as(facet + "=" + value.getKey())
            .isEqualTo(value.getValue().longValue());
      }
    }
  }

  @Test
  void aDateRangeKeepsOnlyTheDocumentsDatedInside() throws Exception {
    SearchResult december = search("from", "2020-12-01", "to", "2020-12-31");
    assertThat(december.hits()).isNotEmpty().allSatisfy(h ->
        assertThat(LocalDate.parse(h.date())).isBetween(LocalDate.of(2020, 12, 1), LocalDate.of(2020, 12, 31)));
    assertThat(december.total()).isLessThan(search().total());
  }

  @Test
  void snippetsMarkTheWordsFoundAndEscapeTheText() throws Exception {
    SearchResult result = search("q", "Golan", "lang", "en");
    assertThat(result.hits()).isNotEmpty();
    assertThat(result.hits().get(0).snippet()).contains("<mark>Golan</mark>").doesNotContain("<script");
  }

  @Test
  void linksTheLanguageVersionsOfADocumentBySymbol() throws Exception {
    String english = new Source("x", Files.readAllBytes(documents.resolve("75_100_E.txt"))).sha256();
    Set<String> languages = index.versions(english).stream().map(SearchResult.Hit::language).collect(Collectors.toSet());
    assertThat(languages).containsExactlyInAnyOrder("ar", "zh", "fr", "ru", "es");
  }

  @Test
  void refusesMalformedAndTooBroadSearchesWithAReason() {
    assertThatThrownBy(() -> search("q", "a*")).isInstanceOf(SearchRejected.class).hasMessageContaining("too broad");
    assertThatThrownBy(() -> search("from", "yesterday")).isInstanceOf(SearchRejected.class).hasMessageContaining("from");
    assertThatThrownBy(() -> search("lang", "xx")).isInstanceOf(SearchRejected.class).hasMessageContaining("language");
    assertThatThrownBy(() -> search("session", "seventy")).isInstanceOf(SearchRejected.class).hasMessageContaining("number");
    assertThatThrownBy(() -> search("limit", "100000")).isInstanceOf(SearchRejected.class).hasMessageContaining("limit");
    assertThatThrownBy(() -> search("from", "2021-01-01", "to", "2020-01-01")).isInstanceOf(SearchRejected.class);
  }


  @Test
  void matchesEveryDocumentOfASearchBeyondItsLimit() throws Exception {
    try (Matches all = index.matches(SearchRequest.parse(Map.of("limit", List.of("1"))))) {
      assertThat(all.size()).isEqualTo(index.count());
      assertThat(Set.copyOf(search("limit", "1000").hits().stream().map(SearchResult.Hit::id).toList()))
          .containsExactlyInAnyOrderElementsOf(all);
    }
    SearchRequest chinese = SearchRequest.parse(Map.of("lang", List.of("zh"), "limit", List.of("1")));
    Set<String> expected = search("lang", "zh").hits().stream().map(SearchResult.Hit::id).collect(Collectors.toSet());
    try (Matches zh = index.matches(chinese)) {
      assertThat(expected).hasSizeGreaterThan(1);
      assertThat(zh).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void aShortPageIsTheHeadOfALongOneAndTheTotalCountsEveryMatch() throws Exception {
    // the page is ranked apart from the counting, which may skip matches that cannot reach it
    for (String q : List.of("United Nations", "Security Council", "resolution")) {
      SearchResult longPage = search("q", q, "limit", "100");
      SearchResult shortPage = search("q", q, "limit", "2");
      assertThat(longPage.hits()).as(q).hasSizeGreaterThan(2);
      assertThat(shortPage.hits().stream().map(SearchResult.Hit::id).toList()).as(q)
          .isEqualTo(longPage.hits().stream().map(SearchResult.Hit::id).limit(2).toList());
      try (Matches all = index.matches(SearchRequest.parse(Map.of("q", List.of(q))))) {
        assertThat(shortPage.total()).as(q).isEqualTo(all.size()).isEqualTo(longPage.total());
      }
      SearchResult byDate = search("q", q, "sort", "date", "limit", "2");
      assertThat(byDate.total()).as(q).isEqualTo(shortPage.total());
      assertThat(byDate.hits().stream().map(SearchResult.Hit::date).toList()).as(q).isSortedAccordingTo(
          java.util.Comparator.nullsLast(java.util.Comparator.<String>naturalOrder()));
    }
  }
}
