package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plenary index} and {@code plenary search} as a user runs them. */
class SearchCommandTest {
  @TempDir
  static Path tmp;

  static Path data;

  @BeforeAll
  static void indexSamples() throws Exception {
    data = tmp.resolve("data");
    Samples.copyTo(tmp.resolve("samples"));
    Files.createSymbolicLink(tmp.resolve("samples").resolve("missing.txt"), tmp.resolve("nowhere"));
    Run run = run("index", "--data", data.toString(), "--threads", "2", tmp.resolve("samples").toString());
    assertThat(run.code).as("a missing file fails the run").isEqualTo(1);
    assertThat(run.err).contains("missing.txt: ").contains("66 indexed");
  }

  record Run(int code, String out, String err) {}

  static synchronized Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void indexingAgainAddsNothing() {
    Run again = run("index", "--data", data.toString(), tmp.resolve("samples").resolve("resolutions").toString());
    assertThat(again.code).isZero();
    assertThat(again.err).contains("0 indexed, 36 already indexed, 0 failed");
  }

  @Test
  void printsHitsAndFacetsAsJson() throws Exception {
    Run run = run("search", "--data", data.toString(), "--format", "json", "--organ", "ga", "--limit", "3", "Golan");
    assertThat(run.code).as(run.err).isZero();
    JsonNode result = new ObjectMapper().readTree(run.out);
    assertThat(result.get("total").asInt()).isPositive();
    assertThat(result.get("hits")).hasSize(3);
    assertThat(result.get("hits").get(0).get("symbols").get(0).asText()).isEqualTo("A/RES/75/24");
    assertThat(result.get("facets").get("organ").get("GA").asInt()).isEqualTo(result.get("total").asInt());
  }

  @Test
  void printsATableByDefault() {
    Run run = run("search", "--data", data.toString(), "--lang", "zh", "--type", "resolution", "以色列");
    assertThat(run.code).isZero();
    assertThat(run.out).contains("A/RES/75/24").contains("language: zh");
  }

  @Test
  void aMalformedSearchIsAUsageError() {
    Run run = run("search", "--data", data.toString(), "--from", "soon", "Golan");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("from must be a date");
    Run noIndex = run("search", "--data", tmp.resolve("nothing-here").toString(), "Golan");
    assertThat(noIndex.code).isEqualTo(2);
    assertThat(noIndex.err).contains("no index in");
  }
}
