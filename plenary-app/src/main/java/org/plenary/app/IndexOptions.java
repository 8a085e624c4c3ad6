package org.plenary.app;

import java.io.IOException;
import java.nio.file.Path;
import org.plenary.index.DataFolder;
import org.plenary.index.LuceneIndex;
import org.plenary.index.SearchIndex;
import picocli.CommandLine.Option;

/**
 * Where the commands that read an index find it: the data folder, with the embedded index inside.
 * The one place that chooses the engine; the commands see only {@link SearchIndex}.
 */
final class IndexOptions {
  @Option(names = {"-d", "--data"}, paramLabel = "DIR", defaultValue = "plenary-data",
      description = "The data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  DataFolder folder() {
    return new DataFolder(data);
  }

  /** Opens the index for searching; {@link java.io.FileNotFoundException} when there is none. */
  SearchIndex openForReading() throws IOException {
    return LuceneIndex.forReading(folder());
  }
}
