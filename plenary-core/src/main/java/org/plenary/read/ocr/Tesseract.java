package org.plenary.read.ocr;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code tesseract} command (Tesseract 4 or 5) on one page image at a time, as a process:
 * no native code runs inside the JVM, a crash or a runaway page costs only its process. Output
 * goes to a file, not a pipe, so a long page never blocks on a full pipe.
 *
 * <p>Bounds: one process per core at a time across the whole JVM ({@link #RUNNING}), each limited
 * to one thread ({@code OMP_THREAD_LIMIT=1}: the pages of a document run side by side instead);
 * each killed past its time; at most {@link #MAX_OUTPUT} bytes of output read back. An interrupt
 * (the per-file time budget) kills the process at once.
 *
 * <p>The command is {@code tesseract} on the {@code PATH}, or the program named by the {@code
 * PLENARY_TESSERACT} environment variable.
 */
public final class Tesseract {
  /** The hOCR of a dense page is a few hundred kilobytes. */
  static final long MAX_OUTPUT = 32L * 1024 * 1024;
  private static final Semaphore RUNNING = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
  private static volatile Optional<Tesseract> installed;

  private final String command;
  private final Duration timeout;
  private volatile Set<String> languages;

  Tesseract(String command, Duration timeout) {
    this.command = command;
    this.timeout = timeout;
  }

  /** The Tesseract installed on this machine, if any, with a time limit per page. */
  public static Optional<Tesseract> find(Duration timeout) {
    Optional<Tesseract> found = installed;
    if (found == null) {
      found = locate().map(c -> new Tesseract(c, timeout));
      installed = found;
    }
    return found.map(t -> t.timeout.equals(timeout) ? t : t.withTimeout(timeout));
  }

  private Tesseract withTimeout(Duration other) {
    Tesseract t = new Tesseract(command, other);
    t.languages = languages;
    return t;
  }

  /**
   * Why no Tesseract can be run on this machine, for a file that needs OCR: the program {@code
   * PLENARY_TESSERACT} names is not there, or none is installed.
   */
  public static String whyMissing() {
    String named = System.getenv("PLENARY_TESSERACT");
    if (named != null && !named.isBlank() && !Files.isExecutable(Path.of(named))) {
      return "it needs OCR and the Tesseract program that PLENARY_TESSERACT names, " + named
          + ", is not there or cannot be run";
    }
    return "it needs OCR and Tesseract is not installed: install tesseract-ocr and its language data"
        + " (Debian: apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-spa"
        + " tesseract-ocr-rus tesseract-ocr-chi-sim tesseract-ocr-chi-tra tesseract-ocr-ara)";
  }

  private static Optional<String> locate() {
    String named = System.getenv("PLENARY_TESSERACT");
    if (named != null && !named.isBlank()) {
      return Files.isExecutable(Path.of(named)) ? Optional.of(named) : Optional.empty();
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "tesseract");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate.toString());
      }
    }
    return Optional.empty();
  }

  /** The language models installed ({@code eng}, {@code chi_sim}, {@code osd}, ...). */
  public Set<String> languages() throws OcrFailed, InterruptedException {
    Set<String> known = languages;
    if (known == null) {
      Set<String> found = new TreeSet<>();
      List<String> out = run(List.of("--list-langs")).lines().toList();
      // the first line names the folder: "List of available languages in ... (8):"
      for (String line : out.subList(Math.min(1, out.size()), out.size())) {
        if (!line.isBlank()) {
          found.add(line.strip());
        }
      }
      known = Set.copyOf(found);
      languages = known;
    }
    return known;
  }

  /** The hOCR of a page image in the given model ({@code eng}, {@code chi_sim+eng}, ...). */
  public String hocr(Path image, String model, int dpi) throws OcrFailed, InterruptedException {
    return run(List.of(image.toString(), "stdout", "--dpi", Integer.toString(dpi), "-l", model, "hocr"));
  }

  /** The hOCR of an image that holds a single line of text ({@code --psm 7}). */
  public String hocrOfLine(Path image, String model, int dpi) throws OcrFailed, InterruptedException {
    return run(List.of(image.toString(), "stdout", "--dpi", Integer.toString(dpi), "--psm", "7", "-l", model, "hocr"));
  }

  /** Tesseract's orientation and script report of a page ({@code --psm 0}). */
  public String orientationAndScript(Path image, int dpi) throws OcrFailed, InterruptedException {
    return run(List.of(image.toString(), "stdout", "--dpi", Integer.toString(dpi), "--psm", "0"));
  }

  private String run(List<String> arguments) throws OcrFailed, InterruptedException {
    List<String> commandLine = new ArrayList<>(arguments.size() + 1);
    commandLine.add(command);
    commandLine.addAll(arguments);
    RUNNING.acquire();
    Path out = null;
    Path err = null;
    Process process = null;
    try {
      out = Files.createTempFile("plenary-ocr", ".out");
      err = Files.createTempFile("plenary-ocr", ".err");
      ProcessBuilder builder = new ProcessBuilder(commandLine)
          .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
      builder.environment().put("OMP_THREAD_LIMIT", "1");
      process = builder.start();
      process.getOutputStream().close();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new OcrFailed("Tesseract took longer than " + timeout.toSeconds() + " s");
      }
      if (process.exitValue() != 0) {
        throw new OcrFailed("Tesseract failed (exit " + process.exitValue() + "): " + lastLine(err));
      }
      if (Files.size(out) > MAX_OUTPUT) {
        throw new OcrFailed("Tesseract wrote more than " + MAX_OUTPUT / (1024 * 1024) + " MB for one page");
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new OcrFailed("Tesseract could not be run: " + e.getMessage());
    } finally {
      if (process != null && process.isAlive()) {
        process.destroyForcibly();
      }
      delete(out);
      delete(err);
      RUNNING.release();
    }
  }

  private static String lastLine(Path err) throws IOException {
    List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    return lines.isEmpty() ? "no message" : lines.get(lines.size() - 1).strip();
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit();
      }
    }
  }

  /** The Debian package that holds a model's data: {@code chi_sim} is in tesseract-ocr-chi-sim. */
  public static String debianPackage(String model) {
    return "tesseract-ocr-" + model.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
