package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.plenary.model.Document;

/**
 * Parses every golden document under {@code golden/<lang>/} and scores its record against the gold
 * labels field by field, as the shared evaluation does. Each language must get at least 90% of the
 * filled gold fields right; over all languages at least 98% of the empty gold fields must stay
 * empty (the evaluation reports that share for the corpus, not per language); the seed document
 * gets every field. A failure prints the fields that differ.
 */
class GoldenCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double FILLED = 0.90;
  private static final double EMPTY = 0.98;

  static Path golden() throws URISyntaxException {
    return Path.of(GoldenCorpusTest.class.getResource("/golden").toURI());
  }

  record Scored(String name, GoldScore score) {}

  static List<Scored> score(Path folder) throws Exception {
    List<Scored> out = new ArrayList<>();
    Plenary plenary = Plenary.create();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path gold : files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
        String stem = gold.getFileName().toString().replace(".gold.json", "");
        Path input = folder.resolve(stem + ".txt");
        JsonNode labels = JSON.readTree(gold.toFile()).get("gold");
        Document document = plenary.parse(input);
        out.add(new Scored(stem, GoldScore.of(labels, document)));
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> eachLanguageReachesTheBar() throws Exception {
    List<Path> languages;
    try (Stream<Path> dirs = Files.list(golden())) {
      languages = dirs.filter(Files::isDirectory).sorted().toList();
    }
    return languages.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      List<Scored> scored = score(dir);
      double filledRight = 0;
      int filled = 0;
      double emptyRight = 0;
      int empty = 0;
      StringBuilder misses = new StringBuilder();
      for (Scored s : scored) {
        for (GoldScore.Field f : s.score().fields) {
          if (f.goldEmpty()) {
            emptyRight += f.score();
            empty++;
          } else {
            filledRight += f.score();
            filled++;
          }
          if (f.score() < 1) {
            misses.append(String.format("%n  %s %s: gold %s, got %s", s.name(), f.name(),
                abbreviate(f.gold()), abbreviate(f.got())));
          }
        }
      }
      double filledShare = filled == 0 ? 1 : filledRight / filled;
      double emptyShare = empty == 0 ? 1 : emptyRight / empty;
      // the empty share is held over the whole corpus (emptyGoldFieldsStayEmptyOverTheCorpus)
      System.out.printf("golden %s: %.1f%% of %d filled fields, %.1f%% of %d empty fields%s%n",
          dir.getFileName(), 100 * filledShare, filled, 100 * emptyShare, empty, misses);
      assertThat(filledShare).as("share of filled gold fields right in %s%s", dir.getFileName(), misses)
          .isGreaterThanOrEqualTo(FILLED);
    }));
  }

  @Test
  void emptyGoldFieldsStayEmptyOverTheCorpus() throws Exception {
    double right = 0;
    int empty = 0;
    StringBuilder guesses = new StringBuilder();
    try (Stream<Path> dirs = Files.list(golden())) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        for (Scored s : score(dir)) {
          for (GoldScore.Field f : s.score().fields) {
            if (f.goldEmpty()) {
              right += f.score();
              empty++;
              if (f.score() < 1) {
                guesses.append(String.format("%n  %s %s: got %s", s.name(), f.name(), abbreviate(f.got())));
              }
            }
          }
        }
      }
    }
    assertThat(right / empty).as("share of empty gold fields left empty, over %d fields; guessed:%s", empty, guesses)
        .isGreaterThanOrEqualTo(EMPTY);
  }

  @Test
  void readsTheSeedLetterPerfectly() throws Exception {
    Path zh = golden().resolve("zh");
    Scored seed = score(zh).stream().filter(s -> s.name().startsWith("000_")).findFirst().orElseThrow();
    assertThat(seed.score().fields)
        .filteredOn(f -> f.score() < 1)
        .as("fields of the seed letter that differ from gold")
        .isEmpty();
    assertThat(seed.score().fields).hasSizeGreaterThan(30);
  }

  private static String abbreviate(String s) {
    return s.length() > 160 ? s.substring(0, 157) + "..." : s;
  }
}
