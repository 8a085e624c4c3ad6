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
  XML;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
