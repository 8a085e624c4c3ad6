package org.plenary.model;

import java.util.Locale;

/** What kind of document a text is; {@link #id()} is the JSON contract's spelling. */
public enum DocumentType {
  LETTER,
  NOTE_VERBALE,
  NOTE,
  REPORT,
  RESOLUTION,
  DRAFT_RESOLUTION,
  DECISION,
  DRAFT_DECISION,
  PRESIDENTIAL_STATEMENT,
  AGENDA,
  PROGRAMME_OF_WORK,
  MEETING_RECORD,
  SUMMARY_STATEMENT,
  STATEMENT,
  OTHER;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static DocumentType fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
