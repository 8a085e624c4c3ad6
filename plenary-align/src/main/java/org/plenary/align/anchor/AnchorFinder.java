package org.plenary.align.anchor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.align.sentence.SentenceRules;
import org.plenary.lang.Tsv;
import org.plenary.lang.LanguagePack;
import org.plenary.lang.LanguagePacks;
import org.plenary.lang.NumberReader;
import org.plenary.model.Language;
import org.plenary.reference.MemberStates;

/**
 * Finds in a segment of one language what its translations keep: the label that numbers it
 * ("7.", "(b)", "(ب)" all read 7 or 2), digits in any script (a symbol, a date, a figure: "19,000"
 * gives 19 and 000 so that "19 000" and "19.000" agree), the month of a date written in words, roman
 * numerals and the pack's number words ("第八章" is chapter VIII), the States it names (through
 * the Member States table, in every language), acronyms in Latin capitals, and punctuation that
 * translation mostly keeps (parentheses, quotation marks, colons, semicolons, question marks,
 * per cent). Thread-safe.
 */
public final class AnchorFinder {
  private static final Map<Language, AnchorFinder> BY_LANGUAGE = new EnumMap<>(Language.class);
  private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*(?![\\p{L}])");
  private static final Pattern ROMAN = Pattern.compile("^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$");
  /** Marks that open a bracket or a quotation, in the scripts of the six languages, by class. */
  private static final String[][] PUNCTUATION = {
      {"(", "(\uFF08"}, {"\"", "\u201C\u00AB\u201E\u300C\u300E"}, {";", ";\uFF1B\u061B"}, {":", ":\uFF1A"},
      {"?", "?\uFF1F\u061F"}, {"%", "%\uFF05\u066A"}};

  private final Language language;
  private final SentenceRules rules;
  private final Map<String, Integer> monthOf = new java.util.HashMap<>();
  private final Pattern monthNames;
  private final NumberReader numbers;

  private AnchorFinder(Language language) {
    this.language = language;
    this.rules = SentenceRules.of(language);
    LanguagePack pack = LanguagePacks.of(language);
    this.monthNames = monthNames(language);
    this.numbers = pack.numbers();
  }

  /** One pattern of the month names of the language's pack, each a whole word; null when it has none. */
  private Pattern monthNames(Language language) {
    List<String> names = new ArrayList<>();
    for (Tsv.Row row : Tsv.read(LanguagePack.class, language.code() + "/months.tsv", "month", "name")) {
      for (String name : row.get(1).strip().split("/")) {
        if (!name.isBlank() && name.chars().noneMatch(Character::isDigit)) {
          monthOf.put(name.strip().toLowerCase(java.util.Locale.ROOT), Integer.parseInt(row.get(0).strip()));
          names.add(name.strip());
        }
      }
    }
    if (names.isEmpty()) {
      return null;
    }
    names.sort(java.util.Comparator.comparingInt(String::length).reversed());
    return Pattern.compile("(?<!\\p{L})(?:" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")(?!\\p{L})",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  public static synchronized AnchorFinder of(Language language) {
    return BY_LANGUAGE.computeIfAbsent(language, AnchorFinder::new);
  }

  /** The anchors of a segment, sorted. */
  public int[] find(String text) {
    Sink sink = new Sink();
    int labelEnd = label(text, sink);
    digits(text, labelEnd, sink);
    months(text, sink);
    words(text, sink);
    MemberStates.get().count(text, language).forEach((iso3, n) -> {
      for (int i = 0; i < n; i++) {
        sink.add(AnchorKind.STATE, iso3);
      }
    });
    punctuation(text, sink);
    return sink.sorted();
  }

  /** The label that opens the segment, as a number, a letter's rank or a roman numeral's value. */
  private int label(String text, Sink sink) {
    java.util.Optional<SentenceRules.Label> found = rules.openingLabel(text);
    if (found.isEmpty()) {
      return 0;
    }
    String label = text.substring(found.get().start(), found.get().end());
    StringBuilder digits = new StringBuilder();
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < label.length(); ) {
      int c = label.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isDigit(c)) {
        digits.append(Character.digit(c, 10));
      } else if (c == '.' && digits.length() > 0) {
        digits.append('.');
      } else if (Character.isLetter(c)) {
        letters.appendCodePoint(c);
      }
    }
    if (digits.length() > 0) {
      sink.add(AnchorKind.LABEL, "#" + stripDots(digits));
    } else {
      String core = letters.toString();
      int rank = rules.letterIndex(core);
      if (rank > 0) {
        sink.add(AnchorKind.LABEL, "#" + rank);
      }
      int roman = roman(core.toUpperCase(java.util.Locale.ROOT));
      if (roman > 0 && (rank == 0 || core.length() == 1)) {
        sink.add(AnchorKind.LABEL, "#r" + roman);
      }
      OptionalInt numeral = rank == 0 && roman == 0 ? numbers.read(core) : OptionalInt.empty();
      if (numeral.isPresent()) {
        sink.add(AnchorKind.LABEL, "#r" + numeral.getAsInt());
      }
    }
    return found.get().end();
  }

  private static String stripDots(CharSequence s) {
    String v = s.toString();
    while (v.endsWith(".")) {
      v = v.substring(0, v.length() - 1);
    }
    return v;
  }

  /** Each run of digits, in any script, read as its value. */
  private static void digits(String text, int from, Sink sink) {
    long value = 0;
    int length = 0;
    for (int i = from; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isDigit(c)) {
        value = length < 17 ? value * 10 + Character.digit(c, 10) : value;
        length++;
      } else if (length > 0) {
        sink.add(AnchorKind.NUMBER, Long.toString(value));
        value = 0;
        length = 0;
      }
    }
  }

  /**
   * The month a text names in words ("9 September 2021", "9 أيلول/سبتمبر 2021" once: the two
   * names of an Arabic month stand for one), looked for only where a date can be, beside digits.
   */
  private void months(String text, Sink sink) {
    if (monthNames == null || !hasDigit(text)) {
      return;
    }
    Matcher m = monthNames.matcher(text);
    int lastEnd = -2;
    while (m.find()) {
      boolean sameDate = lastEnd >= 0 && text.substring(lastEnd, m.start()).strip().equals("/");
      if (!sameDate) {
        sink.add(AnchorKind.NUMBER, Integer.toString(monthOf.get(m.group().toLowerCase(java.util.Locale.ROOT))));
      }
      lastEnd = m.end();
    }
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Acronyms and roman numerals in Latin capitals, and the pack's number words. */
  private void words(String text, Sink sink) {
    Matcher m = ACRONYM.matcher(text);
    while (m.find()) {
      String word = m.group();
      int roman = roman(word);
      if (roman > 0) {
        sink.add(AnchorKind.NUMBER, Integer.toString(roman));
      } else {
        sink.add(AnchorKind.ACRONYM, word);
      }
    }
    for (Pattern number : rules.numbers()) {
      Matcher n = number.matcher(text);
      while (n.find()) {
        numbers.read(n.group("n")).ifPresent(v -> sink.add(AnchorKind.NUMBER, Integer.toString(v)));
      }
    }
  }

  /** The value of a roman numeral, or 0 when the word is none. */
  static int roman(String word) {
    if (word.isEmpty() || !ROMAN.matcher(word).matches()) {
      return 0;
    }
    int total = 0;
    int previous = 0;
    for (int i = word.length() - 1; i >= 0; i--) {
      int v = switch (word.charAt(i)) {
        case 'I' -> 1;
        case 'V' -> 5;
        case 'X' -> 10;
        case 'L' -> 50;
        case 'C' -> 100;
        case 'D' -> 500;
        default -> 1000;
      };
      total += v < previous ? -v : v;
      previous = Math.max(previous, v);
    }
    return total;
  }

  private static void punctuation(String text, Sink sink) {
    boolean openAsciiQuote = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        openAsciiQuote = !openAsciiQuote;
        if (openAsciiQuote) {
          sink.add(AnchorKind.PUNCTUATION, "\"");
        }
        continue;
      }
      for (String[] mark : PUNCTUATION) {
        if (mark[1].indexOf(c) >= 0) {
          sink.add(AnchorKind.PUNCTUATION, mark[0]);
        }
      }
    }
  }

  /** Collects anchors. */
  private static final class Sink {
    private int[] values = new int[16];
    private int size;

    void add(AnchorKind kind, String value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = Anchors.of(kind, value);
    }

    int[] sorted() {
      int[] out = Arrays.copyOf(values, size);
      Arrays.sort(out);
      return out;
    }
  }
}
