package org.plenary.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.plenary.internal.PhraseTrie;
import org.plenary.internal.Scripts;
import org.plenary.lang.Tsv;
import org.plenary.lang.ar.ArabicNormalizer;
import org.plenary.lang.zh.TraditionalChinese;
import org.plenary.model.Language;

/**
 * The Member States, observer States and former Member States of the United Nations with their
 * names in the six languages (short names, UNTERM short forms, formal names), loaded from
 * {@code member-states.tsv}, and their other names (short and former forms: Swaziland, Burma,
 * Turkey, Zaire) from {@code state-names.tsv}.
 * Finds a State by a name as a document prints it, and every State a text names. Names are compared
 * without case, accents, tatweel or article ("the Bahamas" is "Bahamas").
 */
public final class MemberStates {
  /** What Arabic writes joined before a name: و / ف ("and"), then ل / ب / ك ("of", "in", "as"). */
  private static final List<String> ARABIC_PREFIXES = List.of("\u0648\u0644", "\u0648\u0628", "\u0648\u0643",
      "\u0641\u0644", "\u0641\u0628", "\u0641\u0643", "\u0644", "\u0628", "\u0643");
  private static final String ARABIC_ARTICLE = "\u0627\u0644";
  /** The article a name may open with, left out of its lookup key ("the Bahamas" is "Bahamas"). */
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|le|la|les|l'|el|los|las)\\s*");
  private static final ArabicNormalizer ARABIC = new ArabicNormalizer();
  private static final TraditionalChinese CHINESE = new TraditionalChinese();
  private static final MemberStates INSTANCE = new MemberStates();

  private final List<State> states = new ArrayList<>();
  private final Map<Language, Map<String, State>> byName = new EnumMap<>(Language.class);
  /** Each language's trie of names, built when a text of that language is first searched. */
  private final Map<Language, PhraseTrie<State>> anyName = new ConcurrentHashMap<>();
  private final Map<Language, Map<String, State>> byMatchKey = new EnumMap<>(Language.class);

  public static MemberStates get() {
    return INSTANCE;
  }

  private MemberStates() {
    Map<String, Integer> column = new HashMap<>();
    List<Tsv.Row> rows = Tsv.read(MemberStates.class, "member-states.tsv", "iso3");
    String[] header = {"iso3", "en", "fr", "es", "ru", "zh", "ar", "status", "m49", "en_unterm_short",
        "fr_unterm_short", "es_unterm_short", "en_formal", "fr_formal", "es_formal", "ru_formal",
        "zh_formal", "ar_formal", "en_running"};
    for (int i = 0; i < header.length; i++) {
      column.put(header[i], i);
    }
    for (Language language : Language.values()) {
      byName.put(language, new HashMap<>());
      byMatchKey.put(language, new HashMap<>());
    }
    for (Tsv.Row row : rows) {
      Map<Language, String> names = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        names.put(language, row.get(column.get(language.code())).strip());
      }
      State state = new State(row.get(0).strip(), names, row.get(column.get("status")).contains("observer"));
      states.add(state);
      for (Language language : Language.values()) {
        String code = language.code();
        addName(language, names.get(language), state);
        addName(language, row.get(column.get(code + "_formal")), state);
        if (column.containsKey(code + "_unterm_short")) {
          addName(language, row.get(column.get(code + "_unterm_short")).replaceAll("\\s*\\([^)]*\\)\\s*$", ""), state);
        }
      }
      addName(Language.EN, row.get(column.get("en_running")), state);
    }
    Map<String, State> byCode = new HashMap<>();
    states.forEach(s -> byCode.put(s.iso3(), s));
    for (Tsv.Row row : Tsv.read(MemberStates.class, "state-names.tsv", "iso3", "language", "name")) {
      State state = byCode.get(row.get(0));
      Language language = Language.find(row.get(1)).orElse(null);
      if (state == null || language == null) {
        throw new IllegalStateException("state-names.tsv:" + row.line() + ": unknown State or language " + row.get(0)
            + " " + row.get(1));
      }
      addName(language, row.get(2), state);
    }
  }

  private void addName(Language language, String name, State state) {
    if (name == null || name.isBlank()) {
      return;
    }
    String folded = fold(name, language);
    byName.get(language).putIfAbsent(withoutArticle(folded), state);
    byMatchKey.get(language).putIfAbsent(folded, state);
    if (language == Language.AR && folded.startsWith(ARABIC_ARTICLE)) {
      // after the clitic لـ the article's alef is not written: ل + الكويت = للكويت
      byMatchKey.get(language).putIfAbsent("\u0644" + folded.substring(ARABIC_ARTICLE.length()), state);
    }
  }

  public List<State> all() {
    return List.copyOf(states);
  }

  public Optional<State> byCode(String iso3) {
    return states.stream().filter(s -> s.iso3().equals(iso3)).findFirst();
  }

  /** The State a name denotes in a language, or in any language when not found in that one. */
  public Optional<State> find(String name, Language language) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    State state = byName.get(language).get(key(name, language));
    if (state == null) {
      for (Language other : Language.values()) {
        state = byName.get(other).get(key(name, other));
        if (state != null) {
          break;
        }
      }
    }
    return Optional.ofNullable(state);
  }

  /** A State named somewhere inside a phrase ("the Republic of Armenia", "亚美尼亚共和国"). */
  public Optional<State> findIn(String phrase, Language language) {
    Optional<State> exact = find(phrase, language);
    if (exact.isPresent()) {
      return exact;
    }
    List<PhraseTrie.Hit<State>> hits = names(language).findAll(fold(phrase, language));
    return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0).value());
  }

  /** How often each State is named in a text, by ISO code, in order of first mention. */
  public Map<String, Integer> count(String text, Language language) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (PhraseTrie.Hit<State> hit : names(language).findAll(fold(text, language))) {
      counts.merge(hit.value().iso3(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * A trie of the language's names: a thousand names found in one pass over a text. Chinese writes
   * no spaces between words, so names match anywhere there; elsewhere as whole words, and in
   * Arabic after the prepositions and "and" it writes joined to the name (لأوكرانيا، وللكويت).
   */
  private PhraseTrie<State> names(Language language) {
    return anyName.computeIfAbsent(language, this::namesTrie);
  }

  private PhraseTrie<State> namesTrie(Language language) {
    boolean cjk = Scripts.mostlyCjk(String.join("", byMatchKey.get(language).keySet()));
    List<String> prefixes = language == Language.AR ? ARABIC_PREFIXES : List.of();
    PhraseTrie<State> trie = new PhraseTrie<>(!cjk, prefixes);
    byMatchKey.get(language).forEach((name, state) -> {
      if (name.length() >= 2) {
        trie.add(name, state);
      }
    });
    return trie;
  }

  /** Lookup key of a whole name: folded, without a leading article. */
  static String key(String name, Language language) {
    return withoutArticle(fold(name, language));
  }

  private static String withoutArticle(String folded) {
    return LEADING_ARTICLE.matcher(folded).replaceFirst("");
  }

  /**
   * Folds a name or text of one language for matching: Arabic script normalised (tatweel, alef
   * forms, marks), Russian capitalised words cut to their stems so that inflected names match
   * ("Армении", "Исламской Республики Иран"), Chinese traditional characters simplified (亞美尼亞 is
   * 亚美尼亚), then {@link #fold(String)}.
   */
  static String fold(String s, Language language) {
    return switch (language) {
      case AR -> fold(ARABIC.fold(s));
      case RU -> fold(RussianStems.of(s));
      case ZH -> fold(CHINESE.fold(s));
      default -> fold(s);
    };
  }

  /**
   * Folds a name or text for matching while keeping offsets of letters comparable: lower case,
   * typographic apostrophe as ASCII, tatweel dropped.
   */
  static String fold(String s) {
    String n = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '\u0640') {
        continue; // tatweel stretches Arabic words; it is no letter
      }
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
    }
    return out.toString();
  }
}
