package org.plenary.model;

/**
 * Where a document came from.
 *
 * @param pages the page count where the format has pages, else null
 */
public record SourceInfo(String path, String sha256, SourceFormat format, Integer pages) {}
