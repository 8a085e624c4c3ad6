package org.plenary.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plenary.model.Language;

/**
 * No phrase of a pack backtracks without bound. A pattern whose repeated group can match the same
 * words in many ways (a word class that also matches half a word, under case-insensitive
 * matching) takes time exponential in the line's length; on one long letter title that stalled a
 * parse for minutes. Each pattern here reads long invented title lines of its language
 * ({@code long-lines.tsv}) and lines made of the pack's own words, the material its repetitions
 * are written for, ending where no phrase can close; the characters a search reads are counted,
 * so the bound holds on any machine.
 */
class PackPatternBacktrackingTest {
  /** Reads allowed per character of the line: generous for linear work, far below exponential. */
  private static final long READS_PER_CHARACTER = 20_000;

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyPhraseReadsALongLineOfItsOwnWordsInBoundedSteps(Language language) {
    LanguagePack pack = LanguagePacks.of(language);
    List<String> lines = new ArrayList<>(longLines(language));
    lines.addAll(adversarialLines(pack));
    List<String> unbounded = new ArrayList<>();
    for (String key : LanguagePack.KEYS) {
      if (key.startsWith("date")) {
        continue;
      }
      for (Pattern pattern : pack.patterns(key)) {
        for (String line : lines) {
          CountedText text = new CountedText(line, READS_PER_CHARACTER * line.length());
          try {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
              // every match, as extractors that loop over matches do
            }
          } catch (ReadBudgetSpent e) {
            unbounded.add(key + ": " + pattern.pattern());
            break;
          }
        }
      }
    }
    assertThat(unbounded).as("phrases that backtrack without bound").isEmpty();
  }

  private static List<String> longLines(Language language) {
    try (var in = PackPatternBacktrackingTest.class.getResourceAsStream("long-lines.tsv")) {
      String code = language.code() + "\t";
      List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(l -> l.startsWith(code)).map(l -> l.substring(code.length())).toList();
      assertThat(lines).as("long lines for %s", language).isNotEmpty();
      return lines;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Lines of the pack's words: in their case, capitalised, and upper case, closed by "1267 (". */
  private static List<String> adversarialLines(LanguagePack pack) {
    Set<String> words = new LinkedHashSet<>();
    for (String key : LanguagePack.KEYS) {
      for (String value : pack.values(key)) {
        for (String token : value.split("[^\\p{L}]+")) {
          if (token.length() > 1) {
            words.add(token);
          }
        }
      }
    }
    List<String> list = new ArrayList<>(words);
    List<String> lines = new ArrayList<>();
    for (int form = 0; form < 3; form++) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < 120 && !list.isEmpty(); i++) {
        String word = list.get((i * 7) % list.size());
        line.append(switch (form) {
          case 0 -> word;
          case 1 -> Character.toUpperCase(word.charAt(0)) + word.substring(1);
          default -> word.toUpperCase(java.util.Locale.ROOT);
        }).append(' ');
      }
      lines.add(line + "1267 (");
    }
    return lines;
  }

  private static final class ReadBudgetSpent extends RuntimeException {
    ReadBudgetSpent() {
      super(null, null, false, false);
    }
  }

  /** A line that counts the characters read from it and stops the search past its budget. */
  private static final class CountedText implements CharSequence {
    private final String text;
    private final long[] reads;
    private final long budget;
    private final int offset;
    private final int length;

    CountedText(String text, long budget) {
      this(text, new long[1], budget, 0, text.length());
    }

    private CountedText(String text, long[] reads, long budget, int offset, int length) {
      this.text = text;
      this.reads = reads;
      this.budget = budget;
      this.offset = offset;
      this.length = length;
    }

    @Override
    public char charAt(int index) {
      if (++reads[0] > budget) {
        throw new ReadBudgetSpent();
      }
      return text.charAt(offset + index);
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new CountedText(text, reads, budget, offset + start, end - start);
    }

    @Override
    public String toString() {
      return text.substring(offset, offset + length);
    }
  }
}
