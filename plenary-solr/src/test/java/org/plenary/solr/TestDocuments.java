package org.plenary.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real UN documents of plenary-index's tests (its test jar's {@code documents/}, whose README
 * names their sources), copied into a folder, so that both engines index the very same files.
 */
final class TestDocuments {
  private TestDocuments() {}

  /** Copies the documents into {@code target} and returns it. */
  static Path copyTo(Path target) throws IOException {
    URL url = TestDocuments.class.getResource("/documents/README.md");
    if (url == null) {
      throw new IOException("plenary-index's test documents are not on the class path");
    }
    Files.createDirectories(target);
    try {
      if (url.getProtocol().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
          copyFolder(jar.getPath("/documents"), target);
        }
      } else {
        copyFolder(Path.of(url.toURI()).getParent(), target);
      }
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    return target;
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(from)) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".txt")).toList();
    }
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        Files.copy(in, to.resolve(file.getFileName().toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
