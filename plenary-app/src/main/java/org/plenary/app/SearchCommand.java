package org.plenary.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.plenary.index.SearchIndex;
import org.plenary.index.SearchRejected;
import org.plenary.index.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plenary search}: searches the index. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
        "Searches the indexed documents (a data folder, or a SolrCloud collection) by text, symbol, State or agenda item in any of",
        "the six languages, with filters, and prints the hits and the facet counts.",
        "",
        "A State named in any language finds the documents from or about it in every language.",
        "QUERY syntax: words, \"a phrase\", -excluded, prefix*, a symbol such as A/75/357.",
        "Exit status: 0 on success, 2 for a malformed or too broad search."},
    footer = {"", "Examples:", "  plenary search Armenia", "  plenary search --organ GA --session 75 --format json 'climate change'",
        "  plenary search --state ARM --from 2020-01-01 --to 2020-12-31"})
final class SearchCommand implements Callable<Integer> {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The output formats of {@code search}. */
  enum Format { json, table }

  @CommandLine.Mixin
  IndexLocation location;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @CommandLine.Mixin
  SearchFilters filters;

  @Option(names = "--limit", paramLabel = "N", description = "Show N hits (default: 20).")
  String limit;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    try (SearchIndex index = location.forReading()) {
      SearchResult result = index.search(filters.request(limit));
      if (format == Format.json) {
        out.println(JSON.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
      } else {
        table(result, out);
      }
      out.flush();
      return 0;
    } catch (SearchRejected e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    } catch (java.io.FileNotFoundException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static void table(SearchResult result, PrintWriter out) {
    out.printf("%d documents%n", result.total());
    for (SearchResult.Hit hit : result.hits()) {
      out.printf("%n%-24s %-2s %-12s %-10s %s%n", hit.symbols().isEmpty() ? hit.id().substring(0, 12) : String.join(" ", hit.symbols()),
          hit.language(), hit.type(), hit.date() == null ? "" : hit.date(), hit.title() == null ? "" : hit.title());
      if (hit.snippet() != null) {
        out.println("    " + plain(hit.snippet()).replaceAll("\\s+", " "));
      }
    }
    out.println();
    result.facets().forEach((facet, counts) -> {
      if (!counts.isEmpty()) {
        StringBuilder line = new StringBuilder(String.format("%-9s", facet + ":"));
        counts.entrySet().stream().limit(10).forEach(e -> line.append(' ').append(e.getKey()).append(" (").append(e.getValue()).append(')'));
        out.println(line);
      }
    });
  }

  /** A snippet without its highlight tags and HTML escapes, for a terminal. */
  private static String plain(String html) {
    return html.replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
  }
}
