package org.plenary.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.plenary.model.Language;

/** Each language's chain on words from UN documents. */
class AnalysisTest {

  static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    }
    return tokens;
  }

  static List<String> tokens(Language language, String text) throws IOException {
    return tokens(Analysis.perField(), Fields.text(language), text);
  }

  @Test
  void segmentsChineseIntoWordsAndDropsPunctuation() throws IOException {
    assertThat(tokens(Language.ZH, "大会，遵循《联合国宪章》的宗旨和原则")).contains("大会", "联合国", "宪章", "原则")
        .doesNotContain("，", "《", "》");
  }

  @Test
  void normalisesAndStemsArabic() throws IOException {
    assertThat(tokens(Language.AR, "الأمم")).isEqualTo(tokens(Language.AR, "الامم"));
    assertThat(tokens(Language.AR, "والمعلمين")).isEqualTo(tokens(Language.AR, "المعلم"));
  }

  @Test
  void stemsEachEuropeanLanguage() throws IOException {
    assertThat(tokens(Language.EN, "resolutions")).isEqualTo(tokens(Language.EN, "resolution"));
    assertThat(tokens(Language.FR, "l'Assemblée générale")).isEqualTo(tokens(Language.FR, "assemblées générales"));
    assertThat(tokens(Language.ES, "resoluciones")).isEqualTo(tokens(Language.ES, "resolución"));
    assertThat(tokens(Language.RU, "резолюции")).isEqualTo(tokens(Language.RU, "резолюция"));
  }

  @Test
  void keepsASymbolWholeWhateverItsCase() throws IOException {
    assertThat(tokens(Analysis.perField(), Fields.SYMBOL, "A/75/357")).containsExactly("a/75/357");
    assertThat(tokens(Analysis.perField(), Fields.SYMBOL, "a/75/357")).containsExactly("a/75/357");
  }

  @Test
  void definesEveryLanguageByServiceNames() {
    for (Language language : Language.values()) {
      assertThat(Analysis.chain(language).tokenizer()).isNotBlank();
      assertThat(Analysis.chain(language).analyzer()).isNotNull();
    }
  }
}
