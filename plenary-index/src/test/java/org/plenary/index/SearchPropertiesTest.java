package org.plenary.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What must hold of every search, tried on queries built from words, phrases, symbols and State
 * names that the test documents hold (and some they do not): excluding narrows, AND intersects, OR
 * unites, and each facet's count is the number of hits of its filter.
 */
class SearchPropertiesTest {
  private static final List<String> TERMS = List.of("Golan", "Israel", "missions", "political", "resolution", "Council",
      "Armenia", "Azerbaijan", "Türkiye", "\"special political missions\"", "A/RES/75/24", "A/75/356", "organ:SC",
      "agenda:34", "state:ISR", "以色列", "Израиль", "إسرائيل", "Assemblée", "humanos", "missio*", "Golna~", "climate",
      "(Golan OR Armenia)", "nothingatall");

  @Provide
  Arbitrary<String> query() {
    Arbitrary<String> term = Arbitraries.of(TERMS);
    return Arbitraries.oneOf(term, Combinators.combine(term, term).as((a, b) -> a + " " + b),
        Combinators.combine(term, term).as((a, b) -> a + " OR " + b));
  }

  @Provide
  Arbitrary<String> term() {
    return Arbitraries.of(TERMS);
  }

  static Set<String> ids(String query) throws Exception {
    Set<String> ids = new HashSet<>();
    for (SearchResult.Hit hit : TestIndex.search("q", query).hits()) {
      ids.add(hit.id());
    }
    return ids;
  }

  @Property(tries = 60)
  void excludingATermNarrowsTheHits(@ForAll("query") String q, @ForAll("term") String x) throws Exception {
    Set<String> narrowed = ids("(" + q + ") -" + x);
    assertThat(ids(q)).containsAll(narrowed);
    assertThat(java.util.Collections.disjoint(narrowed, ids(x))).as("no hit of " + x + " is left").isTrue();
  }

  @Property(tries = 60)
  void andIsTheIntersectionAndOrTheUnion(@ForAll("query") String a, @ForAll("term") String b) throws Exception {
    Set<String> both = new HashSet<>(ids("(" + a + ")"));
    both.retainAll(ids(b));
    assertThat(ids("(" + a + ") AND " + b)).isEqualTo(both);
    assertThat(ids("(" + a + ") " + b)).isEqualTo(both);
    Set<String> either = new HashSet<>(ids("(" + a + ")"));
    either.addAll(ids(b));
    assertThat(ids("(" + a + ") OR " + b)).isEqualTo(either);
  }

  @Property(tries = 25)
  void aFacetsCountIsTheNumberOfHitsOfItsFilter(@ForAll("query") String q) throws Exception {
    SearchResult result = TestIndex.search("q", q);
    for (Map.Entry<String, Map<String, Integer>> facet : result.facets().entrySet()) {
      for (Map.Entry<String, Integer> value : facet.getValue().entrySet()) {
        assertThat(TestIndex.search("q", q, facet.getKey(), value.getKey()).total())
            .as(q + " " + facet.getKey() + "=" + value.getKey()).isEqualTo(value.getValue().longValue());
      }
    }
  }

  @Property(tries = 15)
  void withAFacetFilteredItsOtherValuesCountWhatChoosingThemAloneGives(@ForAll("query") String q) throws Exception {
    SearchResult all = TestIndex.search("q", q);
    Map<String, Integer> languages = all.facets().get(Fields.LANGUAGE);
    if (languages.isEmpty()) {
      return;
    }
    String first = languages.keySet().iterator().next();
    SearchResult filtered = TestIndex.search("q", q, "lang", first);
    assertThat(filtered.facets().get(Fields.LANGUAGE)).isEqualTo(languages);
    long two = languages.values().stream().limit(2).mapToLong(Integer::longValue).sum();
    List<String> chosen = languages.keySet().stream().limit(2).toList();
    String[] parameters = chosen.size() == 2 ? new String[] {"q", q, "lang", chosen.get(0), "lang", chosen.get(1)}
        : new String[] {"q", q, "lang", chosen.get(0)};
    assertThat(TestIndex.search(parameters).total()).as("OR within a facet").isEqualTo(two);
  }
}
