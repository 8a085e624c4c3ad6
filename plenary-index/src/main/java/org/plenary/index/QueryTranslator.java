package org.plenary.index;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.plenary.model.Language;
import org.plenary.reference.MemberStates;

/**
 * Turns a {@link SearchRequest} into a Lucene query. The free text is read the same way in every
 * language's fields, each with its own analysis, so one query box serves six languages; on top:
 *
 * <ul>
 *   <li>a word with a slash is also tried as a symbol ("a/75/357" finds A/75/357);
 *   <li>a State named in any of the six languages also finds every document from or about that
 *       State, whatever its language, through the State's ISO code;
 *   <li>a number also finds the documents issued under that agenda item, and the English titles
 *       of agenda items are searched as text;
 *   <li>the query as a phrase in a title or the text ranks the document that carries it first.
 * </ul>
 *
 * The syntax is Lucene's simple query syntax, which accepts any string, so a query is never
 * malformed; what is refused is a prefix too short to be selective.
 */
final class QueryTranslator {
  private static final float TITLE_BOOST = 3f;
  private static final float PHRASE_BOOST = 6f;
  private static final int PHRASE_SLOP = 2;
  private static final float SYMBOL_BOOST = 50f;
  private static final float STATE_BOOST = 2f;
  private static final int MIN_PREFIX = 3;
  private static final Pattern PREFIX = Pattern.compile("(\\S*)\\*");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}/])(\\d{1,4})(?![\\p{L}\\p{N}/])");

  private final Analyzer analyzer;
  private final MemberStates states = MemberStates.get();

  QueryTranslator(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Whether the request has free text to rank by (else documents are listed newest first). */
  static boolean ranked(SearchRequest request) {
    return request.query() != null;
  }

  Query translate(SearchRequest request) throws SearchRejected {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    if (request.query() == null) {
      query.add(new MatchAllDocsQuery(), Occur.MUST);
    } else {
      query.add(text(request.query()), Occur.MUST);
    }
    filter(query, Fields.LANGUAGE, request.language());
    filter(query, Fields.ORGAN, request.organ());
    filter(query, Fields.SESSION, request.session() == null ? null : request.session().toString());
    filter(query, Fields.AGENDA, request.agenda() == null ? null : request.agenda().toString());
    filter(query, Fields.STATE, request.state());
    filter(query, Fields.TYPE, request.type());
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      query.add(LongPoint.newRangeQuery(Fields.DATE, from, to), Occur.FILTER);
    }
    return query.build();
  }

  private Query text(String text) throws SearchRejected {
    Matcher prefix = PREFIX.matcher(text);
    while (prefix.find()) {
      String stem = prefix.group(1).replaceAll("^[-+|\"(]+", "");
      if (stem.codePointCount(0, stem.length()) < MIN_PREFIX) {
        throw new SearchRejected("the prefix '" + prefix.group() + "' is too broad: give at least "
            + MIN_PREFIX + " characters before *");
      }
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    Map<String, Float> weights = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      weights.put(Fields.title(language), TITLE_BOOST);
      weights.put(Fields.text(language), 1f);
    }
    weights.put(Fields.AGENDA_TITLE, 1f);
    Query words = new SimpleQueryParser(analyzer, weights).parse(text);
    if (words != null) {
      any.add(words, Occur.SHOULD);
    }
    QueryBuilder phrases = new QueryBuilder(analyzer);
    // The query as it was typed, punctuation included: smartcn drops punctuation with a stop filter
    // that leaves a gap, so the phrase must have the same gaps as the text; the slop absorbs the rest.
    String bare = text.replaceAll("[\"*~]", " ").strip();
    for (Language language : Language.values()) {
      for (String field : new String[] {Fields.title(language), Fields.text(language)}) {
        Query phrase = phrases.createPhraseQuery(field, bare, PHRASE_SLOP);
        if (phrase != null) {
          any.add(new BoostQuery(phrase, PHRASE_BOOST), Occur.SHOULD);
        }
      }
    }
    for (String word : text.split("\\s+")) {
      String symbol = word.replaceAll("^[\"(]+|[\",.;)]+$", "");
      if (symbol.contains("/")) {
        any.add(new BoostQuery(new TermQuery(new Term(Fields.SYMBOL, Fields.symbolKey(symbol))), SYMBOL_BOOST), Occur.SHOULD);
      }
    }
    for (String iso3 : statesNamed(text)) {
      any.add(new BoostQuery(new TermQuery(new Term(Fields.STATE, iso3)), STATE_BOOST), Occur.SHOULD);
    }
    Matcher number = NUMBER.matcher(text);
    while (number.find()) {
      any.add(new TermQuery(new Term(Fields.AGENDA, Integer.toString(Integer.parseInt(number.group(1))))), Occur.SHOULD);
    }
    return any.build();
  }

  /** The ISO codes of the States the text names, in any of the six languages. */
  private Set<String> statesNamed(String text) {
    Set<String> codes = new LinkedHashSet<>();
    for (Language language : Language.values()) {
      codes.addAll(states.count(text, language).keySet());
    }
    return codes;
  }

  private static void filter(BooleanQuery.Builder query, String field, String value) {
    if (value != null) {
      query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }
  }
}
