package org.plenary.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the file arguments of a command: a directory becomes every readable regular file under
 * it (hidden files and folders left out), a glob that the shell left alone ({@code "docs/**.pdf"},
 * {@code "*.txt"}) the files it matches, in name order; any other argument stays as it is, so a
 * missing file is reported by the parser like any unreadable one.
 */
final class InputFiles {
  private static final String GLOB_CHARS = "*?[{";

  /** The files the arguments stand for, and whether any argument stood for a batch. */
  record Expanded(List<Path> files, boolean batch) {}

  Expanded expand(List<String> arguments) {
    List<Path> files = new ArrayList<>();
    boolean batch = arguments.size() > 1;
    for (String argument : arguments) {
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        files.addAll(walk(path, p -> true));
        batch = true;
      } else if (!Files.exists(path) && isGlob(argument)) {
        files.addAll(glob(argument));
        batch = true;
      } else {
        files.add(path);
      }
    }
    return new Expanded(files, batch || files.size() > 1);
  }

  private static boolean isGlob(String argument) {
    return argument.chars().anyMatch(c -> GLOB_CHARS.indexOf(c) >= 0);
  }

  /** The files a glob matches, walked from the longest leading part of it without glob characters. */
  private static List<Path> glob(String pattern) {
    String normalized = pattern.replace('\\', '/');
    int firstGlob = 0;
    while (firstGlob < normalized.length() && GLOB_CHARS.indexOf(normalized.charAt(firstGlob)) < 0) {
      firstGlob++;
    }
    int slash = normalized.lastIndexOf('/', firstGlob);
    Path base = slash < 0 ? Path.of(".") : Path.of(normalized.substring(0, Math.max(slash, 1)));
    String relative = slash < 0 ? normalized : normalized.substring(slash + 1);
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + relative);
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    return walk(base, p -> matcher.matches(base.relativize(p)))
        .stream().map(p -> slash < 0 ? base.relativize(p) : p).toList();
  }

  private static List<Path> walk(Path root, java.util.function.Predicate<Path> keep) {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(p -> !isHidden(root.relativize(p)))
          .filter(Files::isRegularFile)
          .filter(Files::isReadable)
          .filter(keep)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".") && !part.toString().equals(".")) {
        return true;
      }
    }
    return false;
  }
}
