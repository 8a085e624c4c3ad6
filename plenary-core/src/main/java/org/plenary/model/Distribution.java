package org.plenary.model;

/** The distribution printed in the masthead ("Distr.: General"). */
public enum Distribution {
  GENERAL("General"),
  LIMITED("Limited"),
  RESTRICTED("Restricted");

  private final String label;

  Distribution(String label) {
    this.label = label;
  }

  /** The contract's spelling: "General", "Limited", "Restricted". */
  public String label() {
    return label;
  }
}
