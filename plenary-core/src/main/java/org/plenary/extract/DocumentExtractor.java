package org.plenary.extract;

import org.plenary.lang.LanguagePack;
import org.plenary.model.Document;
import org.plenary.model.DocumentTree;
import org.plenary.pipeline.Diagnostics;

/** Reads the metadata record out of a document tree. Stateless and thread-safe. */
public interface DocumentExtractor {
  Document extract(DocumentTree tree, LanguagePack pack, Diagnostics diagnostics);
}
