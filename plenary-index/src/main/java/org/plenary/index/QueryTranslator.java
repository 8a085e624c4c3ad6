package org.plenary.index;

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

/**
 * Turns a {@link SearchRequest} into a Lucene query: the free text read as {@link TextQuery}
 * says, each field with its own analysis, so one query box serves six languages; the filters as
 * exact terms and a date range. The syntax is Lucene's simple query syntax, which accepts any
 * string, so a query is never malformed.
 */
final class QueryTranslator {

  private final Analyzer analyzer;

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
    TextQuery parts = TextQuery.parse(text);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    Query words = new SimpleQueryParser(analyzer, TextQuery.WORD_FIELDS).parse(parts.words());
    if (words != null) {
      any.add(words, Occur.SHOULD);
    }
    QueryBuilder phrases = new QueryBuilder(analyzer);
    for (String field : TextQuery.PHRASE_FIELDS) {
      Query phrase = phrases.createPhraseQuery(field, parts.phrase(), TextQuery.PHRASE_SLOP);
      if (phrase != null) {
        any.add(new BoostQuery(phrase, TextQuery.PHRASE_BOOST), Occur.SHOULD);
      }
    }
    for (String symbol : parts.symbols()) {
      any.add(new BoostQuery(new TermQuery(new Term(Fields.SYMBOL, symbol)), TextQuery.SYMBOL_BOOST), Occur.SHOULD);
    }
    for (String iso3 : parts.states()) {
      any.add(new BoostQuery(new TermQuery(new Term(Fields.STATE, iso3)), TextQuery.STATE_BOOST), Occur.SHOULD);
    }
    for (String item : parts.agendaItems()) {
      any.add(new TermQuery(new Term(Fields.AGENDA, item)), Occur.SHOULD);
    }
    return any.build();
  }

  private static void filter(BooleanQuery.Builder query, String field, String value) {
    if (value != null) {
      query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }
  }
}
