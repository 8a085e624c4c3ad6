package org.plenary.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.Corpus;
import org.plenary.Plenary;
import org.plenary.model.Source;

/**
 * Indexes the real documents of plenary-core's test resources as they are: the web texts, the letter
 * PDF extraction left, the PDFs and Word files made from them, and a sample of the AKN4UN
 * resolutions of six languages (XML). Then each General Assembly resolution's own title, as the XML
 * marks it, must find that resolution first, in each language.
 */
class CorpusSearchIT {
  @TempDir
  static Path tmp;

  static LuceneIndex index;
  static IndexSummary summary;
  /** For each resolution file: its title as the XML gives it, and its id. */
  static final Map<Path, String> TITLES = new HashMap<>();
  static final Map<Path, String> IDS = new HashMap<>();

  @BeforeAll
  static void indexCorpus() throws IOException {
    List<Path> corpus = List.of(Corpus.resolve("golden"), Corpus.resolve("unxml"));
    for (Path folder : corpus) {
      readTitles(folder);
    }
    DataFolder data = new DataFolder(tmp.resolve("data"));
    index = LuceneIndex.forWriting(data);
    summary = new Indexer(Plenary.create(), index, data, 2, 500).run(corpus, (d, t, f, s) -> { });
    // a file that could not be indexed has no title to be found by
    summary.failed().forEach(f -> TITLES.remove(Path.of(f.file())));
  }

  private static void readTitles(Path corpus) throws IOException {
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path xml : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
        AknText.title(xml).ifPresent(t -> TITLES.put(xml, t));
        IDS.put(xml, new Source(xml.toString(), Files.readAllBytes(xml)).sha256());
      }
    }
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void indexesEveryDocumentOfTheCorpus() throws IOException {
    // One AKN file the UN published is not well-formed XML; it fails alone, with its reason.
    assertThat(summary.failed()).singleElement().satisfies(f -> assertThat(f.file()).endsWith("75_251_B_S.xml"));
    assertThat(summary.indexed() + summary.skipped() + summary.failed().size()).isEqualTo(summary.files());
    assertThat(index.count()).isEqualTo(summary.indexed()).isGreaterThan(100);
  }

  @ParameterizedTest
  @ValueSource(strings = {"English", "Chinese", "Arabic", "Russian", "French", "Spanish"})
  void aResolutionsOwnTitleFindsItFirst(String language) throws Exception {
    Map<String, List<Path>> byTitle = TITLES.entrySet().stream()
        .filter(e -> e.getKey().toString().contains("/ga75/" + language + "/") && !e.getValue().isBlank())
        .collect(Collectors.groupingBy(e -> letters(e.getValue()), Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
    List<String> notFirst = new ArrayList<>();
    List<String> notInTopThree = new ArrayList<>();
    int tried = 0;
    for (List<Path> files : byTitle.values()) {
      if (files.size() != 1) {
        continue; // several resolutions share this title (parts A and B): no single answer
      }
      String title = TITLES.get(files.get(0));
      String expected = IDS.get(files.get(0));
      try (Matches all = index.matches(SearchRequest.text(title))) {
        if (!java.util.stream.StreamSupport.stream(all.spliterator(), false).anyMatch(expected::equals)) {
          // the XML's title holds a word the printed text lacks (an agenda item's title stands in
          // for the resolution's): words side by side must all match, so this title ranks nothing
          continue;
        }
      }
      tried++;
      List<String> top = index.search(SearchRequest.text(title)).hits().stream().limit(3).map(SearchResult.Hit::id).toList();
      if (top.isEmpty() || !top.get(0).equals(expected)) {
        notFirst.add(title);
      }
      if (!top.contains(expected)) {
        notInTopThree.add(title);
      }
    }
    assertThat(tried).isGreaterThanOrEqualTo(10);
    // Near-identical titles of different resolutions ("Financing of ..." of one mission, in parts;
    // reviews of the same resolutions) may rank another resolution first; allow 1 in 100.
    assertThat(notInTopThree.size()).as("titles whose resolution is not in the first three hits, of " + tried + ": " + notInTopThree)
        .isLessThanOrEqualTo(tried / 100);
    assertThat(notFirst.size()).as("titles that did not find their resolution first, of " + tried + ": " + notFirst)
        .isLessThanOrEqualTo(tried / 100);
  }

  /** A title reduced to its letters and digits, so that dashes and spacing do not tell titles apart. */
  private static String letters(String title) {
    return title.replaceAll("&[a-z]+;", "").replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT);
  }
}
