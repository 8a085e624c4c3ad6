package org.plenary.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.Plenary;
import org.plenary.model.Source;

/**
 * Indexes the whole development corpus ({@code plenary.shared}/corpus): the web and seed texts as
 * they are, and the AKN4UN resolutions of six languages as their printed text (until plenary reads
 * AKN XML itself, {@link AknText} stands in for the PDF text). Then each General Assembly
 * resolution's own title, in English, Chinese, Arabic and Russian, must find that resolution first.
 */
class CorpusSearchIT {
  @TempDir
  static Path tmp;

  static Path corpus;
  static LuceneIndex index;
  static IndexSummary summary;
  /** For each extracted resolution text: its title as the XML gives it, and its id. */
  static final Map<Path, String> TITLES = new HashMap<>();
  static final Map<Path, String> IDS = new HashMap<>();

  @BeforeAll
  static void indexCorpus() throws IOException {
    Path shared = Path.of(System.getProperty("plenary.shared", "../../shared"));
    Path source = shared.resolve("corpus");
    corpus = tmp.resolve("corpus");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = corpus.resolve(source.relativize(file).toString());
        Files.createDirectories(target.getParent());
        String name = file.getFileName().toString();
        if (name.endsWith(".xml")) {
          Optional<String> text = AknText.read(file);
          if (text.isPresent()) {
            Path txt = target.resolveSibling(name.replaceFirst("\\.xml$", ".txt"));
            Files.writeString(txt, text.get());
            AknText.title(file).ifPresent(t -> TITLES.put(txt, t));
            IDS.put(txt, new Source(txt.toString(), Files.readAllBytes(txt)).sha256());
          }
        } else {
          Files.copy(file, target);
        }
      }
    }
    DataFolder data = new DataFolder(tmp.resolve("data"));
    index = LuceneIndex.forWriting(data);
    summary = new Indexer(Plenary.create(), index, data, 2, 500).run(List.of(corpus), (d, t, f, s) -> { });
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void indexesEveryDocumentOfTheCorpus() throws IOException {
    assertThat(summary.failed()).isEmpty();
    assertThat(summary.indexed() + summary.skipped()).isEqualTo(summary.files());
    assertThat(index.count()).isEqualTo(summary.indexed()).isGreaterThan(2000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"English", "Chinese", "Arabic", "Russian", "French", "Spanish"})
  void aResolutionsOwnTitleFindsItFirst(String language) throws Exception {
    Map<String, List<Path>> byTitle = TITLES.entrySet().stream()
        .filter(e -> e.getKey().toString().contains("/ga75/" + language + "/"))
        .collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
    List<String> missed = new ArrayList<>();
    int tried = 0;
    for (Map.Entry<String, List<Path>> title : byTitle.entrySet()) {
      if (title.getValue().size() != 1) {
        continue; // several resolutions share this title (A and B parts): no single answer
      }
      tried++;
      SearchResult result = index.search(SearchRequest.text(title.getKey()));
      String expected = IDS.get(title.getValue().get(0));
      if (result.hits().isEmpty() || !result.hits().get(0).id().equals(expected)) {
        missed.add(title.getKey() + " -> " + (result.hits().isEmpty() ? "nothing" : result.hits().get(0).symbols()));
      }
    }
    assertThat(tried).isGreaterThan(250);
    assertThat(missed).as("titles that did not find their resolution first, of " + tried).isEmpty();
  }
}
