package org.plenary.extract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import org.plenary.lang.LanguagePack;
import org.plenary.model.DocumentType;
import org.plenary.model.Role;
import org.plenary.model.Segment;
import org.plenary.model.Span;

/**
 * The date of a document whose masthead shows none: a resolution, decision or presidential
 * statement takes its date of adoption, a meeting record the date of its meeting (its meeting
 * line's date or the date line under it, or the "held on" line).
 */
final class DateFallback {

  Reading<LocalDate> read(Context ctx, DocumentType type) {
    if (type == DocumentType.MEETING_RECORD) {
      // the meeting line's date, or the date printed on a line of its own under it ("Tuesday, 3 October 2030, 10 a.m.")
      boolean afterMeeting = false;
      for (Segment segment : ctx.tree.front()) {
        afterMeeting |= segment.role() == Role.MEETING;
        if (!afterMeeting) {
          continue;
        }
        for (LanguagePack pack : ctx.mastheadPacks()) {
          var found = pack.dates().first(segment.text());
          if (found.isPresent()) {
            return Reading.of(found.get().date(), Context.within(segment, found.get().start(), found.get().end()));
          }
        }
      }
    }
    String key = switch (type) {
      case RESOLUTION, DECISION, PRESIDENTIAL_STATEMENT -> "adopted";
      case MEETING_RECORD -> "meeting.held";
      default -> null;
    };
    if (key == null) {
      return null;
    }
    for (LanguagePack pack : ctx.mastheadPacks()) {
      Optional<Matcher> m = pack.find(key, ctx.allText());
      if (m.isPresent()) {
        String date = Found.group(m.get(), "date");
        Optional<LocalDate> parsed = date == null ? Optional.empty() : pack.dates().parse(date);
        if (parsed.isPresent()) {
          return Reading.of(parsed.get(), new Span(m.get().start(), m.get().end()));
        }
      }
    }
    return null;
  }
}
