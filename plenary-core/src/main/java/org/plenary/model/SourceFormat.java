package org.plenary.model;

import java.util.Locale;

/** The format a source was read from, as the JSON contract names it. */
public enum SourceFormat {
  TEXT,
  PDF,
  DOCX,
  DOC,
  HTML,
  /** XML (Akoma Ntoso and the like); not a format the JSON contract names yet. */
  XML,
  /**
   * A page image (PNG, JPEG, TIFF), read by OCR; not a format the JSON contract names: its
   * record says {@code pdf}, the scanned document it stands for, with {@code ocr} set.
   */
  IMAGE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
