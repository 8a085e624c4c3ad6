package org.plenary.extract;

import org.plenary.model.Span;

/**
 * A field's value as an extractor read it, with the span of the repaired text it was read from:
 * the evidence that the record keeps for the field.
 */
record Reading<T>(T value, Span span) {
  static <T> Reading<T> of(T value, Span span) {
    return new Reading<>(value, span);
  }
}
