package org.plenary.lang.zh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What ICU's Chinese transforms do, as two tables written from their rules (and checked against
 * them by a test): {@code traditional-characters.txt}, every character that one of
 * Traditional-Simplified's rules changes, {@code traditional-words.txt}, the words it changes though
 * none of their characters is changed alone (沈默 is 沉默), and {@code traditional-forms.tsv}, the traditional form
 * Simplified-Traditional gives a simplified character when it is one other character. Loading ICU's
 * transforms costs a few tenths of a second of start-up; with these tables a text printed in
 * simplified characters, as most are, is never handed to ICU, and patterns are widened without it.
 */
final class ChineseForms {
  private static final BitSet TRADITIONAL = traditionalCharacters();
  private static final Map<Integer, String> FORMS = traditionalForms();
  /** The words of traditional-words.txt by their first character. */
  private static final Map<Integer, List<String>> WORDS = traditionalWords();

  private ChineseForms() {}

  /** Whether Traditional-Simplified changes something in the text. */
  static boolean mayBeTraditional(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (TRADITIONAL.get(c)) {
        return true;
      }
      List<String> words = WORDS.get(c);
      if (words != null) {
        for (String word : words) {
          if (text.startsWith(word, i)) {
            return true;
          }
        }
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /** The traditional form of a simplified character when it has one of a single character, else "". */
  static String traditional(int simplified) {
    return FORMS.getOrDefault(simplified, "");
  }

  private static BitSet traditionalCharacters() {
    BitSet set = new BitSet();
    try (BufferedReader in = open("traditional-characters.txt")) {
      in.lines().filter(l -> !l.startsWith("#")).forEach(l -> l.codePoints().forEach(set::set));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return set;
  }

  private static Map<Integer, String> traditionalForms() {
    Map<Integer, String> forms = new HashMap<>();
    try (BufferedReader in = open("traditional-forms.tsv")) {
      in.lines().filter(l -> !l.startsWith("#") && l.indexOf('\t') > 0).forEach(l -> {
        int tab = l.indexOf('\t');
        forms.put(l.codePointAt(0), l.substring(tab + 1));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return forms;
  }

  private static Map<Integer, List<String>> traditionalWords() {
    Map<Integer, List<String>> words = new HashMap<>();
    try (BufferedReader in = open("traditional-words.txt")) {
      in.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
          .forEach(l -> words.computeIfAbsent(l.codePointAt(0), k -> new ArrayList<>()).add(l.strip()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  private static BufferedReader open(String name) {
    InputStream in = ChineseForms.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource org/plenary/lang/zh/" + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
