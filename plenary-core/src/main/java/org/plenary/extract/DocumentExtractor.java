package org.plenary.extract;

import org.plenary.lang.LanguagePack;
import org.plenary.model.Document;
import org.plenary.model.DocumentTree;
import org.plenary.pipeline.Diagnostics;

/** Reads the metadata record out of a document tree. Stateless and thread-safe. */
public interface DocumentExtractor {
  /** The record with the spans its evidence was read from. */
  Extraction read(DocumentTree tree, LanguagePack pack, Diagnostics diagnostics);

  default Document extract(DocumentTree tree, LanguagePack pack, Diagnostics diagnostics) {
    return read(tree, pack, diagnostics).record();
  }
}
