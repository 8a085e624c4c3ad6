package org.plenary.structure;

import org.plenary.lang.LanguagePack;
import org.plenary.model.DocumentTree;
import org.plenary.model.RepairedText;
import org.plenary.pipeline.Diagnostics;

/** Finds the parts of a document in its repaired text. Stateless and thread-safe. */
public interface StructureFinder {
  DocumentTree find(RepairedText text, LanguagePack pack, Diagnostics diagnostics);
}
