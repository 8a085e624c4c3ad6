package org.plenary.reference;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.internal.PhraseTrie;
import org.plenary.internal.Scripts;
import org.plenary.lang.Tsv;
import org.plenary.model.Language;

/**
 * International organizations with their names and acronyms in the six languages, loaded from
 * {@code organizations.tsv}, to count how often a text names each.
 */
public final class Organizations {
  private static final Language[] COLUMNS = {Language.EN, Language.FR, Language.ES, Language.RU, Language.ZH, Language.AR};
  private static final Organizations INSTANCE = new Organizations();

  private final Map<Language, Map<String, String>> codeByName = new EnumMap<>(Language.class);
  private final Map<Language, PhraseTrie<String>> anyName = new EnumMap<>(Language.class);

  public static Organizations get() {
    return INSTANCE;
  }

  private Organizations() {
    List<Tsv.Row> rows = Tsv.read(Organizations.class, "organizations.tsv", "code", "en");
    for (Language language : Language.values()) {
      codeByName.put(language, new HashMap<>());
    }
    for (Tsv.Row row : rows) {
      String code = row.get(0).strip();
      for (int i = 0; i < COLUMNS.length; i++) {
        for (String name : row.get(i + 1).split("\\|")) {
          if (!name.isBlank()) {
            codeByName.get(COLUMNS[i]).putIfAbsent(MemberStates.fold(name), code);
          }
        }
      }
    }
    for (Language language : Language.values()) {
      // Chinese writes no spaces between words, so names match anywhere; elsewhere as whole words
      PhraseTrie<String> trie = new PhraseTrie<>(!Scripts.mostlyCjk(String.join("", codeByName.get(language).keySet())));
      codeByName.get(language).forEach(trie::add);
      anyName.put(language, trie);
    }
  }

  /** How often each organization is named in a text, by code, in order of first mention. */
  public Map<String, Integer> count(String text, Language language) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (PhraseTrie.Hit<String> hit : anyName.get(language).findAll(MemberStates.fold(text))) {
      counts.merge(hit.value(), 1, Integer::sum);
    }
    return counts;
  }
}
