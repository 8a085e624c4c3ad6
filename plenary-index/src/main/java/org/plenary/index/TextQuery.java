package org.plenary.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.model.Language;
import org.plenary.reference.MemberStates;

/**
 * The free text of a search as both engines read it, before either builds its own query:
 *
 * <ul>
 *   <li>{@link #words}: the text in Lucene's simple query syntax, over every language's title and
 *       text fields ({@link #WORD_FIELDS}, each with its weight), analysed per field;
 *   <li>{@link #phrase}: the text as a phrase (within {@link #PHRASE_SLOP} positions) in each of
 *       those fields, boosted by {@link #PHRASE_BOOST}, so the document that carries it ranks first;
 *   <li>{@link #symbols}: each word with a slash, as a symbol ("a/75/357" finds A/75/357);
 *   <li>{@link #states}: the States named in any of the six languages, by ISO code, so that a
 *       State's name finds every document from or about it, whatever its language;
 *   <li>{@link #agendaItems}: each number, as an agenda item.
 * </ul>
 *
 * A document matches when any part matches. Refused: a prefix too short to be selective.
 */
public record TextQuery(String words, String phrase, List<String> symbols, List<String> states, List<String> agendaItems) {
  public static final float TITLE_BOOST = 3f;
  public static final float PHRASE_BOOST = 6f;
  public static final int PHRASE_SLOP = 2;
  public static final float SYMBOL_BOOST = 50f;
  public static final float STATE_BOOST = 2f;
  static final int MIN_PREFIX = 3;
  private static final Pattern PREFIX = Pattern.compile("(\\S*)\\*");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}/])(\\d{1,4})(?![\\p{L}\\p{N}/])");

  /** The fields the words are looked for in, each with its weight. */
  public static final Map<String, Float> WORD_FIELDS;

  /** The fields the phrase is looked for in. */
  public static final List<String> PHRASE_FIELDS;

  static {
    Map<String, Float> weights = new LinkedHashMap<>();
    List<String> phrases = new java.util.ArrayList<>();
    for (Language language : Language.values()) {
      weights.put(Fields.title(language), TITLE_BOOST);
      weights.put(Fields.text(language), 1f);
      phrases.add(Fields.title(language));
      phrases.add(Fields.text(language));
    }
    weights.put(Fields.AGENDA_TITLE, 1f);
    WORD_FIELDS = java.util.Collections.unmodifiableMap(weights);
    PHRASE_FIELDS = List.copyOf(phrases);
  }

  public TextQuery {
    symbols = List.copyOf(symbols);
    states = List.copyOf(states);
    agendaItems = List.copyOf(agendaItems);
  }

  /** Reads the free text of a search. */
  public static TextQuery parse(String text) throws SearchRejected {
    Matcher prefix = PREFIX.matcher(text);
    while (prefix.find()) {
      String stem = prefix.group(1).replaceAll("^[-+|\"(]+", "");
      if (stem.codePointCount(0, stem.length()) < MIN_PREFIX) {
        throw new SearchRejected("the prefix '" + prefix.group() + "' is too broad: give at least "
            + MIN_PREFIX + " characters before *");
      }
    }
    // The query as it was typed, punctuation included: smartcn drops punctuation with a stop filter
    // that leaves a gap, so the phrase must have the same gaps as the text; the slop absorbs the rest.
    String phrase = text.replaceAll("[\"*~]", " ").strip();
    Set<String> symbols = new LinkedHashSet<>();
    for (String word : text.split("\\s+")) {
      String symbol = word.replaceAll("^[\"(]+|[\",.;)]+$", "");
      if (symbol.contains("/")) {
        symbols.add(Fields.symbolKey(symbol));
      }
    }
    Set<String> states = new LinkedHashSet<>();
    MemberStates memberStates = MemberStates.get();
    for (Language language : Language.values()) {
      states.addAll(memberStates.count(text, language).keySet());
    }
    List<String> agenda = new java.util.ArrayList<>();
    Matcher number = NUMBER.matcher(text);
    while (number.find()) {
      agenda.add(Integer.toString(Integer.parseInt(number.group(1))));
    }
    return new TextQuery(text, phrase, List.copyOf(symbols), List.copyOf(states), agenda);
  }
}
