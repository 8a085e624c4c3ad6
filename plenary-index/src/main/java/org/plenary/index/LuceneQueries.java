package org.plenary.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.StringHelper;
import org.plenary.index.query.QueryNode;
import org.plenary.index.query.QueryNode.Scope;
import org.plenary.model.Language;

/**
 * Translates a parsed query and a request's filters into a Lucene query. A word, phrase, prefix
 * or fuzzy word is looked for in every language's fields, each with its own analysis, so one query
 * box serves six languages. Ranking adds to the match, never changes it: the words of the query
 * as a phrase in a title or the text raise a document. Thread-safe.
 */
final class LuceneQueries {
  private static final float TITLE_BOOST = 3f;
  private static final float PHRASE_BOOST = 6f;
  private static final int PHRASE_SLOP = 2;
  /** Fuzzy words expand to at most this many terms per field (Lucene's default). */
  private static final int FUZZY_EXPANSIONS = FuzzyQuery.defaultMaxExpansions;
  /** A prefix that expands to more terms than this in one field is refused as too broad. */
  static final int MAX_PREFIX_TERMS = 2048;

  private final Analyzer analyzer;
  private final QueryBuilder builder;
  private final boolean phraseInText;

  /** With {@code phraseInText}, the ranking phrase is looked for in the texts too, not only in the titles. */
  LuceneQueries(Analyzer analyzer, boolean phraseInText) {
    this.analyzer = analyzer;
    this.builder = new QueryBuilder(analyzer);
    this.phraseInText = phraseInText;
  }

  /** The documents a parsed query and a request's filters match, with ranking clauses on top. */
  Query translate(QueryNode query, SearchRequest request, IndexReader reader) throws SearchRejected, IOException {
    return build(query, request, reader, true);
  }

  /**
   * The documents a parsed query and a request's filters match, without the ranking clauses: the
   * same matches as {@link #translate}, for counting them, which needs no scores.
   */
  Query matching(QueryNode query, SearchRequest request, IndexReader reader) throws SearchRejected, IOException {
    return build(query, request, reader, false);
  }

  private Query build(QueryNode query, SearchRequest request, IndexReader reader, boolean ranked)
      throws SearchRejected, IOException {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(match(query, reader), Occur.MUST);
    if (ranked) {
      for (Query boost : phraseBoosts(query)) {
        all.add(boost, Occur.SHOULD);
      }
    }
    filters(all, request);
    return all.build();
  }

  private static void filters(BooleanQuery.Builder query, SearchRequest request) {
    for (Map.Entry<String, List<String>> filter : request.filters().entrySet()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String value : filter.getValue()) {
        any.add(new TermQuery(new Term(filter.getKey(), value)), Occur.SHOULD);
      }
      query.add(any.build(), Occur.FILTER);
    }
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      query.add(LongPoint.newRangeQuery(Fields.DATE, from, to), Occur.FILTER);
    }
  }

  /** The documents a node matches. */
  Query match(QueryNode node, IndexReader reader) throws SearchRejected, IOException {
    if (node instanceof QueryNode.Word word) {
      return anyField(word.scope(), field -> builder.createBooleanQuery(field, word.text(), Occur.MUST));
    } else if (node instanceof QueryNode.Phrase phrase) {
      return anyField(phrase.scope(), field -> phrase(field, phrase.text(), 0));
    } else if (node instanceof QueryNode.Prefix prefix) {
      return prefix(prefix, reader);
    } else if (node instanceof QueryNode.Fuzzy fuzzy) {
      return anyField(fuzzy.scope(), field ->
          new FuzzyQuery(new Term(field, normalize(field, fuzzy.text())), fuzzy.edits(), 0, FUZZY_EXPANSIONS, true));
    } else if (node instanceof QueryNode.Symbol symbol) {
      Term term = new Term(Fields.SYMBOL, Fields.symbolKey(symbol.symbol()));
      return symbol.prefix() ? new PrefixQuery(term) : new TermQuery(term);
    } else if (node instanceof QueryNode.Keyword keyword) {
      return new TermQuery(new Term(keyword.field().field(), keyword.value()));
    } else if (node instanceof QueryNode.And and) {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      for (QueryNode each : and.all()) {
        query.add(match(each, reader), Occur.MUST);
      }
      for (QueryNode each : and.none()) {
        query.add(match(each, reader), Occur.MUST_NOT);
      }
      return query.build();
    } else if (node instanceof QueryNode.Or or) {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      for (QueryNode each : or.any()) {
        query.add(match(each, reader), Occur.SHOULD);
      }
      return query.build();
    }
    return new MatchAllDocsQuery();
  }

  /** A query on one field, or null when the text gives that field nothing to look for. */
  private interface FieldQuery {
    Query on(String field) throws SearchRejected, IOException;
  }

  /** The query on each field of a scope, any of which may match. */
  private static Query anyField(Scope scope, FieldQuery perField) throws SearchRejected, IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (Language language : Language.values()) {
      Query title = perField.on(Fields.title(language));
      if (title != null) {
        any.add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD);
        clauses++;
      }
      if (scope == Scope.TEXT) {
        Query text = perField.on(Fields.text(language));
        if (text != null) {
          any.add(text, Occur.SHOULD);
          clauses++;
        }
      }
    }
    if (scope == Scope.TEXT) {
      Query agenda = perField.on(Fields.AGENDA_TITLE);
      if (agenda != null) {
        any.add(agenda, Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? new MatchNoDocsQuery("nothing to look for") : any.build();
  }

  /** The words of a text in a field, in order and next to each other (a term query for one word). */
  private Query phrase(String field, String text, int slop) {
    return builder.createPhraseQuery(field, text, slop);
  }

  /**
   * A prefix in each field, refused as too broad when it expands to more than
   * {@link #MAX_PREFIX_TERMS} terms of a field: the check reads at most that many terms.
   */
  private Query prefix(QueryNode.Prefix prefix, IndexReader reader) throws SearchRejected, IOException {
    return anyField(prefix.scope(), field -> {
      String stem = normalize(field, prefix.stem());
      BytesRef start = new BytesRef(stem);
      long expansions = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum matching = terms.iterator();
        if (matching.seekCeil(start) == TermsEnum.SeekStatus.END) {
          continue;
        }
        for (BytesRef term = matching.term(); term != null && StringHelper.startsWith(term, start); term = matching.next()) {
          if (++expansions > MAX_PREFIX_TERMS) {
            throw new SearchRejected("the prefix '" + prefix.stem() + "*' is too broad: it starts more than "
                + MAX_PREFIX_TERMS + " words; give more characters");
          }
        }
      }
      return expansions == 0 ? null : new PrefixQuery(new Term(field, stem));
    });
  }

  /** A word as the field's analysis normalises it (case, Arabic letter forms), without stemming. */
  private String normalize(String field, String text) {
    return analyzer.normalize(field, text).utf8ToString();
  }

  /**
   * The words the query looks for, together as a phrase in each title and text: the document that
   * carries the query as written ranks first.
   */
  private List<Query> phraseBoosts(QueryNode query) {
    List<String> words = new ArrayList<>();
    collectWords(query, words);
    List<Query> boosts = new ArrayList<>();
    if (words.size() < 2) {
      return boosts;
    }
    String text = String.join(" ", words);
    for (Language language : Language.values()) {
      for (String field : phraseInText ? new String[] {Fields.title(language), Fields.text(language)} : new String[] {Fields.title(language)}) {
        Query phrase = phrase(field, text, PHRASE_SLOP);
        if (phrase != null) {
          boosts.add(new BoostQuery(phrase, PHRASE_BOOST));
        }
      }
    }
    return boosts;
  }

  /** The words and phrases a query must match, in order, leaving out what it excludes or offers as alternatives. */
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
}
