package org.plenary.structure;

import java.util.List;
import java.util.regex.Pattern;
import org.plenary.lang.LanguagePack;
import org.plenary.lang.LanguagePacks;
import org.plenary.model.Language;

/**
 * Tells masthead lines from other text: a line is part of the masthead when, once its masthead
 * phrases (organ names, symbols, distribution, dates, session and year, agenda line, original
 * language and the language of the version, job number) are taken out, hardly any letters remain. Russian, Chinese and Arabic
 * mastheads keep English lines, so English phrases count in every language.
 */
public final class MastheadLines {
  private static final String[] KEYS = {"masthead.un", "organ.GA", "organ.SC", "organ.ECOSOC", "organ.HRC",
      "organ.TC", "organ.ICJ", "distribution.General", "distribution.Limited", "distribution.Restricted",
      "original", "language.ar", "language.zh", "language.en", "language.fr", "language.ru", "language.es",
      "session", "scYear", "agenda"};
  private static final Pattern SYMBOL = Pattern.compile(Symbols.REGEX);
  private static final Pattern LEFTOVER = Pattern.compile(
      "(?i)\\b(?:distr|general|original|language|english|french|spanish|russian|arabic|chinese|a|s|e)\\b|[^\\p{L}]");
  private static final int MAX_LEFTOVER_LETTERS = 3;

  private final List<LanguagePack> packs;

  public MastheadLines(LanguagePack pack) {
    LanguagePack english = LanguagePacks.of(Language.EN);
    this.packs = pack.language() == Language.EN ? List.of(pack) : List.of(pack, english);
  }

  public boolean isMasthead(String line) {
    String rest = SYMBOL.matcher(line).replaceAll(" ");
    for (LanguagePack pack : packs) {
      for (String key : KEYS) {
        var pattern = pack.pattern(key);
        if (pattern.isPresent()) {
          rest = pattern.get().matcher(rest).replaceAll(" ");
        }
      }
      rest = Pattern.compile(pack.dates().regex(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
          .matcher(rest).replaceAll(" ");
    }
    rest = rest.replaceAll("(?:GE\\.)?\\d{2}-\\d{5}\\s*\\([A-Z]\\)", " ");
    rest = LEFTOVER.matcher(rest).replaceAll("");
    return rest.length() <= MAX_LEFTOVER_LETTERS && rest.length() < line.length();
  }
}
