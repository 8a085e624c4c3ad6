package org.plenary.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An annex or enclosure.
 *
 * @param label as printed: "Annex I", "附件一", "Enclosure"
 * @param number the annex number, or null when it has none
 */
public record Annex(String label, Integer number, String title, LocalDate date, List<Block> body) {
  public Annex {
    body = List.copyOf(body);
  }
}
