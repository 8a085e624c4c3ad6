package org.plenary.index.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.plenary.index.Analysis;
import org.plenary.lang.Tsv;
import org.plenary.model.Language;
import org.plenary.reference.MemberStates;
import org.plenary.reference.State;

/**
 * Finds the State a name denotes, in any of the six languages: the UN's names (short, UNTERM and
 * formal, from {@link MemberStates}), the short names without their parenthesis ("Iran", "Иран"),
 * and the other names of plenary-core's {@code reference/state-names.tsv} (Syria, Turkey, 伊朗, "United Kingdom"). Names are
 * compared as each language's analysis chain reads them, so case, accents, Arabic letter forms and
 * Russian endings ("Ирана") do not matter. A name two States could bear is no name of either.
 * Thread-safe.
 */
public final class StateNames {
  private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
  private static volatile StateNames instance;

  private final MemberStates states = MemberStates.get();
  private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);
  private final Map<Language, Map<String, String>> byKey = new EnumMap<>(Language.class);

  /** The names of every State, loaded once. */
  public static StateNames get() {
    StateNames names = instance;
    if (names == null) {
      synchronized (StateNames.class) {
        if (instance == null) {
          instance = new StateNames();
        }
        names = instance;
      }
    }
    return names;
  }

  private StateNames() {
    Map<Language, Set<String>> ambiguous = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      analyzers.put(language, Analysis.chain(language).analyzer());
      byKey.put(language, new HashMap<>());
      ambiguous.put(language, new HashSet<>());
    }
    for (State state : states.all()) {
      state.names().forEach((language, name) -> {
        add(language, name, state.iso3(), ambiguous);
        add(language, PARENTHESIS.matcher(name).replaceFirst(""), state.iso3(), ambiguous);
      });
    }
    for (Tsv.Row row : Tsv.read(MemberStates.class, "state-names.tsv", "iso3", "language", "name")) {
      Language language = Language.find(row.get(1)).orElseThrow(() ->
          new IllegalStateException("state-names.tsv:" + row.line() + ": unknown language " + row.get(1)));
      if (states.byCode(row.get(0)).isEmpty()) {
        throw new IllegalStateException("state-names.tsv:" + row.line() + ": unknown State " + row.get(0));
      }
      add(language, row.get(2), row.get(0), ambiguous);
    }
    ambiguous.forEach((language, keys) -> keys.forEach(byKey.get(language)::remove));
  }

  private void add(Language language, String name, String iso3, Map<Language, Set<String>> ambiguous) {
    String key = key(name, language);
    if (key.isEmpty()) {
      return;
    }
    String before = byKey.get(language).putIfAbsent(key, iso3);
    if (before != null && !before.equals(iso3)) {
      ambiguous.get(language).add(key);
    }
  }

  /** The ISO 3166-1 alpha-3 code of the State a name denotes (or the code itself), in any language. */
  public Optional<String> resolve(String name) {
    String bare = name.strip();
    if (bare.matches("[A-Z]{3}") && states.byCode(bare).isPresent()) {
      return Optional.of(bare);
    }
    for (Language language : Language.values()) {
      Optional<State> state = states.find(bare, language);
      if (state.isPresent()) {
        return Optional.of(state.get().iso3());
      }
    }
    for (Language language : Language.values()) {
      String code = byKey.get(language).get(key(bare, language));
      if (code != null) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  /** A name as a language's analysis reads it: its terms, space-separated. */
  private String key(String name, Language language) {
    StringJoiner key = new StringJoiner(" ");
    try (TokenStream tokens = analyzers.get(language).tokenStream("name", name)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        key.add(term);
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return key.toString();
  }
}
