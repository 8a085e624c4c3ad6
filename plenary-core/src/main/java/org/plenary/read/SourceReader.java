package org.plenary.read;

import org.plenary.PlenaryException;
import org.plenary.model.Pages;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;

/** Reads the bytes of one source of a known format into pages of lines. Stateless and thread-safe. */
public interface SourceReader {
  Pages read(Source source, Diagnostics diagnostics) throws PlenaryException;
}
