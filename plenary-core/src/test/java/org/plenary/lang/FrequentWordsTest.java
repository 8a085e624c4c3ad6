package org.plenary.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrequentWordsTest {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern ENGLISH = Pattern.compile("the|of|and|to|in|is", FLAGS);

  @Test
  void countsWholeWordsWithoutCase() {
    assertThat(new FrequentWords(ENGLISH).count("The report of THE Secretary-General to the Assembly"))
        .isEqualTo(5);
  }

  @Test
  void countsNoWordInsideALongerWord() {
    assertThat(new FrequentWords(ENGLISH).count("theory offered island toto within")).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "the1 of2 (and) in-to is.",
      "l'the d’of thé the\u0301 Ӏs",
      "\uD835\uDC00the \uD835\uDC00 of x\uD835\uDC00in",
      "ſ is ıs İS KIN the\u00A0of\tand",
      "",
      "tothe to the to"
  })
  void countsAsThePatternOfTheWords(String text) {
    assertThat(new FrequentWords(ENGLISH).count(text)).isEqualTo(patternCount(ENGLISH, text));
    Pattern spanish = Pattern.compile("el|la|los|las|y|en|se|es", FLAGS);
    assertThat(new FrequentWords(spanish).count(text)).isEqualTo(patternCount(spanish, text));
  }

  @Test
  void matchesAListWithPatternSyntaxAsAPattern() {
    Pattern words = Pattern.compile("th[ea]|of(?:f)?", FLAGS);
    String text = "tha offer off the of";
    assertThat(new FrequentWords(words).count(text)).isEqualTo(4).isEqualTo(patternCount(words, text));
  }

  private static int patternCount(Pattern words, String text) {
    Matcher m = Pattern.compile("(?<![\\p{L}])(?:" + words.pattern() + ")(?![\\p{L}])", words.flags()).matcher(text);
    int count = 0;
    while (m.find()) {
      count++;
    }
    return count;
  }
}
