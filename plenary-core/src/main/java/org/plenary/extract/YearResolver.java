package org.plenary.extract;

import org.plenary.model.Organ;

/**
 * The calendar year a document belongs to: from its date, else its letter date, else the Security
 * Council year (1945 + ordinal), else the General Assembly session (it opens in 1945 + session).
 */
final class YearResolver {
  private static final int FOUNDING = 1945;

  void extract(Context ctx) {
    var r = ctx.record;
    if (r.date != null) {
      r.year = r.date.getYear();
    } else if (r.letterDate != null) {
      r.year = r.letterDate.getYear();
    } else if (r.securityCouncilYear != null) {
      r.year = FOUNDING + r.securityCouncilYear;
    } else if (r.session != null && r.organs.contains(Organ.GA) && !r.organs.contains(Organ.HRC)) {
      r.year = FOUNDING + r.session;
    }
  }
}
