package org.plenary.align.anchor;

/**
 * What an anchor is, and how much its presence on both sides of a bead tells: a paragraph's
 * label says most, a State or a number much, a punctuation mark little (translations move them).
 */
public enum AnchorKind {
  LABEL(2.0),
  NUMBER(1.0),
  STATE(1.5),
  ACRONYM(1.0),
  PUNCTUATION(0.25);

  static final AnchorKind[] BY_ORDINAL = new AnchorKind[8];

  static {
    for (AnchorKind kind : values()) {
      BY_ORDINAL[kind.ordinal()] = kind;
    }
    for (int i = values().length; i < 8; i++) {
      BY_ORDINAL[i] = PUNCTUATION;
    }
  }

  final double weight;

  AnchorKind(double weight) {
    this.weight = weight;
  }
}
