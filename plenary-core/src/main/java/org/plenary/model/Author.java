package org.plenary.model;

/**
 * Who wrote a letter or note.
 *
 * @param state ISO 3166-1 alpha-3 code of the State, or null when the author is no State
 * @param name the author as printed ("Armenia", "亚美尼亚")
 * @param role permanent-representative, charge-d-affaires, permanent-mission, ... or null
 */
public record Author(String state, String name, String role) {}
