package org.plenary.model;

import java.util.List;

/** A person who signed, with the titles printed beside the name. */
public record Signatory(String name, List<String> titles) {
  public Signatory {
    titles = List.copyOf(titles);
  }
}
