package org.plenary.reference;

import java.util.Map;
import org.plenary.model.Language;

/** A Member or observer State: its ISO 3166-1 alpha-3 code and its short names in the six languages. */
public record State(String iso3, Map<Language, String> names, boolean observer) {
  public State {
    names = Map.copyOf(names);
  }

  public String name(Language language) {
    return names.get(language);
  }
}
