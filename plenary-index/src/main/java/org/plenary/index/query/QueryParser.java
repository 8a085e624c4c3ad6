package org.plenary.index.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.plenary.index.SearchRejected;
import org.plenary.index.query.QueryNode.And;
import org.plenary.index.query.QueryNode.Exact;
import org.plenary.index.query.QueryNode.Keyword;
import org.plenary.index.query.QueryNode.Or;
import org.plenary.index.query.QueryNode.Scope;
import org.plenary.model.Organ;

/**
 * Reads the query language into a {@link QueryNode} tree (docs/search.md describes it):
 *
 * <pre>
 * query   := or
 * or      := and ('OR' and)*
 * and     := unary (['AND'] unary)*          words side by side must all match
 * unary   := ('-' | 'NOT') unary | '+'? primary
 * primary := '(' or ')' | FIELD ':' primary | '"' phrase '"' | word | word '*' | word '~' [1|2]
 * FIELD   := symbol | state | organ | agenda | title
 * </pre>
 *
 * NOT binds tighter than AND, AND tighter than OR. On top of the grammar: a word shaped like a UN
 * symbol (A/75/356, s/2020/947) matches that symbol exactly; words or a phrase naming a State in
 * any of the six languages also match the documents from or about that State; a bare number also
 * matches the documents issued under that agenda item. A malformed query is refused with the
 * position of the problem. Stateless and thread-safe.
 */
public final class QueryParser {
  /** Prefix and fuzzy words each expand to many terms: this many per query at most. */
  public static final int MAX_EXPANDING_WORDS = 10;
  public static final int MIN_PREFIX = 3;
  private static final int MIN_FUZZY = 3;
  private static final int MAX_DEPTH = 32;
  /** The longest State name tried among words side by side, in words ("United Kingdom of Great Britain and Northern Ireland"). */
  private static final int MAX_STATE_WORDS = 9;
  private static final Pattern SYMBOL = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}\\d.\\-()]*(?:/[\\p{IsLatin}\\d.\\-()]+)+");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern AGENDA_NUMBER = Pattern.compile("\\d{1,4}");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:.!?]+$");
  private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

  /** The field prefixes a query may use. */
  enum Field { SYMBOL, STATE, ORGAN, AGENDA, TITLE }

  private final StateNames states;

  public QueryParser(StateNames states) {
    this.states = states;
  }

  /** Parses a query; blank text matches every document. */
  public QueryNode parse(String text) throws SearchRejected {
    return new Run(text).parse();
  }

  /** One parse: the tokens of a text and the position reached. */
  private final class Run {
    private final String text;
    private final List<Token> tokens;
    private int at;
    private int expanding;

    Run(String text) throws SearchRejected {
      this.text = text;
      this.tokens = new Lexer(text).tokens();
    }

    QueryNode parse() throws SearchRejected {
      if (tokens.isEmpty()) {
        return new QueryNode.All();
      }
      QueryNode query = or(null, 0);
      if (at < tokens.size()) {
        Token extra = tokens.get(at);
        throw new SearchRejected(extra.kind == Kind.CLOSE ? "a ) closes no (" : "unexpected '" + extra.text + "'", extra.position);
      }
      return query;
    }

    private Token peek() {
      return at < tokens.size() ? tokens.get(at) : null;
    }

    private boolean atOperand() {
      Token next = peek();
      return next != null && next.kind != Kind.CLOSE && next.kind != Kind.OR;
    }

    private QueryNode or(Field field, int depth) throws SearchRejected {
      List<QueryNode> any = new ArrayList<>();
      any.add(and(field, depth));
      while (peek() != null && peek().kind == Kind.OR) {
        Token or = tokens.get(at++);
        if (!atOperand() || peek().kind == Kind.AND) {
          throw new SearchRejected("OR needs a query on both sides", or.position);
        }
        any.add(and(field, depth));
      }
      return any.size() == 1 ? any.get(0) : new Or(any);
    }

    private QueryNode and(Field field, int depth) throws SearchRejected {
      List<Unit> units = new ArrayList<>();
      Token first = peek();
      if (first != null && first.kind == Kind.AND) {
        throw new SearchRejected("AND needs a query on both sides", first.position);
      }
      while (atOperand()) {
        Token next = peek();
        if (next.kind == Kind.AND) {
          at++;
          if (!atOperand() || peek().kind == Kind.AND) {
            throw new SearchRejected("AND needs a query on both sides", next.position);
          }
          continue;
        }
        units.add(unary(field, depth));
      }
      List<QueryNode> all = new ArrayList<>();
      List<QueryNode> none = new ArrayList<>();
      for (Unit unit : withStates(units)) {
        (unit.negated ? none : all).add(unit.node);
      }
      if (all.isEmpty()) {
        all.add(new QueryNode.All());
      }
      if (none.isEmpty() && all.size() == 1) {
        return all.get(0);
      }
      if (all.size() > 1) {
        all.removeIf(n -> n instanceof QueryNode.All);
      }
      return new And(all, none);
    }

    private Unit unary(Field field, int depth) throws SearchRejected {
      Token token = peek();
      if (token.kind == Kind.NOT || token.kind == Kind.MINUS) {
        at++;
        if (!atOperand() || peek().kind == Kind.AND) {
          throw new SearchRejected((token.kind == Kind.NOT ? "NOT" : "-") + " needs what to exclude after it", token.position);
        }
        Unit excluded = unary(field, depth + 1);
        // -Somalia excludes the documents about Somalia as Somalia alone finds them
        QueryNode node = excluded.word == null ? excluded.node : withStates(List.of(excluded)).get(0).node;
        return new Unit(node, !excluded.negated, null);
      }
      return primary(field, depth);
    }

    private Unit primary(Field field, int depth) throws SearchRejected {
      Token token = tokens.get(at++);
      if (depth > MAX_DEPTH) {
        throw new SearchRejected("the query nests deeper than " + MAX_DEPTH + " levels", token.position);
      }
      switch (token.kind) {
        case OPEN -> {
          if (peek() == null || peek().kind == Kind.CLOSE) {
            throw new SearchRejected(peek() == null ? "a ( is never closed" : "( ) holds nothing", token.position);
          }
          QueryNode inside = or(field, depth + 1);
          if (peek() == null || peek().kind != Kind.CLOSE) {
            throw new SearchRejected("a ( is never closed", token.position);
          }
          at++;
          return new Unit(inside, false, null);
        }
        case FIELD -> {
          if (field != null) {
            throw new SearchRejected("a field inside a field: " + token.text + ":", token.position);
          }
          if (peek() == null || !(peek().kind == Kind.WORD || peek().kind == Kind.PHRASE || peek().kind == Kind.OPEN)) {
            throw new SearchRejected(token.text + ": needs a value after it", token.position);
          }
          return primary(Field.valueOf(token.text.toUpperCase(Locale.ROOT)), depth + 1).withoutWord();
        }
        case PHRASE -> {
          return new Unit(phrase(token, field), false, null);
        }
        case WORD -> {
          return word(token, field);
        }
        default -> throw new SearchRejected("unexpected '" + token.text + "'", token.position);
      }
    }

    private QueryNode phrase(Token token, Field field) throws SearchRejected {
      String phrase = token.text.strip();
      if (!HAS_LETTER_OR_DIGIT.matcher(phrase).find()) {
        throw new SearchRejected("the phrase has no word in it", token.position);
      }
      if (field == null) {
        Optional<String> state = states.resolve(phrase);
        QueryNode words = new QueryNode.Phrase(phrase, Scope.TEXT);
        return state.isPresent() ? new Or(List.of(words, new Keyword(Exact.STATE, state.get()))) : words;
      }
      return switch (field) {
        case TITLE -> new QueryNode.Phrase(phrase, Scope.TITLE);
        default -> exact(field, phrase, token);
      };
    }

    private Unit word(Token token, Field field) throws SearchRejected {
      String word = token.text;
      int star = word.indexOf('*');
      int tilde = word.indexOf('~');
      if (star >= 0 && star != word.length() - 1) {
        throw new SearchRejected("a * can only end a word (prefix*)", token.position + star);
      }
      if (star >= 0) {
        return new Unit(prefix(word.substring(0, star), token, field), false, null);
      }
      if (tilde >= 0) {
        return new Unit(fuzzy(word.substring(0, tilde), word.substring(tilde + 1), token, field), false, null);
      }
      String bare = TRAILING_PUNCTUATION.matcher(word).replaceFirst("");
      if (field != null && field != Field.TITLE) {
        return new Unit(exact(field, bare, token), false, null);
      }
      Scope scope = field == Field.TITLE ? Scope.TITLE : Scope.TEXT;
      if (scope == Scope.TEXT && isSymbol(bare)) {
        return new Unit(new QueryNode.Symbol(bare, false), false, null);
      }
      if (!HAS_LETTER_OR_DIGIT.matcher(bare).find()) {
        return new Unit(new QueryNode.All(), false, null); // a dash or other punctuation between words: no word
      }
      QueryNode node = new QueryNode.Word(bare, scope);
      if (scope == Scope.TEXT && AGENDA_NUMBER.matcher(bare).matches()) {
        node = new Or(List.of(node, new Keyword(Exact.AGENDA, Integer.toString(Integer.parseInt(bare)))));
      }
      return new Unit(node, false, scope == Scope.TEXT ? bare : null);
    }

    private QueryNode prefix(String stem, Token token, Field field) throws SearchRejected {
      if (stem.codePointCount(0, stem.length()) < MIN_PREFIX) {
        throw new SearchRejected("the prefix '" + stem + "*' is too broad: give at least " + MIN_PREFIX
            + " characters before *", token.position);
      }
      countExpanding(token);
      if (field == Field.SYMBOL || (field == null && stem.contains("/"))) {
        return new QueryNode.Symbol(stem, true);
      }
      if (field != null && field != Field.TITLE) {
        throw new SearchRejected(field.name().toLowerCase(Locale.ROOT) + ": takes exact values, not a prefix", token.position);
      }
      return new QueryNode.Prefix(stem.toLowerCase(Locale.ROOT), field == Field.TITLE ? Scope.TITLE : Scope.TEXT);
    }

    private QueryNode fuzzy(String word, String edits, Token token, Field field) throws SearchRejected {
      if (field != null && field != Field.TITLE) {
        throw new SearchRejected(field.name().toLowerCase(Locale.ROOT) + ": takes exact values, not a fuzzy word", token.position);
      }
      int length = word.codePointCount(0, word.length());
      if (length < MIN_FUZZY) {
        throw new SearchRejected("'" + word + "' is too short to be looked for fuzzily: give at least " + MIN_FUZZY
            + " characters before ~", token.position);
      }
      int n;
      if (edits.isEmpty()) {
        n = length >= 6 ? 2 : 1;
      } else if (edits.equals("1") || edits.equals("2")) {
        n = Integer.parseInt(edits);
      } else {
        throw new SearchRejected("after ~ comes 1 or 2 (the character edits allowed), not '" + edits + "'",
            token.position + word.length() + 1);
      }
      countExpanding(token);
      return new QueryNode.Fuzzy(word.toLowerCase(Locale.ROOT), n, field == Field.TITLE ? Scope.TITLE : Scope.TEXT);
    }

    private void countExpanding(Token token) throws SearchRejected {
      if (++expanding > MAX_EXPANDING_WORDS) {
        throw new SearchRejected("more than " + MAX_EXPANDING_WORDS + " prefix* or fuzzy~ words in one query", token.position);
      }
    }

    /** The value of an exact field, checked. */
    private QueryNode exact(Field field, String value, Token token) throws SearchRejected {
      return switch (field) {
        case SYMBOL -> new QueryNode.Symbol(value, false);
        case STATE -> new Keyword(Exact.STATE, states.resolve(value.length() == 3 ? value.toUpperCase(Locale.ROOT) : value).orElseThrow(() ->
            new SearchRejected("no State is named '" + value + "'", token.position)));
        case ORGAN -> {
          String organ = value.toUpperCase(Locale.ROOT);
          for (Organ o : Organ.values()) {
            if (o.name().equals(organ)) {
              yield new Keyword(Exact.ORGAN, organ);
            }
          }
          throw new SearchRejected("unknown organ '" + value + "': use one of " + organs(), token.position);
        }
        case AGENDA -> {
          if (!AGENDA_NUMBER.matcher(value).matches()) {
            throw new SearchRejected("agenda: takes an agenda item number, not '" + value + "'", token.position);
          }
          yield new Keyword(Exact.AGENDA, Integer.toString(Integer.parseInt(value)));
        }
        case TITLE -> new QueryNode.Word(value, Scope.TITLE);
      };
    }

    /**
     * Words side by side that name a State ("United Kingdom", "Iran", "伊朗") also match the State's
     * documents: the longest run of words that is a name wins.
     */
    private List<Unit> withStates(List<Unit> units) {
      List<Unit> nodes = new ArrayList<>();
      int i = 0;
      while (i < units.size()) {
        int found = -1;
        String code = null;
        for (int end = Math.min(units.size(), i + MAX_STATE_WORDS); end > i && code == null; end--) {
          StringBuilder name = new StringBuilder();
          boolean plain = true;
          for (int k = i; k < end && plain; k++) {
            plain = units.get(k).word != null;
            name.append(k > i ? " " : "").append(units.get(k).word);
          }
          if (plain) {
            code = states.resolve(name.toString()).orElse(null);
            found = end;
          }
        }
        if (code == null) {
          nodes.add(units.get(i++));
          continue;
        }
        List<QueryNode> words = new ArrayList<>();
        for (int k = i; k < found; k++) {
          words.add(units.get(k).node);
        }
        QueryNode all = words.size() == 1 ? words.get(0) : new And(words, List.of());
        nodes.add(new Unit(new Or(List.of(all, new Keyword(Exact.STATE, code))), false, null));
        i = found;
      }
      return nodes;
    }
  }

  private static boolean isSymbol(String word) {
    return SYMBOL.matcher(word).matches() && DIGIT.matcher(word).find();
  }

  private static String organs() {
    StringBuilder names = new StringBuilder();
    for (Organ organ : Organ.values()) {
      names.append(names.length() == 0 ? "" : ", ").append(organ.name());
    }
    return names.toString();
  }

  /**
   * A node of an And before it is built: whether it is excluded, and for a plain word that may be
   * part of a State's name, the word as typed.
   */
  private record Unit(QueryNode node, boolean negated, String word) {
    Unit withoutWord() {
      return new Unit(node, negated, null);
    }
  }

  enum Kind { WORD, PHRASE, FIELD, OPEN, CLOSE, AND, OR, NOT, MINUS }

  /** A token and the character (from 1) where it starts. */
  record Token(Kind kind, String text, int position) {}

  /** Splits a query into tokens. */
  static final class Lexer {
    private static final Pattern FIELD_NAME = Pattern.compile("(?i)symbol|state|organ|agenda|title");
    private final String text;

    Lexer(String text) {
      this.text = text == null ? "" : text;
    }

    List<Token> tokens() throws SearchRejected {
      List<Token> tokens = new ArrayList<>();
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          i++;
        } else if (c == '(') {
          tokens.add(new Token(Kind.OPEN, "(", ++i));
        } else if (c == ')') {
          tokens.add(new Token(Kind.CLOSE, ")", ++i));
        } else if (c == '"' || c == '\u201C' || c == '\u201D') {
          int end = closingQuote(i + 1);
          if (end < 0) {
            throw new SearchRejected("a \" opens a phrase that is never closed", i + 1);
          }
          tokens.add(new Token(Kind.PHRASE, text.substring(i + 1, end), i + 1));
          i = end + 1;
        } else if ((c == '-' || c == '+') && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
          if (c == '-') {
            tokens.add(new Token(Kind.MINUS, "-", i + 1));
          }
          i++;
        } else {
          int end = i;
          while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && "()\"\u201C\u201D".indexOf(text.charAt(end)) < 0) {
            end++;
          }
          String word = text.substring(i, end);
          int colon = word.indexOf(':');
          String name = colon > 0 ? word.substring(0, colon) : "";
          boolean field = FIELD_NAME.matcher(name).matches();
          if (!field && colon > 0 && colon + 1 < word.length() && name.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch))) {
            // sybmol:A/75/356 is a mistyped field; "sea:" ending a word, or Arabic before a colon, is punctuation
            throw new SearchRejected("unknown field '" + name + ":': use symbol:, state:, organ:, agenda: or title:", i + 1);
          }
          if (field) {
            tokens.add(new Token(Kind.FIELD, name.toLowerCase(Locale.ROOT), i + 1));
            if (colon + 1 < word.length()) {
              tokens.add(new Token(Kind.WORD, word.substring(colon + 1), i + colon + 2));
            }
          } else {
            tokens.add(new Token(switch (word) {
              case "AND", "&&" -> Kind.AND;
              case "OR", "||" -> Kind.OR;
              case "NOT" -> Kind.NOT;
              default -> Kind.WORD;
            }, word, i + 1));
          }
          i = end;
        }
      }
      return tokens;
    }

    private int closingQuote(int from) {
      for (int i = from; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"' || c == '\u201D' || c == '\u201C') {
          return i;
        }
      }
      return -1;
    }
  }
}
