package org.plenary.lang.zh;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The tables {@link ChineseForms} reads are what ICU's transforms say: every character that one of
 * Traditional-Simplified's rules changes, the words it changes though none of their characters is
 * changed alone, and the traditional form Simplified-Traditional gives
 * each simplified character. After an ICU upgrade that changes its rules this test fails and writes
 * the new table to {@code target/}, to be copied over the resource.
 */
class ChineseFormsTableTest {

  @Test
  void theTraditionalCharactersAndWordsAreThoseTheTransformChanges() throws IOException {
    Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
    java.util.TreeSet<Integer> chars = new java.util.TreeSet<>();
    java.util.List<String> words = new java.util.ArrayList<>();
    for (String rule : toSimplified.toRules(false).split("\n")) {
      int arrow = rule.indexOf('>');
      if (arrow < 0) {
        continue;
      }
      String from = rule.substring(0, arrow).strip();
      String to = rule.substring(arrow + 1).strip().replaceFirst(";$", "").strip();
      if (from.equals(to)) {
        continue;
      }
      if (from.codePointCount(0, from.length()) == 1) {
        chars.add(from.codePointAt(0));
      } else {
        words.add(from);
      }
    }
    StringBuilder changing = new StringBuilder();
    chars.forEach(changing::appendCodePoint);
    assertTable("traditional-characters.txt", lines(changing.toString()));
    // a word the transform changes though none of its characters is changed alone (沈默 > 沉默)
    StringBuilder own = new StringBuilder();
    words.stream().filter(w -> w.codePoints().noneMatch(chars::contains)).sorted()
        .forEach(w -> own.append(w).append('\n'));
    assertTable("traditional-words.txt", own.toString());
  }

  @Test
  void theTraditionalFormsAreThoseOfTheTransform() throws IOException {
    Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
    java.util.TreeSet<Integer> simplified = new java.util.TreeSet<>();
    for (String rule : toTraditional.toRules(false).split("\n")) {
      int arrow = rule.indexOf('>');
      if (arrow > 0) {
        String from = rule.substring(0, arrow).strip();
        if (from.codePointCount(0, from.length()) == 1) {
          simplified.add(from.codePointAt(0));
        }
      }
    }
    StringBuilder pairs = new StringBuilder();
    for (int c : simplified) {
      String form = toTraditional.transliterate(Character.toString(c));
      if (form.codePointCount(0, form.length()) == 1 && form.codePointAt(0) != c) {
        pairs.appendCodePoint(c).append('\t').append(form).append('\n');
      }
    }
    assertTable("traditional-forms.tsv", pairs.toString());
  }

  @Test
  void foldingWithTheTableIsFoldingWithTheTransform() {
    String simplified = "2031年5月14日亚美尼亚常驻联合国代表给秘书长的信";
    assertThat(ChineseForms.mayBeTraditional(simplified)).isFalse();
    assertThat(ChineseForms.mayBeTraditional("亞美尼亞")).isTrue();
    assertThat(ChineseForms.mayBeTraditional("他沈默了")).isTrue();
    for (String text : new String[] {simplified, "亞美尼亞", "他沈默了", "第八十五屆會議", "议程项目 34"}) {
      boolean changed = !Transliterator.getInstance("Traditional-Simplified").transliterate(text).equals(text);
      assertThat(ChineseForms.mayBeTraditional(text)).as(text).isEqualTo(changed);
    }
    assertThat(ChineseForms.traditional('届')).isEqualTo("屆");
    assertThat(ChineseForms.traditional('一')).isEmpty();
  }

  private static String lines(String chars) {
    StringBuilder out = new StringBuilder();
    int[] cps = chars.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      out.appendCodePoint(cps[i]);
      if (i % 50 == 49 || i == cps.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static void assertTable(String name, String expected) throws IOException {
    String actual;
    try (var in = ChineseForms.class.getResourceAsStream(name)) {
      actual = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String body = actual.lines().filter(l -> !l.startsWith("#")).map(l -> l + "\n").reduce("", String::concat);
    if (!body.equals(expected)) {
      Path out = Path.of("target", name);
      Files.createDirectories(out.getParent());
      Files.writeString(out, expected);
    }
    assertThat(body).as("the table %s as ICU's rules give it (written to target/%s)", name, name).isEqualTo(expected);
  }
}
