package org.plenary.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.plenary.UnreadableInput;
import org.plenary.index.DataFolder;
import org.plenary.index.SearchIndex;
import org.plenary.index.StoredSource;
import org.plenary.index.SearchRejected;
import org.plenary.index.SearchRequest;
import org.plenary.model.Source;
import org.plenary.read.EncodingDetector;

/**
 * The HTTP API and web page over a search index. Read-only: it has no write endpoint.
 *
 * <pre>
 * GET /api/search?q=&amp;lang=&amp;organ=&amp;session=&amp;agenda=&amp;state=&amp;type=&amp;from=&amp;to=&amp;limit=
 * GET /api/documents/{id}            the record (JSON contract plenary.document/1)
 * GET /api/documents/{id}/source     the original file
 * GET /api/documents/{id}/text       the text its fields were read from
 * GET /api/documents/{id}/versions   the same document in other languages
 * GET /api/openapi.json              this API described in OpenAPI 3
 * GET /                              the web page
 * </pre>
 *
 * A search that is malformed, too broad or too slow gets 400 with {@code {"error": "..."}}; an
 * unknown document 404; nothing else is expected, and any other failure answers 500 with its
 * message rather than a stack trace.
 */
final class HttpApi implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Javalin app;

  private HttpApi(Javalin app) {
    this.app = app;
  }

  /** Starts serving on a port (0 for any free one). */
  static HttpApi start(SearchIndex index, int port) {
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
      });
    });
    app.get("/api/search", ctx -> {
      SearchRequest request = SearchRequest.parse(ctx::queryParam);
      json(ctx, index.search(request));
    });
    app.get("/api/documents/{id}", ctx -> {
      Optional<String> record = index.record(id(ctx));
      if (record.isEmpty()) {
        notFound(ctx);
      } else {
        ctx.contentType("application/json; charset=utf-8").result(record.get());
      }
    });
    app.get("/api/documents/{id}/source", ctx -> {
      Optional<StoredSource> source = index.source(id(ctx));
      if (source.isEmpty()) {
        notFound(ctx);
      } else {
        String name = source.get().name();
        String type = Optional.ofNullable(Files.probeContentType(Path.of(name))).orElse(
            name.endsWith(".txt") ? "text/plain" : "application/octet-stream");
        ctx.header("Content-Disposition", "inline; filename=\"" + name.replace("\"", "") + "\"");
        ctx.contentType(type.startsWith("text/") ? type + "; charset=utf-8" : type)
            .result(source.get().bytes());
      }
    });
    app.get("/api/documents/{id}/text", ctx -> {
      Optional<String> text = text(index, id(ctx));
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
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json")
        .result(HttpApi.class.getResourceAsStream("/web/openapi.json")));
    app.exception(SearchRejected.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    app.exception(BadId.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    app.exception(UnreadableInput.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, e.reason()));
    app.exception(IOException.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "cannot read the index: " + e.getMessage()));
    app.exception(RuntimeException.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, String.valueOf(e)));
    app.start(port);
    return new HttpApi(app);
  }

  /**
   * The text a document's evidence was read from: the source itself when it is plain text (the
   * masthead included), else the repaired text the index holds (title, body, annexes).
   */
  private static Optional<String> text(SearchIndex index, String id) throws IOException, UnreadableInput {
    Optional<String> record = index.record(id);
    Optional<StoredSource> source = index.source(id);
    if (record.isPresent() && source.isPresent()
        && "text".equals(JSON.readTree(record.get()).path("source").path("format").asText())) {
      String text = new EncodingDetector().decode(new Source(id, source.get().bytes())).text();
      if (!text.stripLeading().startsWith("<")) {
        return Optional.of(text);
      }
    }
    return index.text(id);
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

  private static void error(Context ctx, HttpStatus status, String message) {
    ctx.status(status);
    try {
      json(ctx, Map.of("error", message == null ? status.getMessage() : message));
    } catch (IOException e) {
      ctx.result(status.getMessage());
    }
  }
}
