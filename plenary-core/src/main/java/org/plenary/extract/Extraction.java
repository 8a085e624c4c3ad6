package org.plenary.extract;

import java.util.Map;
import org.plenary.model.Document;
import org.plenary.model.Span;

/**
 * A record as the extractors read it, with the span of the repaired text each field's evidence
 * was read from: the places that a warning about a field (a check against markup) points to. The
 * record keeps only the evidence's text, as the contract has it.
 */
public record Extraction(Document record, Map<String, Span> evidenceSpans) {
  public Extraction {
    evidenceSpans = Map.copyOf(evidenceSpans);
  }
}
