package org.plenary.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.plenary.model.Span;

/**
 * Collects the warnings of one document as it flows through the stages. Not thread-safe: one
 * instance per document. Nothing is dropped silently: past {@link #LIMIT} warnings, the rest are
 * counted and the count is reported as one last warning.
 */
public final class Diagnostics {
  static final int LIMIT = 100;

  private final List<Warning> warnings = new ArrayList<>();
  private int dropped;

  public void warn(WarningCode code, String message) {
    warn(code, message, null);
  }

  /** A warning about the place {@code span} of the repaired text (null for none). */
  public void warn(WarningCode code, String message, Span span) {
    if (warnings.size() < LIMIT) {
      warnings.add(new Warning(code, message, span));
    } else {
      dropped++;
    }
  }

  /** The warnings in the order they were raised, with a last one counting any dropped past the limit. */
  public List<Warning> warnings() {
    if (dropped == 0) {
      return List.copyOf(warnings);
    }
    List<Warning> all = new ArrayList<>(warnings);
    all.add(new Warning(WarningCode.WARNINGS_DROPPED, dropped + " more warnings were not kept", null));
    return all;
  }

  public boolean hasCode(WarningCode code) {
    return warnings.stream().anyMatch(w -> w.code() == code);
  }
}
