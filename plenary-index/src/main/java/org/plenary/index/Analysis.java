package org.plenary.index;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.plenary.model.Language;

/**
 * The analysis chains of the index, defined once:
 *
 * <ul>
 *   <li>Arabic: standard tokenizer, lower case (for Latin words), Arabic-Indic digits to ASCII,
 *       Arabic normalisation (hamza forms, teh marbuta, tatweel, diacritics), light stemming;
 *   <li>Chinese: smartcn's HMM word segmentation (Chinese prints no spaces between words),
 *       lower case, smartcn's own stop list (which drops the punctuation its tokenizer keeps);
 *   <li>English: possessives dropped, lower case, Porter stemming;
 *   <li>French: elision (l', d'), lower case, light stemming;
 *   <li>Russian: lower case, light stemming;
 *   <li>Spanish: lower case, light stemming;
 *   <li>symbols and agenda numbers: one lower-cased keyword, so "A/75/357" finds "a/75/357".
 * </ul>
 */
public final class Analysis {
  /** smartcn's stop list, a resource of lucene-analysis-smartcn. */
  static final String SMARTCN_STOPWORDS = "org/apache/lucene/analysis/cn/smart/stopwords.txt";
  private static final Map<Language, AnalysisChain> CHAINS = new EnumMap<>(Language.class);

  static {
    CHAINS.put(Language.AR, AnalysisChain.of("standard", "lowercase", "decimalDigit", "arabicNormalization", "arabicStem"));
    CHAINS.put(Language.ZH, new AnalysisChain("hmmChinese", List.of(
        new AnalysisChain.Filter("lowercase", Map.of()),
        new AnalysisChain.Filter("stop", Map.of("words", SMARTCN_STOPWORDS)))));
    CHAINS.put(Language.EN, AnalysisChain.of("standard", "englishPossessive", "lowercase", "porterStem"));
    CHAINS.put(Language.FR, AnalysisChain.of("standard", "elision", "lowercase", "frenchLightStem"));
    CHAINS.put(Language.RU, AnalysisChain.of("standard", "lowercase", "russianLightStem"));
    CHAINS.put(Language.ES, AnalysisChain.of("standard", "lowercase", "spanishLightStem"));
  }

  /** The chain of exact fields: the whole value as one lower-cased token. */
  public static final AnalysisChain KEYWORD = AnalysisChain.of("keyword", "lowercase");

  private Analysis() {}

  /**
   * Every chain by a short name: each language's by its code, and {@code keyword} for
   * {@link #KEYWORD}. The Solr schema names its field types after these.
   */
  public static Map<String, AnalysisChain> named() {
    Map<String, AnalysisChain> named = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      named.put(language.code(), chain(language));
    }
    named.put("keyword", KEYWORD);
    return named;
  }

  /** The chain of a language's text. */
  public static AnalysisChain chain(Language language) {
    return CHAINS.get(language);
  }

  /**
   * The analysed fields and the chain of each: each language's title and text with that
   * language's chain, the symbol field with {@link #KEYWORD}, the English agenda titles with the
   * English chain. Fields not named here are indexed without analysis (facets, filters). The
   * embedded analyzer and the Solr schema are both built from this map.
   */
  public static Map<String, AnalysisChain> fields() {
    Map<String, AnalysisChain> fields = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      fields.put(Fields.title(language), chain(language));
      fields.put(Fields.text(language), chain(language));
    }
    fields.put(Fields.SYMBOL, KEYWORD);
    fields.put(Fields.AGENDA_TITLE, chain(Language.EN));
    return fields;
  }

  /** The analyzer of every field of {@link #fields()}. */
  public static Analyzer perField() {
    Map<AnalysisChain, Analyzer> built = new HashMap<>();
    Map<String, Analyzer> fields = new HashMap<>();
    fields().forEach((field, chain) -> fields.put(field, built.computeIfAbsent(chain, AnalysisChain::analyzer)));
    return new PerFieldAnalyzerWrapper(built.computeIfAbsent(chain(Language.EN), AnalysisChain::analyzer), fields);
  }
}
