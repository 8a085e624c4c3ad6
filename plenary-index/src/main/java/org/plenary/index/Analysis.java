package org.plenary.index;

import java.util.EnumMap;
import java.util.HashMap;
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

  /** The chain of a language's text. */
  public static AnalysisChain chain(Language language) {
    return CHAINS.get(language);
  }

  /**
   * The analyzer of every field: each language's text fields with that language's chain, the
   * symbol field with {@link #KEYWORD}; fields indexed without analysis (facets, filters) ignore it.
   */
  public static Analyzer perField() {
    Map<String, Analyzer> fields = new HashMap<>();
    for (Language language : Language.values()) {
      Analyzer analyzer = chain(language).analyzer();
      fields.put(Fields.title(language), analyzer);
      fields.put(Fields.text(language), analyzer);
    }
    fields.put(Fields.SYMBOL, KEYWORD.analyzer());
    fields.put(Fields.AGENDA_TITLE, chain(Language.EN).analyzer());
    return new PerFieldAnalyzerWrapper(chain(Language.EN).analyzer(), fields);
  }
}
