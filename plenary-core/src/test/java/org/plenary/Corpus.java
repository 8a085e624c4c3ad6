package org.plenary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus the tests read, found through the system property {@code plenary.shared}. */
public final class Corpus {
  private Corpus() {}

  public static Path shared() {
    return Path.of(System.getProperty("plenary.shared", "../../shared")).toAbsolutePath().normalize();
  }

  /** Every AKN4UN file of {@code corpus/unxml}, sorted. */
  public static List<Path> unxml() {
    return files(shared().resolve("corpus/unxml"), ".xml");
  }

  /** Every text of {@code corpus/seed} and {@code corpus/web}, sorted. */
  public static List<Path> texts() {
    return Stream.concat(files(shared().resolve("corpus/seed"), ".txt").stream(),
        files(shared().resolve("corpus/web"), ".txt").stream()).toList();
  }

  /** The OASIS Akoma Ntoso 3.0 schema, with {@code xml.xsd} beside it. */
  public static Path aknSchema() {
    return shared().resolve("reference/akn/akomantoso30.xsd");
  }

  private static List<Path> files(Path dir, String suffix) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
