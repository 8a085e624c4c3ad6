package org.plenary.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.internal.Scripts;
import org.plenary.lang.LanguagePack;
import org.plenary.lang.LanguagePacks;
import org.plenary.model.Language;
import org.plenary.model.Role;
import org.plenary.read.Cancellation;
import org.plenary.symbol.Symbols;

/**
 * The phrases of a UN masthead, each with its role: organ names, symbols, distribution, dates,
 * original language and the language of the version, session and Security Council year, the agenda
 * line, the Official Records lines, the job number. A line is a masthead line when, once these are
 * taken out, hardly any letters remain. Russian, Chinese and Arabic mastheads keep English lines, so
 * English phrases count in every language. An instance serves one document and remembers its
 * answers: make one per document, do not share it between threads.
 */
public final class MastheadPhrases {
  /** The keys of each role, tried in this order where two start at one place (the longer first). */
  private static final Map<Role, List<String>> KEYS = new java.util.LinkedHashMap<>();

  static {
    KEYS.put(Role.AGENDA_LINE, List.of("agenda"));
    KEYS.put(Role.SESSION, List.of("session"));
    KEYS.put(Role.SC_YEAR, List.of("scYear"));
    KEYS.put(Role.ORIGINAL_LANGUAGE, List.of("original"));
    KEYS.put(Role.DISTRIBUTION, List.of("distribution.General", "distribution.Limited", "distribution.Restricted"));
    KEYS.put(Role.RECORDS, List.of("masthead.records", "masthead.supplement"));
    KEYS.put(Role.MEETING, List.of("meeting.number"));
    KEYS.put(Role.IMPRINT, List.of("masthead.year"));
    KEYS.put(Role.DATE, List.of());
    KEYS.put(Role.SYMBOL, List.of());
    KEYS.put(Role.JOB_NUMBER, List.of());
    KEYS.put(Role.ORGAN, List.of("organ.GA", "organ.SC", "organ.ECOSOC", "organ.HRC", "organ.TC", "organ.ICJ"));
    KEYS.put(Role.UN, List.of("masthead.un"));
    KEYS.put(Role.LANGUAGE, List.of("language.ar", "language.zh", "language.en", "language.fr", "language.ru",
        "language.es"));
  }

  /** Words a masthead line may keep besides its phrases (the rest of a split "Distr." line, a series letter). */
  private static final Pattern LEFTOVER = Pattern.compile(
      "(?i)\\b(?:distr|general|original|language|english|french|spanish|russian|arabic|chinese|a|s|e)\\b|[^\\p{L}]");
  private static final int MAX_LEFTOVER_LETTERS = 3;
  /**
   * A job number: "20-12655 (E)", Geneva's "GE.08-13668 (E)" (or without its language, as older
   * Geneva prints have it: "GE.01-23093"), a reissue's "25-03579* (E)", or a line that holds the
   * number alone, its language left out ("19-10268"). The letter is Latin by the UN's form; a scan
   * may give it in Cyrillic ("(В)" for "(R)", read with a Cyrillic model), lose its closing
   * parenthesis ("25-00450 (E", the barcode below it) or part the number at its dash ("17- 19883
   * (E)") or lose its letter before the date of printing ("25-05394 080425", "24-08409 T 150524": the
   * letter run into the barcode): the job number's reader puts these right.
   */
  public static final String JOB = "(?:(?:GE|V)\\.\\d{2}-\\d{5}\\*?(?:\\s*\\([A-Z\\p{IsCyrillic}]\\))?"
      + "|\\d{2}-\\s?\\d{5}\\*?\\s*\\([A-Z\\p{IsCyrillic}](?:\\)|(?=\\s|$))"
      + "|^\\d{2}-\\d{5}$|\\d{2}-\\d{5}(?=\\s+(?:\\S{1,3}\\s+)?\\d{6}(?!\\d)))";

  private static final Map<Language, Pattern> PHRASES = new ConcurrentHashMap<>();

  /** A phrase found in a line: its role and where it stands. */
  public record Phrase(Role role, int start, int end) {}

  private final Pattern phrases;
  /** The roles the alternation has a group for. */
  private final List<Role> roles = new ArrayList<>();
  private final Map<String, Boolean> seen = new HashMap<>();

  public MastheadPhrases(LanguagePack pack) {
    this.phrases = PHRASES.computeIfAbsent(pack.language(), language -> phrases(pack));
    for (Role role : KEYS.keySet()) {
      if (phrases.pattern().contains("(?<" + group(role) + ">")) {
        roles.add(role);
      }
    }
  }

  /** Every phrase of the language (and of English) as one alternation, a named group per role. */
  private static Pattern phrases(LanguagePack pack) {
    LanguagePack english = LanguagePacks.of(Language.EN);
    List<LanguagePack> packs = pack.language() == Language.EN ? List.of(pack) : List.of(pack, english);
    List<String> groups = new ArrayList<>();
    for (Map.Entry<Role, List<String>> e : KEYS.entrySet()) {
      List<String> regexes = new ArrayList<>();
      switch (e.getKey()) {
        case SYMBOL -> regexes.add("(?-i:" + Symbols.REGEX + ")");
        case JOB_NUMBER -> regexes.add("(?-i:" + JOB + ")");
        case DATE -> packs.forEach(p -> regexes.add(p.dates().regex()));
        default -> {
          for (LanguagePack p : packs) {
            for (String key : e.getValue()) {
              p.pattern(key).ifPresent(phrase -> regexes.add(phrase.pattern()));
            }
          }
        }
      }
      if (!regexes.isEmpty()) {
        String alternation = String.join("|", regexes.stream().map(r -> "(?:" + r + ")").toList())
            .replaceAll("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>", "(?:");
        groups.add("(?<" + group(e.getKey()) + ">" + alternation + ")");
      }
    }
    return Pattern.compile(String.join("|", groups), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static String group(Role role) {
    return "r" + role.ordinal();
  }

  /**
   * Whether a line is all masthead: its phrases and a few letters besides. A line without a phrase
   * is none, however short: a resolution's part letter with its footnote mark ("باء*") is not.
   */
  public boolean isMasthead(String line) {
    return seen.computeIfAbsent(line, l -> l.length() <= SHORT ? allPhrases(l) : fewLettersBesidePhrases(l));
  }

  /**
   * Whether a line opens with a masthead phrase ("United Nations ...", a symbol), as a first page
   * flattened into one line does, however much text of its agenda titles runs on after it.
   */
  public boolean opensWithMasthead(String line) {
    List<Phrase> phrases = find(line);
    return !phrases.isEmpty() && phrases.get(0).start() == 0;
  }

  /** A line of this length is read whole; a longer one only until its letters besides phrases are too many. */
  private static final int SHORT = 80;

  /**
   * Whether a line is its phrases and a few letters besides. A line without a phrase is none,
   * however short: a resolution's part letter with its footnote mark ("باء*") is not; a Chinese
   * character is a word of its own ("经济及社会理事会的报告" leaves a title's words).
   */
  boolean allPhrases(String line) {
    if (find(line).isEmpty()) {
      return false;
    }
    String rest = phrases.matcher(Cancellation.watched(line)).replaceAll(" ");
    rest = LEFTOVER.matcher(Cancellation.watched(rest)).replaceAll("");
    return Scripts.displayWidth(rest) <= MAX_LEFTOVER_LETTERS;
  }

  /**
   * The answer of {@link #allPhrases} for a line longer than a few letters, given as soon as the
   * letters outside its phrases outnumber the few a masthead line keeps: a paragraph of running
   * text is given up after its first words, not searched to its end for phrases. The phrases are
   * tried at each character as a search would try them, and the text between two phrases (or
   * the part of it before a white space, where no leftover word can run on) is counted as
   * {@link #allPhrases} counts it once the phrases are replaced by spaces.
   */
  private boolean fewLettersBesidePhrases(String line) {
    CharSequence text = Cancellation.watched(line);
    Matcher m = phrases.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int n = line.length();
    int letters = 0;
    int counted = 0; // the text from here to the next phrase is not counted yet
    int at = 0;
    boolean phrase = false;
    while (at <= n) {
      if (at > counted && at < n && Character.isWhitespace(line.charAt(at))) {
        letters += leftoverLetters(line, counted, at);
        counted = at;
        if (letters > MAX_LEFTOVER_LETTERS) {
          return false;
        }
      }
      if (m.region(at, n).lookingAt()) {
        letters += leftoverLetters(line, counted, at);
        if (letters > MAX_LEFTOVER_LETTERS) {
          return false;
        }
        phrase |= m.end() > at;
        counted = m.end();
        // after an empty match the search goes on one character further, as a search does
        at = m.end() > at ? m.end() : at + 1;
      } else {
        at++;
      }
    }
    letters += leftoverLetters(line, counted, n);
    return phrase && letters <= MAX_LEFTOVER_LETTERS;
  }

  private static int leftoverLetters(String line, int from, int to) {
    return from >= to ? 0 : Scripts.displayWidth(LEFTOVER.matcher(Cancellation.watched(line.substring(from, to))).replaceAll(""));
  }

  /** The masthead phrases of a text, in order, none overlapping. */
  public List<Phrase> find(String text) {
    List<Phrase> out = new ArrayList<>();
    Matcher m = phrases.matcher(Cancellation.watched(text));
    while (m.find()) {
      Cancellation.checkpoint();
      if (m.end() == m.start()) {
        continue;
      }
      for (Role role : roles) {
        if (m.start(group(role)) >= 0) {
          out.add(new Phrase(role, m.start(), m.end()));
          break;
        }
      }
    }
    return out;
  }
}
