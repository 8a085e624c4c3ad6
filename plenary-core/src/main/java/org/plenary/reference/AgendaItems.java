package org.plenary.reference;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.lang.Tsv;
import org.plenary.model.Language;

/**
 * General Assembly agenda items by session, with their titles in the six languages, loaded from
 * {@code agenda-items-<session>.tsv}. Partial: the sessions and items the reference data covers.
 */
public final class AgendaItems {
  private static final int FIRST_SESSION = 75;
  private static final int LAST_SESSION = 80;
  private static final Pattern NUMBER = Pattern.compile("^(\\d+)\\s*(\\([a-z]\\))?$");
  private static final AgendaItems INSTANCE = new AgendaItems();

  /** One agenda item of one session. */
  public record Entry(int session, int number, String subItem, Map<Language, String> titles) {
    public Optional<String> title(Language language) {
      String title = titles.get(language);
      return title == null || title.isBlank() ? Optional.empty() : Optional.of(title);
    }
  }

  private final Map<String, Entry> entries = new HashMap<>();

  public static AgendaItems get() {
    return INSTANCE;
  }

  private AgendaItems() {
    Language[] columns = {Language.EN, Language.FR, Language.ES, Language.RU, Language.ZH, Language.AR};
    for (int session = FIRST_SESSION; session <= LAST_SESSION; session++) {
      for (Tsv.Row row : Tsv.read(AgendaItems.class, "agenda-items-" + session + ".tsv", "number", "title")) {
        Matcher m = NUMBER.matcher(row.get(0).strip());
        if (!m.matches()) {
          continue;
        }
        Map<Language, String> titles = new EnumMap<>(Language.class);
        for (int i = 0; i < columns.length; i++) {
          titles.put(columns[i], row.get(i + 1).strip());
        }
        Entry entry = new Entry(session, Integer.parseInt(m.group(1)), m.group(2), titles);
        entries.putIfAbsent(key(session, entry.number(), entry.subItem()), entry);
      }
    }
  }

  /** The item of a session by number and sub-item ("(a)" or null). */
  public Optional<Entry> find(int session, int number, String subItem) {
    return Optional.ofNullable(entries.get(key(session, number, subItem)));
  }

  private static String key(int session, int number, String subItem) {
    return session + ":" + number + (subItem == null ? "" : subItem);
  }
}
