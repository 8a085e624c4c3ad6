package org.plenary.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.plenary.model.Language;

/**
 * What plenary knows of one language, loaded from {@code lang/<code>/*.tsv}: the phrases of UN
 * documents as regular expressions ({@code pack.tsv}), number words ({@code numbers.tsv}) and month
 * names ({@code months.tsv}). Phrases may use the placeholders {ordinal}, {date}, {items} and
 * {number}, which expand to this language's number words, dates and agenda item lists. Every pack
 * has every key of {@link #KEYS}; a key with no phrase in a language holds the single value
 * {@code -}. Immutable and thread-safe; get one from {@link LanguagePacks}.
 */
public final class LanguagePack {

  /** Keys every pack must define (see each pack.tsv for their meaning). */
  public static final List<String> KEYS = List.of(
      "organ.GA", "organ.SC", "organ.ECOSOC", "organ.HRC", "organ.TC", "organ.ICJ",
      "masthead.un", "masthead.body", "masthead.records", "masthead.supplement", "masthead.year", "page.line", "distribution.General", "distribution.Limited", "distribution.Restricted",
      "original", "language.ar", "language.zh", "language.en", "language.fr", "language.ru", "language.es",
      "session", "scYear", "agenda", "agenda.provisional", "list.and", "item.sub", "item.letters",
      "date", "date.day", "date.month", "date.year",
      "title.letter", "title.note-verbale", "title.end", "title.afterAddressee", "title.committeeReport",
      "title.rapporteur",
      "type.letter", "type.note-verbale", "type.note", "type.report", "type.resolution",
      "type.draft-resolution", "type.decision", "type.draft-decision", "type.presidential-statement", "type.summary-statement",
      "type.agenda", "type.programme-of-work", "type.meeting-record", "type.statement",
      "addressee.intro", "addressee.secretary-general", "addressee.president-of-the-security-council",
      "addressee.president-of-the-general-assembly", "addressee.president-of-the-economic-and-social-council",
      "addressee.president-of-the-human-rights-council", "addressee.chair",
      "author.state", "role.permanent-representative", "role.deputy-permanent-representative",
      "role.charge-d-affaires", "role.permanent-mission", "role.secretary-general", "role.president",
      "role.minister", "role.other", "signature.marker", "signature.title", "circulation", "annex.label", "annex.of",
      "body.start", "front.sponsor", "front.kind", "front.number", "title.part", "title.byline", "author.office", "author.article", "session.unnumbered", "session.resolution", "reference.intro", "adopted", "meeting.held", "meeting.number", "meeting.agenda", "agenda.glue", "title.subtitle",
      "circulation.before", "detect.words", "ocr.model", "ocr.script", "job.letter");

  private static final String NONE = "-";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private final Language language;
  private final Map<String, List<String>> phrases;
  private final NumberReader numbers;
  private final Map<String, Integer> months;
  /** Built on first use: its patterns cost a start-up that most runs need for one language only. */
  private volatile DateReader dates;
  private final MatchForm form;
  private final java.util.Set<String> words;
  private final Map<String, Optional<Pattern>> compiled = new ConcurrentHashMap<>();
  private final Map<String, List<Pattern>> separately = new ConcurrentHashMap<>();
  private final Map<String, Optional<Pattern>> exact = new ConcurrentHashMap<>();

  LanguagePack(Language language, Map<String, List<String>> phrases, NumberReader numbers,
      Map<String, Integer> months, MatchForm form, java.util.Set<String> words) {
    this.language = language;
    this.words = java.util.Set.copyOf(words);
    this.phrases = Collections.unmodifiableMap(new LinkedHashMap<>(phrases));
    this.numbers = numbers;
    this.form = form;
    this.months = Collections.unmodifiableMap(new LinkedHashMap<>(months));
  }

  /**
   * The most frequent words of the language in lower case (for Chinese, its most frequent
   * characters), from words.tsv: what a readable text in it is mostly made of.
   */
  public java.util.Set<String> words() {
    return words;
  }

  /** How this language's text is folded and its patterns widened for matching. */
  public MatchForm form() {
    return form;
  }

  public Language language() {
    return language;
  }

  public NumberReader numbers() {
    return numbers;
  }

  public DateReader dates() {
    DateReader reader = dates;
    if (reader == null) {
      synchronized (this) {
        reader = dates;
        if (reader == null) {
          reader = new DateReader(values("date"), months, one("date.day"), oneOrEmpty("date.month"),
              one("date.year"), numbers, form);
          dates = reader;
        }
      }
    }
    return reader;
  }

  /** The keys this pack defines, in file order. */
  public java.util.Set<String> keys() {
    return phrases.keySet();
  }

  /** The raw values of a key, without the "-" of a key that has none. */
  public List<String> values(String key) {
    List<String> values = phrases.getOrDefault(key, List.of());
    return values.stream().filter(v -> !v.equals(NONE)).toList();
  }

  /** Whether the key has at least one phrase in this language. */
  public boolean has(String key) {
    return !values(key).isEmpty();
  }

  /**
   * All phrases of a key as one case-insensitive pattern (their alternation), placeholders
   * expanded; empty when the language has no phrase for it.
   */
  public Optional<Pattern> pattern(String key) {
    return compiled.computeIfAbsent(key, k -> {
      List<String> values = values(k);
      return values.isEmpty() ? Optional.empty() : Optional.of(compile(k, values));
    });
  }

  /**
   * All phrases of a key as one pattern that keeps the case the pack writes: for phrases whose
   * capital letter is what tells them from running text ("The General Assembly," opens a
   * resolution, "the General Assembly," goes on a sentence).
   */
  public Optional<Pattern> exactPattern(String key) {
    return exact.computeIfAbsent(key, k -> {
      List<String> values = values(k);
      return values.isEmpty() ? Optional.empty() : Optional.of(compile(k, values, Pattern.UNICODE_CASE));
    });
  }

  /** Each phrase of a key as its own pattern, in file order (for keys whose phrases keep groups). */
  public List<Pattern> patterns(String key) {
    return separately.computeIfAbsent(key, k -> {
      List<Pattern> out = new ArrayList<>();
      for (String value : values(k)) {
        out.add(compile(k, List.of(value)));
      }
      return List.copyOf(out);
    });
  }

  /** Expands the placeholders of a phrase. */
  public String expand(String phrase) {
    String items = itemsRegex();
    return phrase.replace("{ordinal}", numbers.regex())
        .replace("{date}", dates().regex())
        .replace("{items}", items)
        .replace("{year}", "(?:" + oneOrEmpty("date.year") + ")")
        .replace("{language}", languageNames())
        .replace("{number}", "\\d{1,4}");
  }

  /** Every language name of the pack ("English", "French", ...) as one alternation. */
  private String languageNames() {
    List<String> names = new java.util.ArrayList<>();
    for (String code : new String[] {"ar", "zh", "en", "fr", "ru", "es"}) {
      values("language." + code).forEach(name -> names.add("(?:" + name + ")"));
    }
    return "(?:" + String.join("|", names) + ")";
  }

  private String itemsRegex() {
    String and = String.join("|", values("list.and"));
    String sub = oneOrEmpty("item.sub");
    String item = "\\d{1,3}(?:\\s*(?:" + (sub.isEmpty() ? "(?!)" : sub) + "))?";
    String separator = "\\s*(?:,|、|，|،|;|" + (and.isEmpty() ? "(?!)" : and) + ")\\s*";
    return item + "(?:(?:" + separator + ")+" + item + ")*";
  }

  /**
   * The earliest match of any phrase of a key, each phrase compiled on its own so that its named
   * groups can be read; empty when none matches.
   */
  public Optional<java.util.regex.Matcher> find(String key, CharSequence text) {
    java.util.regex.Matcher best = null;
    for (Pattern p : patterns(key)) {
      java.util.regex.Matcher m = p.matcher(text);
      if (m.find() && (best == null || m.start() < best.start())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  private Pattern compile(String key, List<String> values) {
    return compile(key, values, FLAGS);
  }

  private Pattern compile(String key, List<String> values, int flags) {
    // several phrases joined into one alternation cannot share group names: their groups become
    // plain groups there, and find() reads the groups phrase by phrase
    List<String> expanded = values.stream().map(this::expand)
        .map(v -> values.size() > 1 ? v.replaceAll("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>", "(?:") : v)
        .toList();
    String regex = form.widen(expanded.size() == 1 ? expanded.get(0) : "(?:" + String.join(")|(?:", expanded) + ")");
    try {
      return Pattern.compile(regex, flags);
    } catch (PatternSyntaxException e) {
      throw new PackFormatException("lang/" + language.code() + "/pack.tsv", 0,
          "the phrase of " + key + " is not a valid regular expression: " + e.getDescription(), e);
    }
  }

  private String one(String key) {
    List<String> values = values(key);
    if (values.isEmpty()) {
      throw new PackFormatException("lang/" + language.code() + "/pack.tsv", 0, "key " + key + " needs a value");
    }
    return String.join("|", values);
  }

  private String oneOrEmpty(String key) {
    return String.join("|", values(key));
  }
}
