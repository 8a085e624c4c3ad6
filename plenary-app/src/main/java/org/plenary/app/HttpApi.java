package org.plenary.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.UnreadableInput;
import org.plenary.index.DataFolder;
import org.plenary.index.Matches;
import org.plenary.index.SearchIndex;
import org.plenary.index.SearchRejected;
import org.plenary.index.SearchRequest;
import org.plenary.model.Source;
import org.plenary.read.EncodingDetector;

/**
 * The HTTP API and web page over a search index. Read-only: it has no write endpoint.
 *
 * <pre>
 * GET /api/search?q=&amp;lang=&amp;organ=&amp;session=&amp;year=&amp;type=&amp;author=&amp;state=&amp;agenda=&amp;from=&amp;to=&amp;offset=&amp;limit=&amp;sort=
 * GET /api/export?format=csv|jsonl&amp;...  every match of a search, as a download
 * GET /api/documents/{id}            the record (JSON contract plenary.document/1)
 * GET /api/documents/{id}/source     the original file, as a download
 * GET /api/documents/{id}/text       the text its fields were read from
 * GET /api/documents/{id}/versions   the same document in other languages
 * GET /api/documents/{id}/alignment  it and its versions aligned (level=sentence|paragraph, format=jsonl|tmx)
 * GET /api/openapi.json              this API described in OpenAPI 3
 * GET /                              the web page
 * </pre>
 *
 * A search that is malformed (an unknown parameter, a malformed query or percent escape), too
 * broad or too slow gets 400 with {@code {"error": "...", "position": N}}; an unknown document 404;
 * any other failure answers 500 with its message rather than a stack trace. A source file is never
 * shown as a page of this application: it is sent as an attachment that the browser may not sniff
 * and, were it opened, may run no script (a sandboxing Content-Security-Policy).
 */
final class HttpApi implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The page's own scripts and styles, and nothing from elsewhere. */
  private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  /** A source file, even if a browser opened it, runs nothing and loads nothing. */
  private static final String SOURCE_POLICY = "sandbox; default-src 'none'";
  private static final List<String> EXPORT_PARAMETERS = concat(SearchRequest.FILTER_PARAMETERS, "format");

  private final Javalin app;

  private HttpApi(Javalin app) {
    this.app = app;
  }

  /** Starts serving on a host (127.0.0.1 for this machine alone) and port (0 for any free one). */
  static HttpApi start(SearchIndex index, DataFolder data, String host, int port) {
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
        files.headers = Map.of("Content-Security-Policy", PAGE_POLICY, "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer", "Cache-Control", "no-cache");
      });
    });
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Content-Security-Policy", PAGE_POLICY);
      ctx.header("Referrer-Policy", "no-referrer");
    });
    app.get("/api/search", ctx -> {
      SearchRequest request = SearchRequest.parse(QueryString.parse(ctx.queryString()));
      json(ctx, index.search(request));
    });
    app.get("/api/export", ctx -> export(ctx, index, data));
    app.get("/api/documents/{id}", ctx -> {
      Optional<String> record = data.readRecord(id(ctx));
      if (record.isEmpty()) {
        notFound(ctx);
      } else {
        json(ctx, withSourceName(record.get()));
      }
    });
    app.get("/api/documents/{id}/source", ctx -> {
      Optional<Path> source = data.source(id(ctx));
      if (source.isEmpty()) {
        notFound(ctx);
      } else {
        String name = source.get().getFileName().toString();
        String type = Optional.ofNullable(Files.probeContentType(source.get())).orElse(
            name.endsWith(".txt") ? "text/plain" : "application/octet-stream");
        ctx.header("Content-Disposition", attachment(name));
        ctx.header("Content-Security-Policy", SOURCE_POLICY);
        ctx.contentType(type.startsWith("text/") ? type + "; charset=utf-8" : type)
            .result(Files.newInputStream(source.get()));
      }
    });
    app.get("/api/documents/{id}/text", ctx -> {
      Optional<String> text = text(index, data, id(ctx));
      if (text.isEmpty()) {
        notFound(ctx);
      } else {
        ctx.contentType("text/plain; charset=utf-8").result(text.get());
      }
    });
    app.get("/api/documents/{id}/versions", ctx -> {
      String id = id(ctx);
      if (!index.contains(id)) {
        notFound(ctx);
      } else {
        json(ctx, Map.of("versions", index.versions(id)));
      }
    });
    app.get("/api/documents/{id}/alignment", ctx -> alignment(ctx, new IndexedAlignment(index, data)));
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json")
        .result(HttpApi.class.getResourceAsStream("/web/openapi.json")));
    app.exception(SearchRejected.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage(), e.position().orElse(-1)));
    app.exception(BadId.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage(), -1));
    app.exception(UnreadableInput.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, e.reason(), -1));
    app.exception(IOException.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "cannot read the index: " + e.getMessage(), -1));
    app.exception(RuntimeException.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, String.valueOf(e), -1));
    app.start(host, port);
    return new HttpApi(app);
  }

  /** Every match of a search as CSV or JSON Lines, streamed record by record as a download. */
  private static void export(Context ctx, SearchIndex index, DataFolder data) throws IOException, SearchRejected {
    Map<String, List<String>> parameters = QueryString.parse(ctx.queryString());
    for (String name : parameters.keySet()) {
      if (!EXPORT_PARAMETERS.contains(name)) {
        throw new SearchRejected("unknown parameter '" + name + "': use " + String.join(", ", EXPORT_PARAMETERS));
      }
    }
    List<String> formats = parameters.remove("format");
    String format = formats == null || formats.size() != 1 ? "" : formats.get(0);
    if (!format.equals("csv") && !format.equals("jsonl")) {
      throw new SearchRejected("format must be csv or jsonl");
    }
    SearchRequest request = SearchRequest.parse(parameters, SearchRequest.FILTER_PARAMETERS);
    try (Matches matches = index.matches(request)) {
      boolean csv = format.equals("csv");
      ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
      ctx.header("Content-Disposition", attachment("plenary-search." + format));
      ctx.header("X-Total-Count", Integer.toString(matches.size()));
      Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
      new StoredRecords(data, matches, new PrintWriter(Writer.nullWriter()), false).withSourceNames().write(csv, csv, out);
    }
  }

  /** The record with its source named by its file name, not by where it was on the indexing machine. */
  private static JsonNode withSourceName(String record) throws IOException {
    JsonNode tree = JSON.readTree(record);
    JsonNode source = tree.path("source");
    if (source instanceof ObjectNode object && source.hasNonNull("path")) {
      object.put("path", StoredRecords.fileName(source.get("path").asText()));
    }
    return tree;
  }

  private static String attachment(String name) {
    String ascii = name.replaceAll("[^A-Za-z0-9._()-]", "_");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * The text a document's evidence was read from: the source itself when it is plain text (the
   * masthead included), else the repaired text the index holds (title, body, annexes).
   */
  private static Optional<String> text(SearchIndex index, DataFolder data, String id) throws IOException, UnreadableInput {
    Optional<String> record = data.readRecord(id);
    Optional<Path> source = data.source(id);
    if (record.isPresent() && source.isPresent()
        && "text".equals(JSON.readTree(record.get()).path("source").path("format").asText())) {
      String text = new EncodingDetector().decode(new Source(id, Files.readAllBytes(source.get()))).text();
      if (!text.stripLeading().startsWith("<")) {
        return Optional.of(text);
      }
    }
    return index.text(id);
  }

  /** A document and its versions aligned, as JSON Lines (one bead a line) or TMX. */
  private static void alignment(Context ctx, IndexedAlignment aligned) throws IOException, BadId, UnreadableInput {
    String level = Optional.ofNullable(ctx.queryParam("level")).orElse("sentence");
    String format = Optional.ofNullable(ctx.queryParam("format")).orElse("jsonl");
    if (!level.equals("sentence") && !level.equals("paragraph") || !format.equals("jsonl") && !format.equals("tmx")) {
      error(ctx, HttpStatus.BAD_REQUEST, "level is sentence or paragraph, format jsonl or tmx", -1);
      return;
    }
    Optional<IndexedAlignment.Aligned> found = aligned.align(id(ctx), level.equals("sentence"));
    if (found.isEmpty()) {
      notFound(ctx);
      return;
    }
    java.io.StringWriter out = new java.io.StringWriter();
    if (format.equals("tmx")) {
      new org.plenary.align.write.TmxWriter().write(found.get().alignment(), found.get().original(), out);
      ctx.contentType("application/x-tmx+xml; charset=utf-8");
    } else {
      new org.plenary.align.write.JsonLinesWriter().write(found.get().alignment(), out);
      ctx.contentType("application/x-ndjson; charset=utf-8");
    }
    ctx.result(out.toString());
  }

  int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  /** A malformed document id, answered with 400. */
  private static final class BadId extends Exception {
    private static final long serialVersionUID = 1L;

    BadId(String id) {
      super("'" + id + "' is no document id (64 hexadecimal digits)");
    }
  }

  private static String id(Context ctx) throws BadId {
    String id = ctx.pathParam("id");
    if (!DataFolder.isId(id)) {
      throw new BadId(id);
    }
    return id;
  }

  private static void json(Context ctx, Object value) throws IOException {
    ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(value));
  }

  private static void notFound(Context ctx) throws IOException {
    ctx.status(HttpStatus.NOT_FOUND);
    json(ctx, Map.of("error", "no document " + ctx.pathParam("id") + " in this index"));
  }

  private static void error(Context ctx, HttpStatus status, String message, int position) {
    ctx.status(status);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message == null ? status.getMessage() : message);
    if (position >= 0) {
      body.put("position", position);
    }
    try {
      json(ctx, body);
    } catch (IOException e) {
      ctx.result(status.getMessage());
    }
  }

  private static List<String> concat(List<String> list, String more) {
    List<String> all = new ArrayList<>(list);
    all.add(more);
    return List.copyOf(all);
  }
}
