package org.plenary.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.plenary.lang.LanguagePack;
import org.plenary.lang.LanguagePacks;
import org.plenary.model.Language;

/**
 * Tells masthead lines from other text: a line is part of the masthead when, once its masthead
 * phrases (organ names, symbols, distribution, dates, session and year, agenda line, original
 * language and the language of the version, job number) are taken out, hardly any letters remain. Russian, Chinese and Arabic
 * mastheads keep English lines, so English phrases count in every language. An instance serves one
 * document and remembers its answers: make one per document, do not share it between threads.
 */
public final class MastheadLines {
  private static final String[] KEYS = {"masthead.un", "organ.GA", "organ.SC", "organ.ECOSOC", "organ.HRC",
      "organ.TC", "organ.ICJ", "distribution.General", "distribution.Limited", "distribution.Restricted",
      "original", "language.ar", "language.zh", "language.en", "language.fr", "language.ru", "language.es",
      "session", "scYear", "agenda"};
  private static final Pattern LEFTOVER = Pattern.compile(
      "(?i)\\b(?:distr|general|original|language|english|french|spanish|russian|arabic|chinese|a|s|e)\\b|[^\\p{L}]");
  private static final int MAX_LEFTOVER_LETTERS = 3;
  private static final String JOB = "(?:GE\\.)?\\d{2}-\\d{5}\\s*\\([A-Z]\\)";

  private static final Map<Language, Pattern> PHRASES = new ConcurrentHashMap<>();

  private final Pattern phrases;
  /** Answers already given: an instance serves one document, whose lines are asked about often. */
  private final Map<String, Boolean> seen = new java.util.HashMap<>();

  public MastheadLines(LanguagePack pack) {
    this.phrases = PHRASES.computeIfAbsent(pack.language(), language -> phrases(pack));
  }

  /** All masthead phrases of the language (and of English) as one alternation, groups unnamed. */
  private static Pattern phrases(LanguagePack pack) {
    LanguagePack english = LanguagePacks.of(Language.EN);
    List<String> out = new ArrayList<>();
    out.add(Symbols.REGEX);
    out.add(JOB);
    for (LanguagePack p : pack.language() == Language.EN ? List.of(pack) : List.of(pack, english)) {
      for (String key : KEYS) {
        p.pattern(key).ifPresent(phrase -> out.add(phrase.pattern()));
      }
      out.add(p.dates().regex());
    }
    String alternation = String.join("|", out.stream().map(r -> "(?:" + r + ")").toList())
        .replaceAll("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>", "(?:");
    return Pattern.compile(alternation, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  public boolean isMasthead(String line) {
    return seen.computeIfAbsent(line, l -> {
      String rest = phrases.matcher(l).replaceAll(" ");
      rest = LEFTOVER.matcher(rest).replaceAll("");
      return rest.length() <= MAX_LEFTOVER_LETTERS && rest.length() < l.length();
    });
  }
}
