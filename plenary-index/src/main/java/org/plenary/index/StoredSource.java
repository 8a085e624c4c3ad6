package org.plenary.index;

/**
 * A source file as the index keeps it beside its record.
 *
 * @param name the file name it was indexed under
 * @param bytes its content, as read
 */
public record StoredSource(String name, byte[] bytes) {}
