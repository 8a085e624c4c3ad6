package org.plenary.app;

import java.util.Map;
import java.util.TreeMap;
import org.plenary.Outcome;

/** Counts a batch's outcomes: parsed, failed, and failures by category of reason. */
final class BatchSummary {
  private int parsed;
  private int failed;
  private final Map<String, Integer> byReason = new TreeMap<>();
  private int hidden;

  /** How many hidden files and folders the folder walks left out. */
  synchronized void hidden(int count) {
    hidden = count;
  }

  /** The words that report hidden files left out, or nothing when there were none. */
  static String hiddenLeftOut(int count) {
    return count == 0 ? "" : "; " + count + " hidden file" + (count == 1 ? " or folder" : "s or folders")
        + " left out (names that start with a dot)";
  }

  synchronized void add(Outcome outcome) {
    if (outcome instanceof Outcome.Failed f) {
      failed++;
      byReason.merge(f.error().category(), 1, Integer::sum);
    } else {
      parsed++;
    }
  }

  synchronized int total() {
    return parsed + failed;
  }

  synchronized int failed() {
    return failed;
  }

  @Override
  public synchronized String toString() {
    StringBuilder s = new StringBuilder("plenary: " + parsed + " parsed, " + failed + " failed");
    if (!byReason.isEmpty()) {
      s.append(" (");
      byReason.forEach((reason, count) -> s.append(s.charAt(s.length() - 1) == '(' ? "" : ", ")
          .append(reason).append(": ").append(count));
      s.append(')');
    }
    return s.append(hiddenLeftOut(hidden)).toString();
  }
}
