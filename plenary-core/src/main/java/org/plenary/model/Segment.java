package org.plenary.model;

/**
 * A piece of a document's first page with the role it plays there: a whole block, or the part of
 * one that a web page ran together with its neighbours.
 *
 * @param role what the piece is
 * @param text the piece as it stands in the repaired text
 * @param span where it lies in the repaired text
 */
public record Segment(Role role, String text, Span span) {
  public Segment withRole(Role newRole) {
    return new Segment(newRole, text, span);
  }
}
