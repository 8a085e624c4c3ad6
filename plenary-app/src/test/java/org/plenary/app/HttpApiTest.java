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
    try (LuceneIndex writing = LuceneIndex.forWriting(data)) {
      IndexCommand.index(writing, "test", List.of(samples), 2, 50, new PrintWriter(new StringWriter()));
    }
    index = LuceneIndex.forReading(data);
    api = HttpApi.start(index, 0);
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
    assertThat(hit.fieldNames()).toIterable().containsExactly("id", "symbols", "language", "type", "title", "date", "score", "snippet");
    assertThat(hit.get("language").asText()).isEqualTo("en");
    assertThat(body.get("facets").fieldNames()).toIterable()
        .containsExactly("organ", "session", "year", "type", "language", "author", "states", "agenda");
    assertThat(body.get("facets").get("language").get("en").asInt()).isEqualTo(body.get("total").asInt());
  }

  @Test
  void aMalformedOrTooBroadSearchGets400WithTheReason() throws Exception {
    for (String query : List.of("q=ab*", "from=tomorrow", "session=x", "lang=klingon", "limit=-1", "state=Armenia",
        "q=" + "word+".repeat(400))) {
      HttpResponse<byte[]> response = get("/api/search?" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(json(response).get("error").asText()).as(query).isNotBlank();
    }
  }

  @Test
  void servesTheRecordTheSourceTheTextAndTheOtherVersions() throws Exception {
    String id = idOf("resolutions/en/75_24_E.txt");
    JsonNode record = json(get("/api/documents/" + id));
    assertThat(record.get("schema").asText()).isEqualTo("plenary.document/1");
    assertThat(record.get("symbols").get(0).asText()).isEqualTo("A/RES/75/24");
    assertThat(get("/api/documents/" + id + "/source").body()).isEqualTo(Files.readAllBytes(samples.resolve("resolutions/en/75_24_E.txt")));
    assertThat(new String(get("/api/documents/" + id + "/text").body(), StandardCharsets.UTF_8)).contains("Syrian Golan");
    JsonNode versions = json(get("/api/documents/" + id + "/versions")).get("versions");
    assertThat(versions).extracting(v -> v.get("language").asText()).containsExactlyInAnyOrder("ar", "zh", "fr", "ru", "es");
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
