package org.plenary.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plenary.lang.LanguagePacks;
import org.plenary.model.Language;

class MastheadPhrasesTest {
  /**
   * A long line is read only until its letters besides phrases are too many: that must answer as
   * reading it whole does, on running text, on mastheads run into one line and on lines cut anywhere.
   */
  @ParameterizedTest
  @EnumSource(Language.class)
  void answersForALongLineAsReadingItWhole(Language language) throws IOException {
    List<String> lines = new ArrayList<>();
    Path folder = Path.of("src/test/resources/golden", language.code());
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < text.size(); i++) {
          lines.add(text.get(i));
          // a masthead run into one line, as a web page prints it, and the same cut at any place
          String run = String.join(" ", text.subList(i, Math.min(text.size(), i + 4)));
          lines.add(run);
          lines.add(run.substring(run.length() / 3));
        }
      }
    }
    lines.add("General Assembly Distr.: General 12 March 2020 Original: English Seventy-fifth session "
        + "Agenda item 68 (b) A/75/123 20-03579 (E)");
    int masthead = 0;
    for (String line : lines) {
      MastheadPhrases phrases = new MastheadPhrases(LanguagePacks.of(language));
      boolean whole = new MastheadPhrases(LanguagePacks.of(language)).allPhrases(line);
      assertThat(phrases.isMasthead(line)).as(line).isEqualTo(whole);
      masthead += line.length() > 80 && whole ? 1 : 0;
    }
    assertThat(lines).hasSizeGreaterThan(30);
    if (language == Language.EN) {
      assertThat(masthead).as("long masthead lines among the English ones").isPositive();
    }
  }
}
