package org.plenary.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.solr.client.solrj.request.json.DomainMap;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.plenary.index.Analysis;
import org.plenary.index.Fields;
import org.plenary.index.SearchRequest;
import org.plenary.index.SearchResult;
import org.plenary.index.query.QueryNode;
import org.plenary.index.query.QueryNode.Scope;
import org.plenary.model.Language;

/**
 * Writes a parsed query and a request as a Solr JSON request that finds, counts and ranks what the
 * embedded index ({@code LuceneQueries}) does: each word, phrase, prefix or fuzzy word in every
 * language's title (boosted) and text field, analysed by the server with the configset's chain of
 * that field, which is the embedded index's; symbols and keywords as exact terms; the words of the
 * query as a phrase raising the documents that carry it; each filter as a filter query tagged with
 * its facet, so that a filtered facet is counted without its own filter; facets refined across
 * shards, so their counts are exact; snippets from the unified highlighter set as the embedded
 * index sets it.
 *
 * <p>Every value the user typed goes into a request parameter that the query refers to as
 * {@code $name}, never into the query string itself, so nothing but phrases needs escaping.
 */
final class SolrQueryWriter {
  /** The fields a hit is shown with. */
  static final String[] HIT_FIELDS = {Fields.ID, Fields.SYMBOL, Fields.LANGUAGE, Fields.TYPE, Fields.TITLE, Fields.DATE,
      Fields.SOURCE, "score"};
  /** As {@code LuceneQueries}: a title match weighs three times a match in the text. */
  private static final float TITLE_BOOST = 3f;
  private static final float PHRASE_BOOST = 6f;
  private static final int PHRASE_SLOP = 2;
  /** The words the standard parser reads as operators; escaped, they are words again. */
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
  private static final String TEXT_FIELDS = java.util.Arrays.stream(Language.values()).map(Fields::text)
      .collect(Collectors.joining(","));

  /** The embedded index's analysis, to leave out a field the text analyses to nothing there, as the embedded index does. */
  private final Analyzer analyzer = Analysis.perField();

  /** The request of a search: a page of hits, the facets and snippets. */
  JsonQueryRequest search(QueryNode query, SearchRequest request, long timeoutMillis) {
    Params params = new Params();
    JsonQueryRequest json = matching(query, request, params);
    json.setOffset(request.offset());
    json.setLimit(request.limit());
    json.returnFields(HIT_FIELDS);
    // ties broken by id: without it, documents that tie could come in another order on each page,
    // as the shards answer, and paging would skip or repeat them
    json.setSort(switch (request.sort()) {
      case RELEVANCE -> "score desc";
      case DATE -> Fields.DATE + " asc";
      case NEWEST -> Fields.DATE + " desc";
    } + "," + Fields.ID + " asc");
    for (String facet : Fields.FACETS) {
      TermsFacetMap terms = new TermsFacetMap(facet).setLimit(SearchResult.FACET_VALUES).setMinCount(1)
          .useDistributedFacetRefining(true);
      if (request.filters().containsKey(facet)) {
        terms.withDomain(new DomainMap().withTagsToExclude(tag(facet)));
      }
      json.withFacet(facet, terms);
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
    json.withParam("hl.maxAnalyzedChars", 200_000);
    json.withParam("hl.encoder", "html");
    json.withParam("hl.tag.pre", "<mark>");
    json.withParam("hl.tag.post", "</mark>");
    json.withParam("hl.tag.ellipsis", " … ");
    params.values.forEach(json::withParam);
    return json;
  }

  /** The request of every match of a search, with no hits, facets or snippets yet. */
  JsonQueryRequest matching(QueryNode query, SearchRequest request) {
    Params params = new Params();
    JsonQueryRequest json = matching(query, request, params);
    params.values.forEach(json::withParam);
    return json;
  }

  private JsonQueryRequest matching(QueryNode query, SearchRequest request, Params params) {
    StringBuilder main = new StringBuilder("{!bool must=").append(params.add(match(query, params)));
    for (String boost : phraseBoosts(query, params)) {
      main.append(" should=").append(params.add(boost));
    }
    JsonQueryRequest json = new JsonQueryRequest().setQuery(main.append('}').toString());
    for (Map.Entry<String, List<String>> filter : request.filters().entrySet()) {
      StringBuilder any = new StringBuilder("{!bool tag=").append(tag(filter.getKey()));
      for (String value : filter.getValue()) {
        any.append(" should=").append(params.add(term(params, filter.getKey(), value)));
      }
      json.withFilter(any.append('}').toString());
    }
    if (request.from() != null || request.to() != null) {
      json.withFilter(Fields.DATE + ":[" + day(request.from()) + " TO " + day(request.to()) + "]");
    }
    return json;
  }

  /** The other language versions of a document: those that share a symbol with it. */
  JsonQueryRequest versions(String id, Collection<String> symbols, int limit) {
    Params params = new Params();
    StringBuilder bool = new StringBuilder("{!bool");
    for (String symbol : symbols) {
      bool.append(" should=").append(params.add(term(params, Fields.SYMBOL, Fields.symbolKey(symbol))));
    }
    bool.append(" must_not=").append(params.add(term(params, Fields.ID, id))).append('}');
    JsonQueryRequest json = new JsonQueryRequest().setQuery(bool.toString()).setLimit(limit).returnFields(HIT_FIELDS);
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

  /** The documents a node matches, as a Solr query. */
  private String match(QueryNode node, Params params) {
    if (node instanceof QueryNode.Word word) {
      return anyField(word.scope(), params, (field, boost) -> allWords(field, word.text(), boost, params));
    } else if (node instanceof QueryNode.Phrase phrase) {
      return anyField(phrase.scope(), params, (field, boost) -> phrase(field, phrase.text(), 0, boost, params));
    } else if (node instanceof QueryNode.Prefix prefix) {
      return anyField(prefix.scope(), params, (field, boost) -> {
        String stem = normalize(field, prefix.stem());
        return stem.isEmpty() ? null : boost("{!prefix f=" + field + " v=" + params.add(stem) + "}", boost, params);
      });
    } else if (node instanceof QueryNode.Fuzzy fuzzy) {
      return anyField(fuzzy.scope(), params, (field, boost) -> {
        String text = normalize(field, fuzzy.text());
        return text.isEmpty() ? null : lucene(field + ":" + ClientUtils.escapeQueryChars(text) + "~" + fuzzy.edits()
            + (boost == 1f ? "" : "^" + boost), params);
      });
    } else if (node instanceof QueryNode.Symbol symbol) {
      return "{!" + (symbol.prefix() ? "prefix" : "term") + " f=" + Fields.SYMBOL + " v="
          + params.add(Fields.symbolKey(symbol.symbol())) + "}";
    } else if (node instanceof QueryNode.Keyword keyword) {
      return term(params, keyword.field().field(), keyword.value());
    } else if (node instanceof QueryNode.And and) {
      StringBuilder bool = new StringBuilder("{!bool");
      for (QueryNode each : and.all()) {
        bool.append(" must=").append(params.add(match(each, params)));
      }
      for (QueryNode each : and.none()) {
        bool.append(" must_not=").append(params.add(match(each, params)));
      }
      return bool.append('}').toString();
    } else if (node instanceof QueryNode.Or or) {
      StringBuilder bool = new StringBuilder("{!bool");
      for (QueryNode each : or.any()) {
        bool.append(" should=").append(params.add(match(each, params)));
      }
      return bool.append('}').toString();
    }
    return "*:*";
  }

  /** A query on one field with a boost, or null when the text gives that field nothing to look for. */
  private interface FieldQuery {
    String on(String field, float boost);
  }

  /** The query on each field of a scope, any of which may match; none when no field has anything to look for. */
  private static String anyField(Scope scope, Params params, FieldQuery perField) {
    List<String> any = new ArrayList<>();
    for (Language language : Language.values()) {
      add(any, perField.on(Fields.title(language), TITLE_BOOST));
      if (scope == Scope.TEXT) {
        add(any, perField.on(Fields.text(language), 1f));
      }
    }
    if (scope == Scope.TEXT) {
      add(any, perField.on(Fields.AGENDA_TITLE, 1f));
    }
    if (any.isEmpty()) {
      return lucene("-*:*", params); // nothing to look for: no document
    }
    StringBuilder bool = new StringBuilder("{!bool");
    for (String clause : any) {
      bool.append(" should=").append(params.add(clause));
    }
    return bool.append('}').toString();
  }

  private static void add(List<String> clauses, String clause) {
    if (clause != null) {
      clauses.add(clause);
    }
  }

  /**
   * The words of a text in a field, within a slop, as the standard parser reads a quoted phrase
   * (a term query for one word); null when the field's analysis leaves no word of it.
   */
  private String phrase(String field, String text, int slop, float boost, Params params) {
    if (!analysesToSomething(field, text)) {
      return null;
    }
    return lucene(field + ":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
        + (slop == 0 ? "" : "~" + slop) + (boost == 1f ? "" : "^" + boost), params);
  }

  /**
   * Every word the field's analysis makes of a text, anywhere in the document, as the embedded
   * index's {@code QueryBuilder.createBooleanQuery(field, text, MUST)} looks for them (a term
   * query for one word): the standard parser, told to analyse the text whole ({@code sow=false})
   * and to require each word ({@code q.op=AND}), builds that same query with the same builder.
   * A phrase would not do: the words smartcn cuts one Chinese word into (联合国大会: 联合国, 大会)
   * need not stand next to each other. Null when the field's analysis leaves no word of it.
   */
  private String allWords(String field, String text, float boost, Params params) {
    if (!analysesToSomething(field, text)) {
      return null;
    }
    String escaped = ClientUtils.escapeQueryChars(text);
    if (OPERATORS.contains(escaped)) {
      escaped = "\\" + escaped; // the word itself, not the operator
    }
    return "{!lucene q.op=AND sow=false df=" + field + " v=" + params.add(escaped + (boost == 1f ? "" : "^" + boost)) + "}";
  }

  /** A query in the standard syntax, its text in a parameter. */
  private static String lucene(String query, Params params) {
    return "{!lucene v=" + params.add(query) + "}";
  }

  /**
   * The words the query looks for, together as a phrase in each title and text: the document that
   * carries the query as written ranks first. The same words as {@code LuceneQueries} collects.
   */
  private List<String> phraseBoosts(QueryNode query, Params params) {
    List<String> words = new ArrayList<>();
    collectWords(query, words);
    List<String> boosts = new ArrayList<>();
    if (words.size() < 2) {
      return boosts;
    }
    String text = String.join(" ", words);
    for (Language language : Language.values()) {
      for (String field : new String[] {Fields.title(language), Fields.text(language)}) {
        String phrase = phrase(field, text, PHRASE_SLOP, PHRASE_BOOST, params);
        if (phrase != null) {
          boosts.add(phrase);
        }
      }
    }
    return boosts;
  }

  private static void collectWords(QueryNode node, List<String> words) {
    if (node instanceof QueryNode.Word word) {
      words.add(word.text());
    } else if (node instanceof QueryNode.Phrase phrase) {
      words.add(phrase.text());
    } else if (node instanceof QueryNode.And and) {
      and.all().forEach(each -> collectWords(each, words));
    } else if (node instanceof QueryNode.Or or && or.any().size() == 2 && or.any().get(1) instanceof QueryNode.Keyword) {
      collectWords(or.any().get(0), words); // a State's name (or a number) and its code: the words
    }
  }

  /** Whether the field's analysis leaves any token of the text. */
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

  /** A word as the field's analysis normalises it (case, Arabic letter forms), without stemming. */
  private String normalize(String field, String text) {
    return analyzer.normalize(field, text).utf8ToString();
  }

  /** An exact term, not analysed. */
  private static String term(Params params, String field, String value) {
    return "{!term f=" + field + " v=" + params.add(value) + "}";
  }

  private static String boost(String query, float boost, Params params) {
    return boost == 1f ? query : "{!boost b=" + boost + " v=" + params.add(query) + "}";
  }

  /** The tag of a facet's filter, which the facet's own count leaves out. */
  private static String tag(String facet) {
    return "filter_" + facet;
  }

  private static String day(LocalDate date) {
    return date == null ? "*" : date + "T00:00:00Z";
  }
}
