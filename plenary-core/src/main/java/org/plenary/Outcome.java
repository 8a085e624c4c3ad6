package org.plenary;

import org.plenary.model.Document;

/** What became of one input of a batch: parsed, or failed with the reason. */
public sealed interface Outcome permits Outcome.Parsed, Outcome.Failed {

  /** The file or label of the input. */
  String name();

  /** The input was parsed into a record. */
  record Parsed(String name, Document document) implements Outcome {}

  /** The input could not be read; the error names the reason. */
  record Failed(String name, PlenaryException error) implements Outcome {}
}
