package org.plenary.model;

/**
 * Where a document came from.
 *
 * @param pages the page count where the format has pages, else null
 * @param ocr whether some of its pages were read by OCR (a scan)
 */
public record SourceInfo(String path, String sha256, SourceFormat format, Integer pages, boolean ocr) {
  /** A source read from its text, not by OCR. */
  public SourceInfo(String path, String sha256, SourceFormat format, Integer pages) {
    this(path, sha256, format, pages, false);
  }
}
