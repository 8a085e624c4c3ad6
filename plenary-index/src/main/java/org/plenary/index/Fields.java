package org.plenary.index;

import java.util.List;
import java.util.Locale;
import org.plenary.model.Language;

/**
 * The names of the index's fields and facets; the index schema in one place. Each facet is also
 * a keyword field of the same name, filtered on by the search parameter of the same name, so a
 * facet's count is what choosing its value returns.
 */
public final class Fields {
  /** The content hash of the source file: the document's id. */
  public static final String ID = "id";
  /** The source file's name (without the folder it was indexed from). */
  public static final String SOURCE = "source";
  /** Every symbol of the document, one lower-cased keyword each. */
  public static final String SYMBOL = "symbol";
  /** The English titles of the agenda items, so that an item is found by its title in English. */
  public static final String AGENDA_TITLE = "agendaTitle";
  /**
   * The document's date as days since 1970-01-01, for ranges and sorting: the date of the record,
   * else (a letter printed without a masthead date) the date of the letter. The year facet is its
   * year, so the year facet, a date range and an export agree.
   */
  public static final String DATE = "date";
  public static final String TITLE = "title";

  /** Facet dimensions, each also a keyword field of the same name for filters. */
  public static final String LANGUAGE = "lang";
  public static final String ORGAN = "organ";
  public static final String SESSION = "session";
  public static final String YEAR = "year";
  public static final String TYPE = "type";
  /** The State that wrote the document, by ISO 3166 alpha-3 code. */
  public static final String AUTHOR = "author";
  /** Every State the document is from or about (author and mentions), by ISO 3166 alpha-3 code. */
  public static final String STATE = "state";
  public static final String AGENDA = "agenda";

  /** The facets, in the order they are shown. */
  public static final List<String> FACETS = List.of(ORGAN, SESSION, YEAR, TYPE, LANGUAGE, AUTHOR, STATE, AGENDA);

  /** Facets that hold several values in one document. */
  public static final List<String> MULTI_VALUED = List.of(ORGAN, STATE, AGENDA);

  private Fields() {}

  /** The title in a language, analysed with that language's chain. */
  public static String title(Language language) {
    return "title_" + language.code();
  }

  /** The whole text in a language, analysed with that language's chain. */
  public static String text(Language language) {
    return "text_" + language.code();
  }

  /** A symbol as the symbol field holds it. */
  public static String symbolKey(String symbol) {
    return symbol.strip().toLowerCase(Locale.ROOT);
  }
}
