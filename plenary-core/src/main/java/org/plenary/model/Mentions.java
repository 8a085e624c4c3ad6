package org.plenary.model;

import java.util.List;

/** The States and organizations a text names, each with a count. */
public record Mentions(List<Mention> states, List<Mention> organizations) {
  public static final Mentions NONE = new Mentions(List.of(), List.of());

  public Mentions {
    states = List.copyOf(states);
    organizations = List.copyOf(organizations);
  }
}
