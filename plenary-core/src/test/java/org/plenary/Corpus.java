package org.plenary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real UN documents the tests read, all in this module's test resources (each folder's README
 * names their source). Other modules read them from the test jar, unpacked once into a temporary
 * folder, since commands and the index want files on disk.
 */
public final class Corpus {
  private static Path root;

  private Corpus() {}

  /** The folder of the test resources. */
  public static synchronized Path root() {
    if (root == null) {
      root = locate();
    }
    return root;
  }

  /** A file of the test resources, by its path inside them ({@code "unxml/sc/2020/..."}). */
  public static Path resolve(String relative) {
    return root().resolve(relative);
  }

  /** The AKN4UN files of {@code unxml}, a sample of the UN's published resolutions, sorted. */
  public static List<Path> unxml() {
    return files(resolve("unxml"), ".xml");
  }

  /** The letter as PDF extraction left it, then every web text with gold labels, by file name. */
  public static List<Path> texts() {
    return files(resolve("golden"), ".txt").stream().filter(p -> !p.getParent().endsWith("pdf"))
        .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
  }

  /** The Chinese letter A/75/357-S/2020/948 as PDF extraction left it. */
  public static Path seedLetter() {
    return resolve("golden/zh/000_e19c782be0cd74ef.txt");
  }

  /** The OASIS Akoma Ntoso 3.0 schema, with {@code xml.xsd} beside it. */
  public static Path aknSchema() {
    return resolve("reference/akn/akomantoso30.xsd");
  }

  /** The JSON Schema of the record, {@code plenary.document/1}. */
  public static Path contract() {
    return resolve("contract/document.schema.json");
  }

  private static List<Path> files(Path dir, String suffix) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }

  private static Path locate() {
    try {
      Path classes = Path.of(Corpus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(classes)) {
        return classes;
      }
      Path unpacked = Files.createTempDirectory("plenary-test-resources");
      try (FileSystem jar = FileSystems.newFileSystem(classes)) {
        Path top = jar.getPath("/");
        try (Stream<Path> entries = Files.walk(top)) {
          for (Path entry : entries.filter(Files::isRegularFile).toList()) {
            Path target = unpacked.resolve(top.relativize(entry).toString());
            Files.createDirectories(target.getParent());
            Files.copy(entry, target);
          }
        }
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(unpacked)));
      return unpacked;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
