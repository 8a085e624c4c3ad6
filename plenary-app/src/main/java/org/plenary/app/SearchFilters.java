package org.plenary.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.index.Fields;
import org.plenary.index.SearchRejected;
import org.plenary.index.SearchRequest;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The query and filters that {@code search} and {@code export} share, read into a {@link SearchRequest}
 * as the HTTP API reads its parameters. Each filter may be given several times or with
 * comma-separated values: a document matches one of the values of each filter given.
 */
final class SearchFilters {
  @Option(names = "--lang", paramLabel = "L", description = "Only documents in this language (ar, zh, en, fr, ru, es).")
  List<String> language;

  @Option(names = "--organ", paramLabel = "O", description = "Only documents of this organ (GA, SC, ECOSOC, HRC, ...).")
  List<String> organ;

  @Option(names = "--session", paramLabel = "N", description = "Only documents of this session.")
  List<String> session;

  @Option(names = "--year", paramLabel = "YYYY", description = "Only documents dated in this year.")
  List<String> year;

  @Option(names = "--type", paramLabel = "T", description = "Only documents of this type (letter, resolution, ...).")
  List<String> type;

  @Option(names = "--author", paramLabel = "STATE", description = "Only documents written by this State (ISO code such as ARM, or a name).")
  List<String> author;

  @Option(names = "--state", paramLabel = "STATE", description = "Only documents from or about this State (ISO code such as ARM, or a name).")
  List<String> state;

  @Option(names = "--agenda", paramLabel = "N", description = "Only documents under this agenda item.")
  List<String> agenda;

  @Option(names = "--from", paramLabel = "DATE", description = "Only documents dated on or after DATE (YYYY-MM-DD or YYYY).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only documents dated on or before DATE (YYYY-MM-DD or YYYY).")
  String to;

  @Parameters(arity = "0..*", paramLabel = "QUERY",
      description = "What to search for, in plenary's query language (all documents when absent): words, \"a phrase\", "
          + "AND, OR, NOT or -word, (parentheses), symbol:, state:, organ:, agenda:, title:, prefix*, fuzzy~. "
          + "A word starting with - is a query word, not an option.")
  List<String> query;

  /** The parameters as the HTTP API names them, with the ones a command adds (paging, sort). */
  Map<String, List<String>> parameters() throws SearchRejected {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (query != null) {
      for (String word : query) {
        if (word.startsWith("--")) {
          throw new SearchRejected("unknown option '" + word + "' (a query word cannot start with --)");
        }
      }
      parameters.put("q", List.of(String.join(" ", query)));
    }
    put(parameters, Fields.LANGUAGE, language);
    put(parameters, Fields.ORGAN, organ);
    put(parameters, Fields.SESSION, session);
    put(parameters, Fields.YEAR, year);
    put(parameters, Fields.TYPE, type);
    put(parameters, Fields.AUTHOR, author);
    put(parameters, Fields.STATE, state);
    put(parameters, Fields.AGENDA, agenda);
    put(parameters, "from", from == null ? null : List.of(from));
    put(parameters, "to", to == null ? null : List.of(to));
    return parameters;
  }

  /** The search these options ask for, checked as the HTTP API checks it. */
  SearchRequest request() throws SearchRejected {
    return SearchRequest.parse(parameters());
  }

  private static void put(Map<String, List<String>> parameters, String name, List<String> values) {
    if (values != null && !values.isEmpty()) {
      parameters.put(name, new ArrayList<>(values));
    }
  }
}
