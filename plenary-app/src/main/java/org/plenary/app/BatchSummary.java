package org.plenary.app;

import java.util.Map;
import java.util.TreeMap;
import org.plenary.Outcome;

/** Counts a batch's outcomes: parsed, failed, and failures by category of reason. */
final class BatchSummary {
  private int parsed;
  private int failed;
  private final Map<String, Integer> byReason = new TreeMap<>();

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
    return s.toString();
  }
}
