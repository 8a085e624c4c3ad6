package org.plenary.model;

/** How often the text names an entity, by its code (ISO alpha-3 for States, an acronym for organizations). */
public record Mention(String code, int count) {}
