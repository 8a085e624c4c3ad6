package org.plenary.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.plenary.Plenary;

/**
 * The real UN documents of src/test/resources/documents indexed once into a temporary data folder,
 * shared by the test classes that only search them, with helpers that name hits by source file.
 */
public final class TestIndex {
  private static LuceneIndex index;

  private TestIndex() {}

  public static synchronized LuceneIndex get() {
    if (index == null) {
      try {
        Path documents = Path.of(TestIndex.class.getResource("/documents").toURI());
        Path folder = Files.createTempDirectory("plenary-test-index");
        DataFolder data = new DataFolder(folder);
        LuceneIndex writing = LuceneIndex.forWriting(data);
        new Indexer(Plenary.create(), writing, data, 2, 50).run(List.of(documents), (d, t, f, s) -> { });
        writing.close();
        index = LuceneIndex.forReading(data);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return index;
  }

  /** A search by parameter name and value pairs; a name may come several times. */
  public static SearchResult search(String... parameters) throws SearchRejected, IOException {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < parameters.length; i += 2) {
      map.computeIfAbsent(parameters[i], k -> new ArrayList<>()).add(parameters[i + 1]);
    }
    map.putIfAbsent("limit", List.of("1000"));
    return get().search(SearchRequest.parse(map));
  }

  /** The source files of every hit of a query. */
  public static Set<String> files(String query, String... filters) throws SearchRejected, IOException {
    List<String> parameters = new ArrayList<>(List.of("q", query));
    parameters.addAll(List.of(filters));
    Set<String> files = new TreeSet<>();
    for (SearchResult.Hit hit : search(parameters.toArray(String[]::new)).hits()) {
      files.add(hit.source());
    }
    return files;
  }
}
