package org.plenary.model;

/** The principal organs of the United Nations as the JSON contract codes them. */
public enum Organ {
  GA,
  SC,
  ECOSOC,
  HRC,
  TC,
  ICJ,
  SECRETARIAT,
  OTHER
}
