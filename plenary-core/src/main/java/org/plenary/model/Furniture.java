package org.plenary.model;

/**
 * Page furniture that layout repair removed from the running text: a running header, a page
 * number, the job number line, the barcode. Kept so that nothing is lost silently and so that the
 * job number can still be read.
 */
public record Furniture(Kind kind, String text, int page) {

  /** What the removed line was. */
  public enum Kind {
    RUNNING_HEADER,
    PAGE_NUMBER,
    JOB_NUMBER,
    BARCODE,
    RECYCLE_NOTICE,
    SITE_CHROME
  }
}
