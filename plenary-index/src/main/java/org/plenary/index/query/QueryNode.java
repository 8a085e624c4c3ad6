package org.plenary.index.query;

import java.util.List;

/**
 * A parsed query: what documents it matches, said without any engine's vocabulary. The leaves
 * name text to find (words, phrases, prefixes, fuzzy words, each searched in the text and titles
 * of every language with that language's analysis, or in titles alone) or exact values (a symbol,
 * a State code, an organ, an agenda item); the inner nodes combine them.
 */
public sealed interface QueryNode {

  /** Where text is looked for. */
  enum Scope {
    /** The titles and whole texts of every language, and the English titles of agenda items. */
    TEXT,
    /** The titles of every language. */
    TITLE
  }

  /** The exact fields a query can name, each with the facet of the same name. */
  enum Exact {
    STATE("state"), ORGAN("organ"), AGENDA("agenda");

    private final String field;

    Exact(String field) {
      this.field = field;
    }

    /** The field (and facet) name in the index. */
    public String field() {
      return field;
    }
  }

  /** Every document. */
  record All() implements QueryNode {}

  /** A word, found in its analysed forms; a word the analysis splits (CJK, "A-B") needs every part in one field. */
  record Word(String text, Scope scope) implements QueryNode {}

  /** Words in this order, next to each other. */
  record Phrase(String text, Scope scope) implements QueryNode {}

  /** Any word that starts with the stem (lower-cased, not stemmed). */
  record Prefix(String stem, Scope scope) implements QueryNode {}

  /** A word within {@code edits} character edits (1 or 2) of the text (lower-cased). */
  record Fuzzy(String text, int edits, Scope scope) implements QueryNode {}

  /** The documents carrying a symbol, exactly (case aside), or any symbol starting with it. */
  record Symbol(String symbol, boolean prefix) implements QueryNode {}

  /** An exact value of a keyword field: a State's ISO 3166 alpha-3 code, an organ, an agenda item number. */
  record Keyword(Exact field, String value) implements QueryNode {}

  /** Documents matching every one of {@code all} and none of {@code none}; {@code all} is never empty. */
  record And(List<QueryNode> all, List<QueryNode> none) implements QueryNode {
    public And {
      all = List.copyOf(all);
      none = List.copyOf(none);
      if (all.isEmpty()) {
        throw new IllegalArgumentException("an And needs a clause to match");
      }
    }
  }

  /** Documents matching at least one of {@code any}. */
  record Or(List<QueryNode> any) implements QueryNode {
    public Or {
      any = List.copyOf(any);
    }
  }
}
