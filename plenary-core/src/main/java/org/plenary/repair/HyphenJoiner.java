package org.plenary.repair;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.read.Cancellation;

/**
 * Joins two lines of one block, undoing end-of-line hyphenation where the document says so. A
 * word cut by a hyphen before a lower-case continuation ("Ас-" / "самблеи") loses the hyphen,
 * unless the document also prints the word with a hyphen inside a line ("self-determination");
 * before a capital or a digit the hyphen stays ("Secretary-" / "General").
 */
final class HyphenJoiner {
  private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)-$");
  private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{L}+)");

  private final String document;

  HyphenJoiner(String document) {
    this.document = document;
  }

  /** Appends {@code next} to {@code block}, with a space, nothing, or by removing a hyphen. */
  void join(StringBuilder block, String next, CharJoin joins) {
    if (block.length() == 0) {
      block.append(next);
      return;
    }
    char last = block.charAt(block.length() - 1);
    char first = next.isEmpty() ? ' ' : next.charAt(0);
    if (last == '-' && block.length() > 1 && Character.isLetter(block.charAt(block.length() - 2))
        && Character.isLowerCase(first)) {
      Matcher head = LAST_WORD.matcher(Cancellation.watched(block));
      Matcher tail = FIRST_WORD.matcher(Cancellation.watched(next));
      if (head.find() && tail.find() && document.contains(head.group(1) + "-" + tail.group(1))) {
        block.append(next);
      } else {
        block.setLength(block.length() - 1);
        block.append(next);
      }
      return;
    }
    if (last == '-' && block.length() > 1 && Character.isLetter(block.charAt(block.length() - 2))
        && Character.isUpperCase(first)) {
      block.append(next);
      return;
    }
    if (joins.withoutSpace(last, first)) {
      block.append(next);
    } else {
      block.append(' ').append(next);
    }
  }

  /** Whether two characters on either side of a line break join without a space. */
  interface CharJoin {
    boolean withoutSpace(char last, char first);
  }
}
