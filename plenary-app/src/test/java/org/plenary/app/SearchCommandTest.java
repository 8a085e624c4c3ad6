package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    assertThat(run.out).contains("A/RES/75/24").containsPattern("lang: .* zh \\(1\\)");
  }

  @Test
  void aWordStartingWithADashIsAQueryWordNotAnOption() throws Exception {
    long climate = total("climate");
    long somalia = total("climate", "AND", "Somalia");
    assertThat(climate).isGreaterThan(somalia).isPositive();
    assertThat(somalia).isPositive();
    assertThat(total("climate", "-Somalia")).isEqualTo(climate - somalia);
    assertThat(total("--", "climate", "-Somalia")).isEqualTo(climate - somalia);
    assertThat(total("-drought")).as("-d is the data option only when alone").isPositive();
    Run typo = run("search", "--data", data.toString(), "--limt", "3", "Golan");
    assertThat(typo.code).isEqualTo(2);
    assertThat(typo.err).contains("--limt");
  }

  @Test
  void pagesAndSortsTheHits() throws Exception {
    JsonNode first = json("--sort", "date", "--limit", "3");
    JsonNode next = json("--sort", "date", "--limit", "3", "--offset", "3");
    assertThat(next.get("offset").asInt()).isEqualTo(3);
    assertThat(first.get("hits").get(2).get("date").asText()).isLessThanOrEqualTo(next.get("hits").get(0).get("date").asText());
    assertThat(run("search", "--data", data.toString(), "--sort", "size").code).isEqualTo(2);
  }

  @Test
  void theTopLevelHelpSummarisesEachCommandInASentence() {
    Run help = run("--help");
    assertThat(help.code).isZero();
    for (String command : List.of("parse", "index", "search", "export", "serve")) {
      String line = help.out.lines().filter(l -> l.strip().startsWith(command + " ")).findFirst().orElseThrow();
      assertThat(line.strip()).as(command).endsWith(".");
    }
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    Run serve = run("serve", "--data", data.toString(), "--port", "99999");
    assertThat(serve.code).isEqualTo(2);
    assertThat(serve.err).contains("--port must be between 0 and 65535").contains("Try 'plenary serve --help'");
    assertThat(serve.err.lines().count()).isEqualTo(2);
  }

  static JsonNode json(String... args) throws Exception {
    List<String> all = new java.util.ArrayList<>(List.of("search", "--data", data.toString(), "--format", "json"));
    all.addAll(List.of(args));
    Run run = run(all.toArray(String[]::new));
    assertThat(run.code).as(run.err).isZero();
    return new ObjectMapper().readTree(run.out);
  }

  static long total(String... query) throws Exception {
    List<String> all = new java.util.ArrayList<>(List.of("--limit", "0"));
    all.addAll(List.of(query));
    return json(all.toArray(String[]::new)).get("total").asLong();
  }

  @Test
  void aMalformedSearchIsAUsageError() {
    Run run = run("search", "--data", data.toString(), "--from", "soon", "Golan");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("from must be a date");
    assertThat(run.err.lines().count()).as("one line and a hint, not the whole help").isEqualTo(2);
    assertThat(run.err).contains("Try 'plenary search --help'");
    Run noIndex = run("search", "--data", tmp.resolve("nothing-here").toString(), "Golan");
    assertThat(noIndex.code).isEqualTo(2);
    assertThat(noIndex.err).contains("no index in");
  }
}
