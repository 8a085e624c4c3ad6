package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.read.HostileFiles;

/**
 * Hostile and broken inputs, each in one batch with good letters, parsed and indexed by the
 * command line in a JVM of 256 MB: the batch ends in time, exits 1, prints the record of every good
 * file, says of each bad file on one line of standard error its name and the reason, and never
 * prints a byte of a file outside the folder it was given.
 */
class HostileInputIT {
  private static final String SECRET = "SECRET-OUTSIDE-THE-FOLDER-7f3a";
  private static final long MINUTES = 5;

  @TempDir
  static Path tmp;
  static Path folder;
  /** Each bad file by name, with a fragment its reason must hold. */
  static final Map<String, String> BAD = new LinkedHashMap<>();
  /** Files that are odd but readable: their records are printed. */
  static final List<String> GOOD = new ArrayList<>();

  @BeforeAll
  static void writeTheBatch() throws Exception {
    folder = Files.createDirectories(tmp.resolve("batch"));
    String letter = new String(HostileInputIT.class.getResourceAsStream("/seed/000_e19c782be0cd74ef.txt").readAllBytes(),
        StandardCharsets.UTF_8);
    String russian = new String(HostileInputIT.class.getResourceAsStream("/golden/ru/055-ru.txt").readAllBytes(),
        StandardCharsets.UTF_8);
    good("letter.txt", letter.getBytes(StandardCharsets.UTF_8));
    good("blank-lines-before.txt", ("\n".repeat(2000) + letter).getBytes(StandardCharsets.UTF_8));
    good("line-of-600-symbols.txt", (letter + "\n" + "A/75/357 ".repeat(600)).getBytes(StandardCharsets.UTF_8));
    byte[] damaged = russian.getBytes(StandardCharsets.UTF_8);
    damaged[damaged.length / 2] = (byte) 0xFF;
    good("russian-one-bad-byte.txt", damaged);
    good("russian-utf-16.txt", russian.getBytes(StandardCharsets.UTF_16LE));
    good("name with\nnewline.txt", letter.getBytes(StandardCharsets.UTF_8));
    bad("doctype-brackets.xml", ("<!DOCTYPE " + "[]".repeat(36)).getBytes(StandardCharsets.US_ASCII), "XML");
    bad("form-feeds.txt", "\f".repeat(500_000).getBytes(StandardCharsets.US_ASCII), "no text");
    bad("nested.xml", ("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">" + "<p>".repeat(100_000)
        + "</p>".repeat(100_000) + "</akomaNtoso>").getBytes(StandardCharsets.US_ASCII), "nesting deeper than 1,000 elements");
    bad("doctype.docx", docxWithDoctype(), "the Word file declares a DOCTYPE; external entities are refused");
    bad("bomb.docx", HostileFiles.zipBombDocx(), "zip bomb");
    bad("entity.xml", HostileFiles.externalEntityXml(), "DOCTYPE");
    bad("pages.txt", (letter + "\f".repeat(6000) + letter).getBytes(StandardCharsets.UTF_8), "more than 5,000 pages");
    Path fifo = folder.resolve("pipe.txt");
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
      BAD.put(fifo.getFileName().toString(), "not a regular file");
    }
    Path outside = Files.writeString(tmp.resolve("outside.txt"), SECRET + "\n" + letter);
    Files.createSymbolicLink(folder.resolve("link-outside.txt"), outside);
  }

  private static void good(String name, byte[] bytes) throws IOException {
    Files.write(folder.resolve(name), bytes);
    GOOD.add(name);
  }

  private static void bad(String name, byte[] bytes, String reason) throws IOException {
    Files.write(folder.resolve(name), bytes);
    BAD.put(name, reason);
  }

  /** A .docx whose document part declares an external entity. */
  private static byte[] docxWithDoctype() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
          + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
          + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
          + "<w:t>&e;</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  record Run(int exitCode, String stdout, List<String> stderr) {}

  /** The command line in a JVM of its own with a small heap, so that memory is bounded as it is measured. */
  private static Run run(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path out = tmp.resolve("out-" + System.nanoTime());
    Path err = tmp.resolve("err-" + System.nanoTime());
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the batch did not end within " + MINUTES + " minutes");
    }
    return new Run(process.exitValue(), Files.readString(out), Files.readAllLines(err));
  }

  @Test
  void parseReportsEachBadFileOnOneLineAndPrintsEveryGoodOne() throws Exception {
    Run run = run("parse", "--threads", "2", "--timeout", "60", folder.toString(), "/dev/zero");
    assertThat(run.exitCode()).isEqualTo(1);
    List<String> records = run.stdout().lines().toList();
    assertThat(records).as(String.join("\n", run.stderr())).hasSize(GOOD.size());
    for (String name : GOOD) {
      String json = folder.resolve(name).toString().replace("\n", "\\n");
      assertThat(records).as(name).anySatisfy(r -> assertThat(r).contains(json));
    }
    assertThat(records).filteredOn(r -> r.contains("russian")).allSatisfy(r -> assertThat(r).contains("\"language\":\"ru\""));
    for (Map.Entry<String, String> bad : BAD.entrySet()) {
      assertThat(run.stderr()).as(bad.getKey()).anySatisfy(line -> assertThat(line)
          .startsWith(folder.resolve(bad.getKey()) + ": ").contains(bad.getValue()));
    }
    assertThat(run.stderr()).anySatisfy(l -> assertThat(l).startsWith("/dev/zero: ").contains("not a regular file"));
    assertThat(run.stderr()).anySatisfy(l -> assertThat(l).startsWith(folder.resolve("link-outside.txt") + ": ")
        .contains("a link that leads outside"));
    assertNothingLeaks(run);
  }

  @Test
  void indexReportsEachBadFileAndIndexesEveryGoodOne() throws Exception {
    Run run = run("index", "--data", tmp.resolve("data").toString(), "--threads", "2", "--timeout", "60", folder.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    for (Map.Entry<String, String> bad : BAD.entrySet()) {
      if (bad.getKey().matches(".*\\.(txt|xml|docx)")) {
        assertThat(run.stderr()).as(bad.getKey()).anySatisfy(line -> assertThat(line)
            .startsWith(folder.resolve(bad.getKey()) + ": ").contains(bad.getValue()));
      }
    }
    assertThat(run.stderr()).anySatisfy(l -> assertThat(l).contains(GOOD.size() - 1 + " indexed"));
    assertNothingLeaks(run);
  }

  private static void assertNothingLeaks(Run run) {
    assertThat(run.stdout()).doesNotContain(SECRET).doesNotContain("root:x:0:0");
    assertThat(run.stderr()).noneMatch(l -> l.contains(SECRET) || l.contains("root:x:0:0"));
    assertThat(run.stderr()).noneMatch(l -> l.contains("Exception") || l.contains("\tat ") || l.contains("internal error")
        || l.contains("OutOfMemory"));
  }
}
