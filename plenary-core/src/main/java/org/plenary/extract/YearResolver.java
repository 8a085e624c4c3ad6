package org.plenary.extract;

import java.time.LocalDate;

/**
 * The calendar year a document belongs to: from its date, else its letter date, else the Security
 * Council year (1945 + ordinal), else the year a cover prints with its place ("New York, 1980").
 * A General Assembly session spans two calendar years, so it gives none.
 */
public final class YearResolver {
  private static final int FOUNDING = 1945;

  public Integer read(LocalDate date, LocalDate letterDate, Integer securityCouncilYear, Integer imprintYear) {
    if (date != null) {
      return date.getYear();
    } else if (letterDate != null) {
      return letterDate.getYear();
    } else if (securityCouncilYear != null) {
      return FOUNDING + securityCouncilYear;
    }
    return imprintYear;
  }
}
