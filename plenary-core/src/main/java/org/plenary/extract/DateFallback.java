package org.plenary.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import org.plenary.lang.LanguagePack;
import org.plenary.model.DocumentType;

/**
 * Where the masthead shows no date: a resolution, decision or presidential statement takes its date
 * of adoption, a meeting record the date of its meeting.
 */
final class DateFallback {

  void extract(Context ctx) {
    if (ctx.record.date != null) {
      return;
    }
    DocumentType type = ctx.record.type;
    String key = switch (type) {
      case RESOLUTION, DECISION, PRESIDENTIAL_STATEMENT -> "adopted";
      case MEETING_RECORD -> "meeting.held";
      default -> null;
    };
    if (key == null) {
      return;
    }
    for (LanguagePack pack : ctx.mastheadPacks()) {
      Optional<Matcher> m = pack.find(key, ctx.allText());
      if (m.isPresent()) {
        String date = Found.group(m.get(), "date");
        if (date != null) {
          Optional<java.time.LocalDate> parsed = pack.dates().parse(date);
          if (parsed.isPresent()) {
            ctx.record.date = parsed.get();
            ctx.record.evidence("date", m.get().group());
            return;
          }
        }
      }
    }
  }
}
