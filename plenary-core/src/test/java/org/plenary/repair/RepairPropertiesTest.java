package org.plenary.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenary.model.Block;
import org.plenary.model.Furniture;
import org.plenary.model.RepairedText;

/**
 * Properties of layout repair over generated pages of extracted text: no letter or digit is lost
 * except in reported furniture, block spans are in bounds and in order, and repairing a repaired
 * text changes nothing.
 */
class RepairPropertiesTest {

  @Property(tries = 300)
  void losesNoLetterOrDigitExceptReportedFurniture(@ForAll("extractedText") String text) throws Exception {
    RepairedText repaired = TextLayoutRepairTest.repair(text);
    StringBuilder furniture = new StringBuilder();
    for (Furniture f : repaired.furniture()) {
      furniture.append(f.text()).append('\n');
    }
    assertThat(letters(repaired.text()).length() + letters(furniture.toString()).length())
        .isEqualTo(letters(text).length());
    assertThat(isSubsequence(letters(repaired.text()), letters(text))).isTrue();
  }

  @Property(tries = 300)
  void spansAreInBoundsAndInOrder(@ForAll("extractedText") String text) throws Exception {
    RepairedText repaired = TextLayoutRepairTest.repair(text);
    int end = 0;
    for (Block block : repaired.blocks()) {
      assertThat(block.span().start()).isGreaterThanOrEqualTo(end);
      assertThat(block.span().end()).isLessThanOrEqualTo(repaired.text().length());
      assertThat(repaired.slice(block.span())).endsWith(block.text());
      end = block.span().end();
    }
  }

  @Property(tries = 300)
  void repairingARepairedTextChangesNothing(@ForAll("extractedText") String text) throws Exception {
    RepairedText once = TextLayoutRepairTest.repair(text);
    RepairedText twice = TextLayoutRepairTest.repair(once.text());
    assertThat(twice.text()).isEqualTo(once.text());
  }

  private static String letters(String s) {
    return s.replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static boolean isSubsequence(String part, String whole) {
    int i = 0;
    for (int j = 0; j < whole.length() && i < part.length(); j++) {
      if (whole.charAt(j) == part.charAt(i)) {
        i++;
      }
    }
    return i == part.length();
  }

  @Provide
  Arbitrary<String> extractedText() {
    Arbitrary<String> latinWord = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> hanWord = Arbitraries.strings().withChars("的国会议安全理事大和阿尔扎赫秘书长信函附件").ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> word = Arbitraries.oneOf(latinWord, latinWord.map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)),
        hanWord, Arbitraries.integers().between(1, 2030).map(String::valueOf));
    Arbitrary<String> line = word.list().ofMinSize(1).ofMaxSize(14).map(ws -> String.join(" ", ws))
        .map(l -> l + (l.length() % 3 == 0 ? "." : ""));
    Arbitrary<String> furniture = Arbitraries.of("20-12655 (E)    011020", "*2012655*", "2/3", "A/75/356");
    Arbitrary<String> indented = Combinators.combine(Arbitraries.integers().between(0, 3), line)
        .as((indent, l) -> " ".repeat(indent) + l);
    Arbitrary<String> any = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, indented), net.jqwik.api.Tuple.of(1, furniture), net.jqwik.api.Tuple.of(2, Arbitraries.just("")));
    Arbitrary<Boolean> doubleSpaced = Arbitraries.of(true, false);
    return Combinators.combine(line, any.list().ofMinSize(1).ofMaxSize(40), doubleSpaced).as((first, lines, dbl) -> {
      List<String> out = new ArrayList<>();
      out.add(first);
      for (String l : lines) {
        out.add(l);
        if (dbl) {
          out.add("");
        }
      }
      return String.join("\n", out);
    });
  }
}
