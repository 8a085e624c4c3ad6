package org.plenary.model;

import java.util.List;

/** The request to circulate a text as a document of some organs, under some agenda items. */
public record Circulation(List<Organ> organs, List<Integer> agendaItems) {
  public Circulation {
    organs = List.copyOf(organs);
    agendaItems = List.copyOf(agendaItems);
  }
}
