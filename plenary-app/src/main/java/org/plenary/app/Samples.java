package org.plenary.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample UN documents shipped in the jar under {@code samples/} (listed in
 * {@code samples/files.txt}; their sources and terms are in {@code samples/README.md}).
 */
final class Samples {
  private Samples() {}

  /** Copies every sample into a folder, keeping their relative paths; returns the files written. */
  static List<Path> copyTo(Path folder) throws IOException {
    List<String> names;
    try (InputStream list = Samples.class.getResourceAsStream("/samples/files.txt")) {
      if (list == null) {
        throw new IOException("this build has no samples (samples/files.txt is missing)");
      }
      names = new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
    List<Path> written = new java.util.ArrayList<>();
    for (String name : names) {
      Path target = folder.resolve(name).normalize();
      Files.createDirectories(target.getParent());
      try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
        if (in == null) {
          throw new IOException("sample " + name + " is listed in samples/files.txt but missing");
        }
        Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      written.add(target);
    }
    return written;
  }
}
