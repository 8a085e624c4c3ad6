package org.plenary.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jsoup.parser.Parser;
import org.plenary.index.SearchIndex;
import org.plenary.index.SearchRejected;
import org.plenary.index.SearchRequest;
import org.plenary.index.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plenary search}: searches the index of a data folder. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    header = "Searches a data folder's index; prints hits and facets.",
    description = {
        "Searches the documents of a data folder by text, symbol, State or agenda item in any of",
        "the six languages, with filters, and prints one page of hits and the facet counts.",
        "",
        "Query language (docs/search.md): words side by side must all match; \"a phrase\";",
        "OR, AND, NOT or -word to exclude; (parentheses); symbol:A/75/356, state:Iran,",
        "organ:SC, agenda:34, title:climate; prefix* and fuzzy~ (or ~1, ~2). A symbol typed",
        "as it is (A/75/356) matches that symbol exactly. A State named in any language",
        "(Syria, Иран, 伊朗) also finds the documents from or about it in every language.",
        "A query word may start with -: 'plenary search climate -Somalia' excludes Somalia.",
        "",
        "Exit status: 0 on success, 2 for a malformed or too broad search."},
    footer = {"", "Examples:", "  plenary search Armenia", "  plenary search climate -Somalia",
        "  plenary search --organ GA --organ SC --session 75 --format json '\"climate change\"'",
        "  plenary search --state ARM --from 2020-01-01 --to 2020-12-31 --sort -date --offset 20"})
final class SearchCommand implements Callable<Integer> {

  /** The output formats of {@code search}. */
  enum Format { json, table }

  @CommandLine.Mixin
  IndexOptions index;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @CommandLine.Mixin
  SearchFilters filters;

  @Option(names = "--limit", paramLabel = "N", description = "Show N hits (default: 20, at most 1000).")
  String limit;

  @Option(names = "--offset", paramLabel = "N", description = "Skip the first N hits, to see the next page (default: 0).")
  String offset;

  @Option(names = "--sort", paramLabel = "ORDER",
      description = "relevance (the default with a query), date (oldest first) or -date (newest first, the default without a query).")
  String sort;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    try (SearchIndex opened = index.openForReading()) {
      Map<String, List<String>> parameters = filters.parameters();
      putIfGiven(parameters, "limit", limit);
      putIfGiven(parameters, "offset", offset);
      putIfGiven(parameters, "sort", sort);
      SearchResult result = opened.search(SearchRequest.parse(parameters));
      if (format == Format.json) {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
      } else {
        table(result, out);
      }
      out.flush();
      return 0;
    } catch (SearchRejected | FileNotFoundException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static void putIfGiven(Map<String, List<String>> parameters, String name, String value) {
    if (value != null) {
      parameters.put(name, List.of(value));
    }
  }

  private static void table(SearchResult result, PrintWriter out) {
    int first = result.hits().isEmpty() ? 0 : result.offset() + 1;
    out.printf("%d documents (%d to %d shown, %s order, %d ms)%n", result.total(), first,
        result.offset() + result.hits().size(), result.sort(), result.tookMillis());
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
    return Parser.unescapeEntities(html.replace("<mark>", "").replace("</mark>", ""), false);
  }
}
