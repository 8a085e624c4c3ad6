package org.plenary.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.read.Cancellation;

/** Small search helpers over patterns that may be missing from a pack. */
final class Found {
  private Found() {}

  static Optional<Matcher> first(Optional<Pattern> pattern, CharSequence text) {
    if (pattern.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = pattern.get().matcher(Cancellation.watched(text));
    return m.find() ? Optional.of(m) : Optional.empty();
  }

  static boolean matches(Optional<Pattern> pattern, CharSequence text) {
    return pattern.isPresent() && pattern.get().matcher(Cancellation.watched(text)).find();
  }

  /** Whether the pattern, where the pack has it, matches the whole text. */
  static boolean matchesWhole(Optional<Pattern> pattern, CharSequence text) {
    return pattern.isPresent() && pattern.get().matcher(Cancellation.watched(text)).matches();
  }

  /** A named group's value, or null when the pattern has no such group or it did not match. */
  static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A named group's start, or the match's start when the pattern has no such group. */
  static int groupStart(Matcher m, String name) {
    try {
      int start = m.start(name);
      return start < 0 ? m.start() : start;
    } catch (IllegalArgumentException e) {
      return m.start();
    }
  }
}
