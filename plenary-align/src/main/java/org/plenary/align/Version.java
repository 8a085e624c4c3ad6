package org.plenary.align;

import java.util.List;
import org.plenary.model.Language;

/** One language version of a document, as the segments (paragraphs or sentences) to align. */
public record Version(Language language, List<String> segments) {
  public Version {
    segments = List.copyOf(segments);
  }
}
