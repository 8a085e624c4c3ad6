package org.plenary.pipeline;

/**
 * What a {@link Warning} is about: one stable code per kind of problem, so that a caller can act on
 * a kind without reading messages. The JSON record keeps only the messages (the contract's
 * {@code warnings} are strings); {@link #id()} is the code's stable spelling.
 */
public enum WarningCode {
  /** The text had byte sequences that are not UTF-8; they were replaced. */
  DAMAGED_UTF_8("damaged-utf-8"),
  /** The text reads as none of the six UN languages; it is read as English. */
  UNKNOWN_LANGUAGE("unknown-language"),
  /** The text mixes two of the six languages. */
  MIXED_LANGUAGES("mixed-languages"),
  /** The text has no letters. */
  NO_LETTERS("no-letters"),
  /** The masthead's session disagrees with the symbol's. */
  SESSION_MISMATCH("session-mismatch"),
  /** A scanned page could not be read by OCR. */
  OCR_FAILED("ocr-failed"),
  /** OCR read a page with low confidence. */
  OCR_LOW_CONFIDENCE("ocr-low-confidence"),
  /** Scanned pages were left unread: no OCR engine is available. */
  OCR_UNAVAILABLE("ocr-unavailable"),
  /** An Akoma Ntoso file's FRBR expression names no language of the six. */
  AKN_NO_LANGUAGE("akn-no-language"),
  /** An Akoma Ntoso file declares one language and its text reads as another. */
  AKN_LANGUAGE_DISAGREES("akn-language-disagrees"),
  /** An Akoma Ntoso cover page marks an empty symbol. */
  AKN_EMPTY_SYMBOL("akn-empty-symbol"),
  /** An Akoma Ntoso date attribute is no ISO date. */
  AKN_BAD_DATE("akn-bad-date"),
  /** An Akoma Ntoso date attribute disagrees with the date printed in its element. */
  AKN_DATE_DISAGREES("akn-date-disagrees"),
  /** An Akoma Ntoso session has neither a value nor a printed number. */
  AKN_BAD_SESSION("akn-bad-session"),
  /** An Akoma Ntoso FRBR work's actor is not an organ the cover page names. */
  AKN_ORGAN_DISAGREES("akn-organ-disagrees"),
  /** An Akoma Ntoso FRBR work number does not end the printed symbol. */
  AKN_SYMBOL_DISAGREES("akn-symbol-disagrees"),
  /** What an Akoma Ntoso file's markup states disagrees with the reading of its text. */
  AKN_MARKUP_DISAGREES("akn-markup-disagrees"),
  /** More warnings were raised than are kept; the last warning counts them. */
  WARNINGS_DROPPED("warnings-dropped");

  private final String id;

  WarningCode(String id) {
    this.id = id;
  }

  /** The code's stable spelling: "session-mismatch". */
  public String id() {
    return id;
  }
}
