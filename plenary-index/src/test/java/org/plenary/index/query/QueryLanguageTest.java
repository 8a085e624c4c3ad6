package org.plenary.index.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.index.TestIndex.files;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.plenary.index.SearchRejected;

/**
 * Each form of the query language on an index of real UN documents (src/test/resources/documents):
 * resolutions 75/24 (The Syrian Golan) and 75/100 (special political missions) in the six
 * languages, the Armenian letter of 27-28 September 2020 in English and Chinese, and web texts.
 */
class QueryLanguageTest {
  static final Set<String> GOLAN_LATIN = Set.of("75_24_E.txt", "75_24_F.txt", "75_24_S.txt");
  static final Set<String> RES_75_24 = Set.of("75_24_A.txt", "75_24_C.txt", "75_24_E.txt", "75_24_F.txt", "75_24_R.txt", "75_24_S.txt");
  static final Set<String> RES_75_100 = Set.of("75_100_A.txt", "75_100_C.txt", "75_100_E.txt", "75_100_F.txt", "75_100_R.txt", "75_100_S.txt");
  static final Set<String> ARMENIAN_LETTER = Set.of("000_e19c782be0cd74ef.txt", "001-en.txt");

  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void wordsSideBySideMustAllMatch() throws Exception {
    assertThat(files("Golan")).isEqualTo(GOLAN_LATIN);
    assertThat(files("Golan missions")).isEmpty();
    assertThat(files("Golan AND missions")).isEmpty();
    assertThat(files("Armenia Azerbaijan")).isEqualTo(ARMENIAN_LETTER);
  }

  @Test
  void orFindsEitherAndBindsLooserThanAnd() throws Exception {
    assertThat(files("Golan OR missions")).isEqualTo(union(GOLAN_LATIN, Set.of("75_100_E.txt", "75_100_F.txt", "75_100_S.txt",
        "75_100_A.txt", "75_100_C.txt", "75_100_R.txt")));
    assertThat(files("Golan OR Armenia Azerbaijan")).isEqualTo(union(GOLAN_LATIN, ARMENIAN_LETTER));
  }

  @Test
  void aMinusOrNotExcludes() throws Exception {
    assertThat(files("Golan -Israel")).isEmpty();
    assertThat(files("(Golan OR missions) -Israel")).isEqualTo(RES_75_100);
    assertThat(files("(Golan OR missions) NOT Israel")).isEqualTo(RES_75_100);
    assertThat(files("-Golan")).hasSize(16).doesNotContainAnyElementsOf(GOLAN_LATIN);
    assertThat(files("NOT Golan")).isEqualTo(files("-Golan"));
  }

  @Test
  void aPhraseNeedsItsWordsInOrder() throws Exception {
    assertThat(files("\"special political missions\"")).isEqualTo(RES_75_100);
    assertThat(files("\"missions political special\"")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"A/RES/75/24", "a/res/75/24", "symbol:A/RES/75/24", "'A/RES/75/24,'"})
  void aSymbolTypedAsItIsMatchesThatSymbolExactly(String symbol) throws Exception {
    assertThat(files(symbol)).isEqualTo(RES_75_24);
  }

  @Test
  void aSymbolNotInTheIndexFindsNothing() throws Exception {
    assertThat(files("A/75/356")).isEqualTo(Set.of("001-en.txt"));
    assertThat(files("A/75/999")).isEmpty();
    assertThat(files("S/2099/1")).isEmpty();
  }

  @Test
  void aSymbolPrefixFindsEverySymbolThatStartsSo() throws Exception {
    assertThat(files("symbol:A/RES/75/*")).isEqualTo(union(RES_75_24, RES_75_100));
    assertThat(files("A/RES/75/10*")).isEqualTo(RES_75_100);
  }

  @ParameterizedTest
  @CsvSource({"Armenia", "Arménie", "Армения", "亚美尼亚", "state:ARM", "state:arm", "state:Armenia", "Republic of Armenia"})
  void aStateByAnyNameFindsItsDocumentsInEveryLanguage(String name) throws Exception {
    assertThat(files(name)).as(name).isEqualTo(ARMENIAN_LETTER);
  }

  @Test
  void aFormerOrShortNameIsTheStatesName() throws Exception {
    assertThat(files("Turkey")).isEqualTo(files("Türkiye")).isEqualTo(files("state:TUR")).isNotEmpty();
    assertThat(StateNames.get().resolve("Syria")).hasValue("SYR");
    assertThat(StateNames.get().resolve("Иран")).hasValue("IRN");
    assertThat(StateNames.get().resolve("Ирана")).hasValue("IRN");
    assertThat(StateNames.get().resolve("伊朗")).hasValue("IRN");
    assertThat(StateNames.get().resolve("United Kingdom")).hasValue("GBR");
    assertThat(StateNames.get().resolve("Korea")).isEmpty();
  }

  @Test
  void fieldPrefixesSearchOneField() throws Exception {
    assertThat(files("organ:SC")).isEqualTo(Set.of("000_e19c782be0cd74ef.txt", "001-en.txt", "062-zh.txt"));
    assertThat(files("agenda:34")).isEqualTo(ARMENIAN_LETTER);
    assertThat(files("title:Armenia")).isEqualTo(Set.of("001-en.txt"));
    assertThat(files("title:Golan")).isEmpty();
  }

  @Test
  void prefixAndFuzzyWordsExpand() throws Exception {
    assertThat(files("missio*")).isEqualTo(RES_75_100);
    assertThat(files("Golna~")).isEqualTo(GOLAN_LATIN);
    assertThat(files("Gloaxn~1")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "climate \"change|9|never closed",
      "(Golan|1|never closed",
      "Golan)|6|closes no",
      "sybmol:A/75/356|1|unknown field",
      "AND Golan|1|AND needs",
      "Golan OR|7|OR needs",
      "Golan~3|7|1 or 2",
      "Go*lan|3|can only end",
      "state:Atlantis|7|no State",
      "organ:XYZ|7|unknown organ"})
  void aMalformedQueryIsRefusedWithThePositionOfTheProblem(String query, int position, String reason) {
    assertThatThrownBy(() -> files(query)).isInstanceOf(SearchRejected.class)
        .satisfies(e -> assertThat(((SearchRejected) e).position()).as(query).hasValue(position))
        .hasMessageContaining(reason);
  }

  @Test
  void broadPrefixesAndTooManyExpandingWordsAreRefused() {
    assertThatThrownBy(() -> files("mi*")).hasMessageContaining("too broad");
    assertThatThrownBy(() -> files("the1~2 the2~2 the3~2 the4~2 the5~2 the6~2 the7~2 the8~2 the9~2 the10~2 the11~2"))
        .hasMessageContaining("more than 10");
  }
}
