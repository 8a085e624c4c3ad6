package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plenary align}: segmented files aligned as given, its formats, and its errors. */
class AlignCommandTest {
  @TempDir
  Path tmp;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void alignsSegmentedVersionsAsJsonLines() throws Exception {
    Path en = write("en.txt", "Resolution 2549 (2020)\n\nAdopted by the Security Council on 5 November 2020\n\n"
        + "The Security Council,\n\n1. Decides to remain seized of the matter.\n");
    Path fr = write("fr.txt", "Résolution 2549 (2020)\n\nLe Conseil de sécurité,\n\n1. Décide de rester saisi de la question.\n");
    CommandRun run = CommandRun.of(true, "align", "--segmented", "--langs", "en,fr", en.toString(), fr.toString());
    assertThat(run.exitCode).as(run.stderr).isZero();
    assertThat(run.stdout.lines().toList()).hasSize(4)
        .contains("{\"segments\":{\"en\":[1],\"fr\":[]},\"text\":{\"en\":\"Adopted by the Security Council on 5 November 2020\",\"fr\":\"\"}}");
  }

  @Test
  void writesTmxAndMarkdown() throws Exception {
    Path en = write("en.txt", "The Security Council,\n\nDecides to remain seized of the matter.\n");
    Path zh = write("zh.txt", "安全理事会，\n\n决定继续处理此案。\n");
    CommandRun tmx = CommandRun.of(true, "align", "--segmented", "--format", "tmx", "--srclang", "en", en.toString(), zh.toString());
    assertThat(tmx.exitCode).as(tmx.stderr).isZero();
    assertThat(tmx.stdout).contains("srclang=\"en\"", "<tuv xml:lang=\"zh\"><seg>安全理事会，</seg></tuv>");
    CommandRun md = CommandRun.of(true, "align", "--segmented", "--format", "md", en.toString(), zh.toString());
    assertThat(md.stdout).startsWith("| # | English | Chinese |");
  }

  @Test
  void saysWhichFileCannotBeReadAndRefusesAWrongLanguageList() throws Exception {
    Path en = write("en.txt", "The Security Council,\n");
    CommandRun missing = CommandRun.of(true, "align", "--segmented", en.toString(), tmp.resolve("none.txt").toString());
    assertThat(missing.exitCode).isEqualTo(1);
    assertThat(missing.stderr).contains("none.txt");
    CommandRun wrong = CommandRun.of(true, "align", "--segmented", "--langs", "en", en.toString(), en.toString());
    assertThat(wrong.exitCode).isEqualTo(2);
    assertThat(CommandRun.of(true, "help", "align").exitCode).isZero();
  }
}
