package org.plenary.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.plenary.index.Analysis;
import org.plenary.index.Fields;
import org.plenary.index.SearchRejected;
import org.plenary.index.SearchRequest;
import org.plenary.index.Snippets;
import org.plenary.index.TextQuery;
import org.plenary.model.Language;

/**
 * Writes a {@link SearchRequest} as a Solr JSON request that finds, counts and ranks what the
 * embedded index does: the free text read as {@link TextQuery} says, with Solr's simple query
 * parser (Lucene's {@code SimpleQueryParser} on the server) for the words, phrases in the standard
 * syntax, exact term queries for symbols, States and agenda items; the filters as filter queries;
 * facets as JSON terms facets refined across shards, so their counts are exact; snippets from the
 * unified highlighter as the embedded index makes them. The server analyses each field with the
 * chain of the generated configset, which is the embedded index's.
 */
final class SolrQueryWriter {
  /** The fields a hit is shown with. */
  static final String[] HIT_FIELDS = {Fields.ID, Fields.SYMBOL, Fields.LANGUAGE, Fields.TYPE, Fields.TITLE, Fields.DATE, "score"};
  private static final String TEXT_FIELDS = java.util.Arrays.stream(Language.values()).map(Fields::text).collect(Collectors.joining(","));
  private static final String WORD_FIELDS = TextQuery.WORD_FIELDS.entrySet().stream()
      .map(e -> e.getKey() + "^" + e.getValue()).collect(Collectors.joining(" "));
  /** The embedded index's analysis, to leave out what analyses to nothing, as the embedded index leaves it out. */
  private final Analyzer analyzer = Analysis.perField();

  /** The request of a search, with hits, facets and snippets. */
  JsonQueryRequest search(SearchRequest request, long timeoutMillis) throws SearchRejected {
    JsonQueryRequest json = matching(request);
    json.setLimit(Math.max(0, request.limit()));
    json.returnFields(HIT_FIELDS);
    // ties broken by id, as the embedded index breaks them, so both give the same order
    json.setSort(request.query() == null ? Fields.DATE + " desc," + Fields.ID + " asc" : "score desc," + Fields.ID + " asc");
    for (String facet : Fields.FACETS) {
      json.withFacet(facet, new TermsFacetMap(facet).setLimit(Fields.FACET_VALUES).setMinCount(1)
          .useDistributedFacetRefining(true));
    }
    json.withParam("timeAllowed", timeoutMillis);
    json.withParam("hl", true);
    json.withParam("hl.method", "unified");
    json.withParam("hl.fl", TEXT_FIELDS);
    json.withParam("hl.snippets", 1);
    json.withParam("hl.requireFieldMatch", true); // a field marks only the words it matched, as the embedded index does
    json.withParam("hl.defaultSummary", true);
    json.withParam("hl.bs.type", "SENTENCE");
    json.withParam("hl.fragsize", 1); // 1: each sentence as it is (0 would be the whole text)
    json.withParam("hl.maxAnalyzedChars", Snippets.MAX_ANALYSED);
    json.withParam("hl.encoder", "html");
    json.withParam("hl.tag.pre", Snippets.MARK_START);
    json.withParam("hl.tag.post", Snippets.MARK_END);
    json.withParam("hl.tag.ellipsis", Snippets.ELLIPSIS);
    return json;
  }

  /** The request of every match of a search, without hits, facets or snippets. */
  JsonQueryRequest matching(SearchRequest request) throws SearchRejected {
    Params params = new Params();
    String query = request.query() == null ? "*:*" : text(TextQuery.parse(request.query()), params);
    JsonQueryRequest json = new JsonQueryRequest().setQuery(query);
    filter(json, params, Fields.LANGUAGE, request.language());
    filter(json, params, Fields.ORGAN, request.organ());
    filter(json, params, Fields.SESSION, request.session() == null ? null : request.session().toString());
    filter(json, params, Fields.AGENDA, request.agenda() == null ? null : request.agenda().toString());
    filter(json, params, Fields.STATE, request.state());
    filter(json, params, Fields.TYPE, request.type());
    if (request.from() != null || request.to() != null) {
      json.withFilter(Fields.DATE + ":[" + day(request.from()) + " TO " + day(request.to()) + "]");
    }
    params.values.forEach(json::withParam);
    return json;
  }

  /**
   * The request parameters a query refers to as {@code $name}: every value the user typed goes
   * into one of these, never into the query string, so nothing needs escaping.
   */
  private static final class Params {
    final Map<String, Object> values = new LinkedHashMap<>();

    /** Adds a value and returns the reference to it. */
    String add(String value) {
      String name = "p" + values.size();
      values.put(name, value);
      return "$" + name;
    }
  }

  /** The text query: one Solr boolean query whose should-clauses are the parts of {@link TextQuery}. */
  private String text(TextQuery text, Params params) {
    List<String> any = new ArrayList<>();
    if (new SimpleQueryParser(analyzer, TextQuery.WORD_FIELDS).parse(text.words()) != null) {
      any.add("{!simple qf=" + params.add(WORD_FIELDS) + " q.op=OR v=" + params.add(text.words()) + "}");
    }
    for (String field : TextQuery.PHRASE_FIELDS) {
      if (analysesToSomething(field, text.phrase())) {
        String phrase = field + ":\"" + text.phrase().replace("\\", "\\\\") + "\"~" + TextQuery.PHRASE_SLOP;
        any.add(boost("{!lucene v=" + params.add(phrase) + "}", TextQuery.PHRASE_BOOST, params));
      }
    }
    text.symbols().forEach(symbol -> any.add(boost(term(params, Fields.SYMBOL, symbol), TextQuery.SYMBOL_BOOST, params)));
    text.states().forEach(state -> any.add(boost(term(params, Fields.STATE, state), TextQuery.STATE_BOOST, params)));
    text.agendaItems().forEach(item -> any.add(term(params, Fields.AGENDA, item)));
    StringBuilder bool = new StringBuilder("{!bool");
    for (String clause : any) {
      bool.append(" should=").append(params.add(clause));
    }
    return bool.append('}').toString();
  }

  /** The other language versions of a document: those that share a symbol with it. */
  JsonQueryRequest versions(String id, Collection<String> symbols, int limit) {
    Params params = new Params();
    StringBuilder bool = new StringBuilder("{!bool");
    for (String symbol : symbols) {
      bool.append(" should=").append(params.add(term(params, Fields.SYMBOL, Fields.symbolKey(symbol))));
    }
    bool.append(" must_not=").append(params.add(term(params, Fields.ID, id))).append('}');
    JsonQueryRequest json = new JsonQueryRequest().setQuery(bool.toString()).setLimit(limit).returnFields(HIT_FIELDS)
        .setSort("score desc," + Fields.ID + " asc");
    params.values.forEach(json::withParam);
    return json;
  }

  /** Whether the field's analysis leaves any token of the text (else the embedded index drops the phrase). */
  private boolean analysesToSomething(String field, String text) {
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      stream.reset();
      boolean any = stream.incrementToken();
      while (stream.incrementToken()) {
        // consume the stream to its end, as its contract asks
      }
      stream.end();
      return any;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An exact term, not analysed. */
  private static String term(Params params, String field, String value) {
    return "{!term f=" + field + " v=" + params.add(value) + "}";
  }

  private static String boost(String query, float boost, Params params) {
    return "{!boost b=" + boost + " v=" + params.add(query) + "}";
  }

  private static void filter(JsonQueryRequest json, Params params, String field, String value) {
    if (value != null) {
      json.withFilter(term(params, field, value));
    }
  }

  private static String day(LocalDate date) {
    return date == null ? "*" : date + "T00:00:00Z";
  }
}
