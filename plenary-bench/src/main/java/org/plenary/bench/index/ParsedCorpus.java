package org.plenary.bench.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.plenary.Outcome;
import org.plenary.Plenary;
import org.plenary.model.Document;

/**
 * Real UN documents, parsed once, and replicated under new ids to any size. The documents are
 * read from the folder named by the system property {@code plenary.bench.corpus} (by default the
 * samples shipped with plenary-app, run from the repository root).
 */
public final class ParsedCorpus {
  /** One parsed document under the id it is indexed by. */
  public record Entry(String id, String path, Document record) {}

  private ParsedCorpus() {}

  public static List<Entry> load() throws IOException {
    Path folder = Path.of(System.getProperty("plenary.bench.corpus", "plenary-app/src/main/resources/samples"));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no .txt documents under " + folder.toAbsolutePath() + " (set -Dplenary.bench.corpus)");
    }
    List<Entry> entries = new ArrayList<>();
    for (Outcome outcome : Plenary.create().parseAll(files, Runtime.getRuntime().availableProcessors(), o -> { })) {
      if (outcome instanceof Outcome.Parsed parsed) {
        entries.add(new Entry(parsed.document().source().sha256(), parsed.name(), parsed.document()));
      }
    }
    return entries;
  }

  /** {@code size} entries: the corpus again and again, each copy under a new id. */
  public static List<Entry> replicate(List<Entry> corpus, int size) {
    List<Entry> copies = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Entry base = corpus.get(i % corpus.size());
      copies.add(new Entry(i < corpus.size() ? base.id() : sha256(base.id() + "#" + i), base.path(), base.record()));
    }
    return copies;
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
