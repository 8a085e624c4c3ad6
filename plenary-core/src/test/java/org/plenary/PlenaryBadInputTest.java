package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that cannot be read fail with a typed error naming the file and the reason, and alone. */
class PlenaryBadInputTest {
  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void refusesAnEmptyFile() throws Exception {
    Path empty = write("empty.txt", new byte[0]);
    assertThatThrownBy(() -> Plenary.create().parse(empty))
        .isInstanceOf(UnreadableInput.class)
        .hasMessage(empty + ": the file is empty");
  }

  @Test
  void refusesABinaryFile() throws Exception {
    byte[] bytes = new byte[2048];
    new Random(1).nextBytes(bytes);
    Path binary = write("binary.txt", bytes);
    assertThatThrownBy(() -> Plenary.create().parse(binary))
        .isInstanceOf(UnreadableInput.class)
        .hasMessageStartingWith(binary + ": binary file");
  }

  @Test
  void refusesABrokenImageAsCorrupt() throws Exception {
    Path png = write("scan.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    assertThatThrownBy(() -> Plenary.create().parse(png)).isInstanceOf(UnreadableInput.class)
        .hasMessageStartingWith(png + ": corrupt image");
  }

  @Test
  void refusesAGifAsUnsupported() throws Exception {
    Path gif = write("scan.gif", "GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> Plenary.create().parse(gif)).isInstanceOf(UnsupportedFormat.class);
  }

  @Test
  void refusesAFileOverTheSizeLimitBeforeReadingIt() throws Exception {
    Path big = dir.resolve("big.txt");
    byte[] line = "General Assembly Seventy-fifth session Agenda item 34 Prevention of armed conflict\n"
        .getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(big)) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    assertThatThrownBy(() -> Plenary.create().parse(big))
        .isInstanceOf(InputLimitExceeded.class)
        .hasMessageContaining("more than the limit");
  }

  @Test
  void refusesADirectoryAndAMissingPath() {
    assertThatThrownBy(() -> Plenary.create().parse(dir))
        .isInstanceOf(UnreadableInput.class).hasMessageEndingWith("is a directory, not a file");
    Path missing = dir.resolve("missing.txt");
    assertThatThrownBy(() -> Plenary.create().parse(missing))
        .isInstanceOf(UnreadableInput.class).hasMessage(missing + ": no such file");
  }

  @Test
  void oneBadFileInABatchFailsAlone() throws Exception {
    Path good = write("good.txt", "Security Council\n\n7 October 2000\n\nLetter dated 7 October 2000 from the Permanent "
        .concat("Representative of Israel to the United Nations addressed to the President of the Security Council\n")
        .getBytes(StandardCharsets.UTF_8));
    Path empty = write("empty.txt", new byte[0]);
    List<Outcome> outcomes = Plenary.create().parseAll(List.of(empty, good, dir.resolve("nope.txt")), 2, o -> { });
    assertThat(outcomes).extracting(o -> o.getClass().getSimpleName()).containsExactly("Failed", "Parsed", "Failed");
    Outcome.Parsed parsed = (Outcome.Parsed) outcomes.get(1);
    assertThat(parsed.document().author().state()).isEqualTo("ISR");
  }

  @Test
  void readsTextInASeventhLanguageWithAWarning() throws Exception {
    Path german = write("de.txt", ("Sehr geehrter Herr Generalsekretär, ich beehre mich, Ihnen hiermit ein Schreiben "
        + "meiner Regierung zu übermitteln, das die Lage in der Region betrifft und um dessen Verteilung ich bitte. "
        + "Die Bundesregierung verurteilt jede Form von Gewalt gegen Zivilisten und fordert alle Seiten auf, "
        + "die Waffenruhe einzuhalten und zu Verhandlungen zurückzukehren.").getBytes(StandardCharsets.UTF_8));
    assertThat(Plenary.create().parse(german).warnings()).anyMatch(w -> w.contains("six UN languages"));
  }
}
