package org.plenary.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import org.plenary.read.FolderWalk;

/**
 * Expands the file arguments of a command: a directory becomes every file under it, as {@link
 * FolderWalk} finds them (hidden files and folders left out, links leading outside passed over), a glob that the shell left alone ({@code "docs/**.pdf"},
 * {@code "*.txt"}) the files it matches, in name order; any other argument stays as it is, so a
 * missing file is reported by the parser like any unreadable one.
 */
final class InputFiles {
  private static final String GLOB_CHARS = "*?[{";

  /**
   * The files the arguments stand for, whether any argument stood for a batch, the files the
   * folder walks passed over and how many hidden files and folders they left out, to be reported.
   */
  record Expanded(List<Path> files, boolean batch, List<FolderWalk.Skipped> skipped, int hidden) {}

  private final boolean followLinks;
  private final List<FolderWalk.Skipped> skipped = new ArrayList<>();
  private int hidden;

  InputFiles(boolean followLinks) {
    this.followLinks = followLinks;
  }

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
    return new Expanded(files, batch || files.size() > 1, List.copyOf(skipped), hidden);
  }

  private static boolean isGlob(String argument) {
    return argument.chars().anyMatch(c -> GLOB_CHARS.indexOf(c) >= 0);
  }

  /** The files a glob matches, walked from the longest leading part of it without glob characters. */
  private List<Path> glob(String pattern) {
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

  private List<Path> walk(Path root, java.util.function.Predicate<Path> keep) {
    try {
      FolderWalk.Result found = new FolderWalk(followLinks, keep).walk(root);
      skipped.addAll(found.skipped());
      hidden += found.hidden();
      return found.files();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
