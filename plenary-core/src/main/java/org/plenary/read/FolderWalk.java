package org.plenary.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The files under a folder that a command is given, in name order. The walk stays inside the
 * folder: a symbolic link that leads outside it is passed over and reported, unless links are to be
 * followed (then a link that loops back is reported). Hidden files and folders (their names start
 * with a dot) are left out, as version control and editors keep theirs there, and counted for the
 * caller to report. Every other file the
 * filter takes is listed, whatever its name holds (spaces, newlines, control characters), and
 * whatever it is: a FIFO or a device is listed too, for the reader to refuse by name, so that
 * nothing is left out in silence.
 */
public final class FolderWalk {
  /**
   * A file the walk passed over, and why, for the caller to report: a link left out on purpose is
   * a warning; a file that could not be reached is a failure.
   */
  public record Skipped(Path path, String reason, boolean onPurpose) {}

  /**
   * The files found, those passed over, and how many hidden files and folders were left out (a
   * hidden folder counts once, whatever it holds), so that the rule is reported, not silent.
   */
  public record Result(List<Path> files, List<Skipped> skipped, int hidden) {}

  private final boolean followLinks;
  private final Predicate<Path> takes;

  /**
   * @param followLinks whether links are followed wherever they lead
   * @param takes which files, by path, are listed (document names, a glob)
   */
  public FolderWalk(boolean followLinks, Predicate<Path> takes) {
    this.followLinks = followLinks;
    this.takes = takes;
  }

  public Result walk(Path folder) throws IOException {
    Path root = Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
    Path inside = root.toRealPath();
    List<Path> files = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    int[] hidden = {0};
    Set<FileVisitOption> options = followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
    Files.walkFileTree(root, options, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (!dir.equals(root) && isHidden(dir)) {
          hidden[0]++;
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (isHidden(file)) {
          hidden[0]++;
          return FileVisitResult.CONTINUE;
        }
        if (!takes.test(file)) {
          return FileVisitResult.CONTINUE;
        }
        if (attrs.isSymbolicLink()) {
          link(file);
        } else {
          files.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      /** A link, not followed: listed when it leads to a file inside the folder. */
      private void link(Path file) {
        Path target;
        try {
          target = file.toRealPath();
        } catch (IOException e) {
          skipped.add(new Skipped(file, "a link to a file that does not exist", false));
          return;
        }
        if (!target.startsWith(inside)) {
          skipped.add(new Skipped(file, "skipped: a link that leads outside " + root + " (--follow-links reads it)", true));
        } else if (!Files.isDirectory(target)) {
          files.add(file);
        }
        // a link to a folder inside is walked where that folder stands
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        String reason = e instanceof FileSystemLoopException ? "a link that loops back to a folder above it"
            : e instanceof AccessDeniedException ? "permission denied" : "cannot be read";
        skipped.add(new Skipped(file, reason, false));
        return FileVisitResult.CONTINUE;
      }
    });
    Collections.sort(files);
    return new Result(files, skipped, hidden[0]);
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
