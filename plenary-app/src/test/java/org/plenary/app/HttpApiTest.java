package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.index.DataFolder;
import org.plenary.index.LuceneIndex;
import org.plenary.model.Source;

/** The HTTP API over the index of the shipped samples, through a real server and HTTP client. */
class HttpApiTest {
  @TempDir
  static Path tmp;

  static LuceneIndex index;
  static HttpApi api;
  static Path samples;
  static final HttpClient CLIENT = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void serveSamples() throws IOException {
    DataFolder data = new DataFolder(tmp.resolve("data"));
    samples = tmp.resolve("samples");
    Samples.copyTo(samples);
    IndexCommand.index(IndexOptions.of(data.root()), List.of(samples), 2, 50, new PrintWriter(new StringWriter()));
    index = LuceneIndex.forReading(data);
    api = HttpApi.start(index, data, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    api.close();
    index.close();
  }

  static HttpResponse<byte[]> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + api.port() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static JsonNode json(HttpResponse<byte[]> response) throws IOException {
    return JSON.readTree(response.body());
  }

  static String idOf(String sample) throws IOException {
    return new Source(sample, Files.readAllBytes(samples.resolve(sample))).sha256();
  }

  @Test
  void searchAnswersHitsAndFacetsAsTheCommandLineDoes() throws Exception {
    HttpResponse<byte[]> response = get("/api/search?q=" + URLEncoder.encode("Golan", StandardCharsets.UTF_8) + "&lang=en&limit=5");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.get("total").asInt()).isPositive();
    JsonNode hit = body.get("hits").get(0);
    assertThat(body.fieldNames()).toIterable().containsExactly("total", "offset", "sort", "tookMillis", "hits", "facets");
    assertThat(hit.fieldNames()).toIterable()
        .containsExactly("id", "symbols", "language", "type", "title", "date", "source", "score", "snippet");
    assertThat(hit.get("language").asText()).isEqualTo("en");
    assertThat(hit.get("source").asText()).isEqualTo("75_24_E.txt");
    assertThat(body.get("facets").fieldNames()).toIterable()
        .containsExactly("organ", "session", "year", "type", "lang", "author", "state", "agenda");
    assertThat(body.get("facets").get("lang").get("en").asInt()).isEqualTo(body.get("total").asInt());
  }

  @Test
  void aMalformedOrTooBroadSearchGets400WithTheReason() throws Exception {
    for (String query : List.of("q=ab*", "from=tomorrow", "session=x", "lang=klingon", "limit=-1", "state=Atlantis",
        "q=" + "word+".repeat(400), "sort=size", "offset=-2", "q=a&q=b", "page=2", "colour=red")) {
      HttpResponse<byte[]> response = get("/api/search?" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(json(response).get("error").asText()).as(query).isNotBlank();
    }
  }

  @Test
  void aMalformedQueryOrPercentEscapeGets400WithThePosition() throws Exception {
    // java.net.URI refuses to send a malformed escape; the older URL connection sends it as it is
    java.net.HttpURLConnection escape = (java.net.HttpURLConnection)
        new java.net.URL("http://localhost:" + api.port() + "/api/search?q=%ZZ").openConnection();
    assertThat(escape.getResponseCode()).isEqualTo(400);
    assertThat(JSON.readTree(escape.getErrorStream()).get("position").asInt()).isEqualTo(3);
    assertThat(get("/api/search?q=%C3").statusCode()).isEqualTo(400);
    HttpResponse<byte[]> quote = get("/api/search?q=" + URLEncoder.encode("climate \"change", StandardCharsets.UTF_8));
    assertThat(quote.statusCode()).isEqualTo(400);
    assertThat(json(quote).get("position").asInt()).isEqualTo(9);
    assertThat(json(quote).get("error").asText()).contains("never closed");
    HttpResponse<byte[]> unknown = get("/api/search?q=sybmol:A/75/356");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown).get("error").asText()).contains("unknown field 'sybmol:'");
  }

  @Test
  void pagesThroughTheHitsInTheOrderAsked() throws Exception {
    JsonNode first = json(get("/api/search?sort=-date&limit=5"));
    JsonNode second = json(get("/api/search?sort=-date&limit=5&offset=5"));
    assertThat(first.get("total").asInt()).isEqualTo(second.get("total").asInt()).isGreaterThan(10);
    assertThat(second.get("offset").asInt()).isEqualTo(5);
    List<String> dates = new java.util.ArrayList<>();
    first.get("hits").forEach(h -> dates.add(h.get("date").asText()));
    second.get("hits").forEach(h -> dates.add(h.get("date").asText()));
    assertThat(dates).hasSize(10).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(first.has("tookMillis")).isTrue();
  }

  @Test
  void servesASourceAsADownloadThatRunsNothing() throws Exception {
    HttpResponse<byte[]> source = get("/api/documents/" + idOf("resolutions/en/75_24_E.txt") + "/source");
    assertThat(source.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;").contains("75_24_E.txt");
    assertThat(source.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(source.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("sandbox");
    assertThat(get("/").headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
  }

  @Test
  void exportsEveryMatchOfASearchAsCsvAndJsonLines() throws Exception {
    HttpResponse<byte[]> csv = get("/api/export?format=csv&lang=fr&type=resolution");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
    long total = json(get("/api/search?lang=fr&type=resolution")).get("total").asLong();
    String table = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
    assertThat(ExportCommandTest.rows(table)).hasSize((int) total);
    HttpResponse<byte[]> jsonl = get("/api/export?format=jsonl&q=Golan");
    long golan = json(get("/api/search?q=Golan")).get("total").asLong();
    assertThat(new String(jsonl.body(), StandardCharsets.UTF_8).lines().count()).isEqualTo(golan);
    assertThat(get("/api/export?format=pdf").statusCode()).isEqualTo(400);
    assertThat(get("/api/export?format=csv&limit=3").statusCode()).isEqualTo(400);
  }

  @Test
  void servesTheRecordTheSourceTheTextAndTheOtherVersions() throws Exception {
    String id = idOf("resolutions/en/75_24_E.txt");
    JsonNode record = json(get("/api/documents/" + id));
    assertThat(record.get("schema").asText()).isEqualTo("plenary.document/1");
    assertThat(record.get("symbols").get(0).asText()).isEqualTo("A/RES/75/24");
    assertThat(record.get("source").get("path").asText()).as("the name, not where it was indexed from").isEqualTo("75_24_E.txt");
    assertThat(get("/api/documents/" + id + "/source").body()).isEqualTo(Files.readAllBytes(samples.resolve("resolutions/en/75_24_E.txt")));
    assertThat(new String(get("/api/documents/" + id + "/text").body(), StandardCharsets.UTF_8)).contains("Syrian Golan");
    JsonNode versions = json(get("/api/documents/" + id + "/versions")).get("versions");
    assertThat(versions).extracting(v -> v.get("language").asText()).containsExactlyInAnyOrder("ar", "zh", "fr", "ru", "es");
  }

  @Test
  void servesTheSixVersionsAlignedAsJsonLinesAndTmx() throws Exception {
    String id = idOf("resolutions/en/75_24_E.txt");
    List<JsonNode> beads = new ArrayList<>();
    for (String line : new String(get("/api/documents/" + id + "/alignment?level=sentence&format=jsonl").body(),
        StandardCharsets.UTF_8).split("\n")) {
      beads.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line));
    }
    assertThat(beads).hasSizeGreaterThan(10);
    assertThat(beads.get(0).get("segments").fieldNames()).toIterable().containsExactlyInAnyOrder("ar", "zh", "en", "fr", "ru", "es");
    assertThat(beads).anySatisfy(b -> assertThat(b.get("text").get("en").asText()).contains("Syrian Golan"));
    String tmx = new String(get("/api/documents/" + id + "/alignment?level=paragraph&format=tmx").body(), StandardCharsets.UTF_8);
    assertThat(tmx).contains("<tmx version=\"1.4\">", "segtype=\"paragraph\"", "xml:lang=\"zh\"");
    assertThat(get("/api/documents/" + id + "/alignment?level=word").statusCode()).isEqualTo(400);
    assertThat(get("/api/documents/" + "0".repeat(64) + "/alignment").statusCode()).isEqualTo(404);
  }

  @Test
  void anUnknownDocumentIs404AndAMalformedId400() throws Exception {
    assertThat(get("/api/documents/" + "0".repeat(64)).statusCode()).isEqualTo(404);
    assertThat(get("/api/documents/" + "0".repeat(64) + "/versions").statusCode()).isEqualTo(404);
    assertThat(get("/api/documents/..%2F..%2Fetc/source").statusCode()).isIn(400, 404);
    assertThat(get("/api/documents/not-an-id").statusCode()).isEqualTo(400);
  }

  @Test
  void servesTheOpenApiDescriptionAndThePage() throws Exception {
    JsonNode openapi = json(get("/api/openapi.json"));
    assertThat(openapi.get("paths").fieldNames()).toIterable().contains("/api/search", "/api/documents/{id}",
        "/api/documents/{id}/source", "/api/documents/{id}/versions");
    assertThat(new String(get("/").body(), StandardCharsets.UTF_8)).contains("id=\"q\"");
    assertThat(get("/app.js").statusCode()).isEqualTo(200);
  }
}
