package org.plenary.pipeline;

import org.plenary.model.Span;

/**
 * A problem found inside a readable document: a stable code, a message in plain words and, where
 * it has one, the place in the repaired text.
 */
public record Warning(String code, String message, Span span) {
  @Override
  public String toString() {
    return message;
  }
}
