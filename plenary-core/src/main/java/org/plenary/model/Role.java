package org.plenary.model;

/**
 * What a segment of a document's first page is, in the layout the UN prints: the masthead's parts
 * (organ names, symbol, distribution, date, original language, session, Security Council year),
 * the agenda line and the agenda item titles under it, the sponsor line of a draft, the title and
 * its subtitle, and the lines a web page adds around the document.
 */
public enum Role {
  /** "United Nations" at the head of the masthead. */
  UN,
  /** An organ's name in the masthead: "General Assembly", "Security Council". */
  ORGAN,
  /** The name of the subsidiary body in whose name the document is issued: "Working Group on ...". */
  BODY,
  /** A document symbol: "A/75/357". */
  SYMBOL,
  /** "Distr.: General". */
  DISTRIBUTION,
  /** The issue date. */
  DATE,
  /** The language of this version, printed alone ("English"). */
  LANGUAGE,
  /** "Original: English". */
  ORIGINAL_LANGUAGE,
  /** "Seventy-fifth session". */
  SESSION,
  /** "Seventy-fifth year". */
  SC_YEAR,
  /** "Official Records", "Supplement No. 15": an Official Records cover's lines. */
  RECORDS,
  /** The place and year an Official Records cover prints under its masthead: "New York, 1980". */
  IMPRINT,
  /** The job number: "20-12655 (E)". */
  JOB_NUMBER,
  /** "Agenda items 34, 71 and 135". */
  AGENDA_LINE,
  /** The title of an agenda item, printed under the agenda line. */
  AGENDA_TITLE,
  /** A meeting record's meeting line and the lines with its date and place: "82nd plenary meeting". */
  MEETING,
  /** Who submits a draft: "Azerbaijan and Viet Nam: draft resolution", "Draft decision submitted by ...". */
  SPONSOR,
  /** A line that says what the document is without being its title: "Resolution adopted by the General Assembly". */
  KIND,
  /** The document's title. */
  TITLE,
  /** The line under the title that names its author or part: "Report of the Secretary-General", "Addendum". */
  SUBTITLE,
  /** A footnote of the first page ("* A/75/150."). */
  FOOTNOTE,
  /** What a web page prints around the document: its own heading, navigation, a site's summary. */
  PAGE,
  /** A line of the first page that plays none of these parts ("New York, 6-8 August 2025"). */
  OTHER
}
