package org.plenary.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many phrases in a text at once (names of States, of organizations): a character trie
 * walked from each position, keeping the longest phrase that ends there. Matches do not overlap
 * and are found left to right. With word boundaries, a phrase counts only where no letter touches
 * it on either side (for scripts that put spaces between words). Immutable once built; build it with
 * {@link #add} before sharing it between threads.
 *
 * @param <V> what a phrase stands for (an ISO code, say)
 */
public final class PhraseTrie<V> {

  /** One phrase found in a text: where it is and what it stands for. */
  public record Hit<V>(int start, int end, V value) {}

  private static final class Node<V> {
    final Map<Character, Node<V>> next = new HashMap<>();
    V value;
  }

  private final Node<V> root = new Node<>();
  private final boolean wordBoundaries;
  private final List<String> prefixes;

  /** @param wordBoundaries whether a phrase must stand as whole words */
  public PhraseTrie(boolean wordBoundaries) {
    this(wordBoundaries, List.of());
  }

  /**
   * @param wordBoundaries whether a phrase must stand as whole words
   * @param prefixes clitics a language writes joined to the front of a word (Arabic لـ, بـ, وللـ),
   *     which may stand between the word boundary and the phrase
   */
  public PhraseTrie(boolean wordBoundaries, List<String> prefixes) {
    this.wordBoundaries = wordBoundaries;
    this.prefixes = List.copyOf(prefixes);
  }

  /** Adds a phrase; the first value given for a phrase is kept. */
  public void add(String phrase, V value) {
    if (phrase.isEmpty()) {
      return;
    }
    Node<V> node = root;
    for (int i = 0; i < phrase.length(); i++) {
      node = node.next.computeIfAbsent(phrase.charAt(i), c -> new Node<>());
    }
    if (node.value == null) {
      node.value = value;
    }
  }

  /** Every phrase in the text, left to right, the longest where several start at one place. */
  public List<Hit<V>> findAll(CharSequence text) {
    List<Hit<V>> hits = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (wordBoundaries && i > 0 && isWordChar(text.charAt(i - 1))) {
        i++;
        continue;
      }
      int bestEnd = -1;
      V best = null;
      int bestStart = i;
      for (int k = -1; k < prefixes.size(); k++) {
        int from = i;
        if (k >= 0) {
          String prefix = prefixes.get(k);
          if (!text.subSequence(i, Math.min(n, i + prefix.length())).toString().equals(prefix)) {
            continue;
          }
          from = i + prefix.length();
        }
        Node<V> node = root;
        for (int j = from; j < n; j++) {
          node = node.next.get(text.charAt(j));
          if (node == null) {
            break;
          }
          if (node.value != null && j + 1 > bestEnd
              && (!wordBoundaries || j + 1 == n || !isWordChar(text.charAt(j + 1)))) {
            bestEnd = j + 1;
            best = node.value;
            bestStart = from;
          }
        }
      }
      if (best != null) {
        hits.add(new Hit<>(bestStart, bestEnd, best));
        i = bestEnd;
      } else {
        i++;
      }
    }
    return hits;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
