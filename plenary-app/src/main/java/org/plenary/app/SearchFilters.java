package org.plenary.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenary.index.SearchRejected;
import org.plenary.index.SearchRequest;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The query and filters that {@code search} and {@code export} share, read into a {@link SearchRequest}. */
final class SearchFilters {
  @Option(names = "--lang", paramLabel = "L", description = "Only documents in this language (ar, zh, en, fr, ru, es).")
  String language;

  @Option(names = "--organ", paramLabel = "O", description = "Only documents of this organ (GA, SC, ECOSOC, HRC, ...).")
  String organ;

  @Option(names = "--session", paramLabel = "N", description = "Only documents of this session.")
  String session;

  @Option(names = "--agenda", paramLabel = "N", description = "Only documents under this agenda item.")
  String agenda;

  @Option(names = "--state", paramLabel = "ISO3", description = "Only documents from or about this State (ARM, FRA, ...).")
  String state;

  @Option(names = "--type", paramLabel = "T", description = "Only documents of this type (letter, resolution, ...).")
  String type;

  @Option(names = "--from", paramLabel = "DATE", description = "Only documents dated on or after DATE (YYYY-MM-DD or YYYY).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only documents dated on or before DATE (YYYY-MM-DD or YYYY).")
  String to;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "What to search for (all documents when absent).")
  List<String> query;

  /** The search these options ask for, checked as the HTTP API checks it; limit may be null. */
  SearchRequest request(String limit) throws SearchRejected {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("q", query == null ? null : String.join(" ", query));
    parameters.put("lang", language);
    parameters.put("organ", organ);
    parameters.put("session", session);
    parameters.put("agenda", agenda);
    parameters.put("state", state);
    parameters.put("type", type);
    parameters.put("from", from);
    parameters.put("to", to);
    parameters.put("limit", limit);
    return SearchRequest.parse(parameters::get);
  }
}
