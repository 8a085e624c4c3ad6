package org.plenary.pipeline;

import java.util.Optional;
import org.plenary.model.Span;

/**
 * A problem found inside a readable document: its code, a message in plain words and, where it has
 * one, the span of the repaired text it concerns (null when it concerns no one place: the language
 * of the whole text, a file's metadata).
 */
public record Warning(WarningCode code, String message, Span span) {
  public Warning {
    if (code == null || message == null) {
      throw new IllegalArgumentException("a warning needs a code and a message");
    }
  }

  /** The span the warning concerns, when it concerns one place. */
  public Optional<Span> where() {
    return Optional.ofNullable(span);
  }

  @Override
  public String toString() {
    return message;
  }
}
