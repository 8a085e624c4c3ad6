package org.plenary.symbol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.lang.Tsv;
import org.plenary.read.Cancellation;

/**
 * UN document symbols: finds them in text and writes them the way the UN does. A symbol is a
 * series of components separated by slashes (A/75/357, S/RES/2532 (2020), A/C.4/64/SR.22,
 * E/CN.4/1998/53/Add.2); a SC resolution keeps its year in parentheses. Reissue asterisks are
 * dropped. Two symbols printed together ("A/62/667S/2008/55", "A/75/356–S/2020/947") are split.
 */
public final class Symbols {
  /**
   * The first components that open a symbol: the series of the reference table, longest first so
   * that "E/CN" is tried before "E" and "DP-FPA" before "DP".
   */
  static final String SERIES = series();
  // the named components come first: the regex takes the first alternative that fits, and the
  // capitals alone would read "Add.2" as "A"
  // a number is never cut inside its digits ("A/39/36r", a scan's header, is no "A/39/3")
  // a number may hold a range ("A/C.5/1-4"), not the S of a joint masthead's second symbol misread
  // as digits ("A/79/756-99/2025/61")
  // a number a scan misread ("36I" for 361, "2O20"): a digit among its first two characters, at
  // least one I, l or O, nothing glued after it; read first, so "36I" is not cut to "36"
  private static final String OCR_NUMBER = "(?=[IlO]?\\d)(?=[\\dIlO]*[IlO])[\\dIlO]{2,5}(?![\\p{L}\\d])";
  private static final String COMPONENT = "(?:" + OCR_NUMBER + "|Rev\\.\\d+|Add\\.\\d+|Corr\\.\\d+|Amend\\.\\d+|Agenda|Summary|PRST|RES|P\\s?V\\s?\\.\\s?\\d+|S\\s?R\\s?\\.\\s?\\d+|L\\.\\d+|CRP\\.\\d+|WP\\.\\d+|Misc\\.\\d+|INF(?:\\.\\d+)?|[A-Z]{2,6}\\(\\d{1,2}\\)|[A-Z]{1,4}-\\d{1,3}|[A-Z]{1,10}(?:\\.\\s?\\d+)?|\\d{1,5}+(?:-\\d{1,4}+(?!\\d|\\s?/\\s?(?:19|20)\\d{2}\\s?/))?)(?![a-z])";
  /**
   * The S of a Security Council symbol as a scan misreads it where a masthead prints it large:
   * "99", "9" or "5" (its curves read as digits), "§" or "§8". Read as S only where the year of an
   * S/yyyy/n symbol follows and the misread stands where a symbol starts: after the dash of a joint
   * masthead ("A/79/756-99/2025/61") or, for the signs, anywhere ("§8/2025/112").
   */
  private static final String S_MISREAD = "(?:(?<=\\d[-\u2013])(?:99?|5)|(?<![\\p{L}\\d])§8?)(?=\\s?/\\s?(?:19|20)\\d{2}\\s?/\\s?\\d)";
  private static final Pattern S_MISREAD_START = Pattern.compile("^(?:99?|5|§8?)(?=/)");
  /**
   * The part of a document issued in parts: "(Part I)", "(Première partie)", "(Segunda parte)"; an
   * addendum or corrigendum to one part closes it ("(Part I/Add.1)").
   */
  private static final String PART = "(?:(?:Part|Partie|Parte|Часть)\\s+[IVX\\d]+|\\p{L}+\\s+(?:partie|parte))"
      + "(?:/(?:Add|Corr|Rev)\\.\\d+)*";
  /**
   * The part of a resolution adopted in parts, after a space: "A/RES/75/257 B", "A/RES/75/101 A-B";
   * not a capital that opens the words after it ("A/RES/75/1 A new ...").
   */
  private static final String RESOLUTION_PART =
      "(?:(?<=/RES/\\d{1,3}/\\d{1,4})\\s[A-Z](?:-[A-Z])?(?![\\p{L}\\d])(?!\\s\\p{Ll}))?";
  /**
   * A symbol as a regex without groups. Its slashes may stand between spaces, as a web page or a
   * scan prints them ("A/70/ PV.5", "S / P V . 1200"); it may follow a lower-case letter it was glued
   * to ("Security CouncilS/2015/300"). OCR misreads are read as the symbol they stand for: an S
   * read as "$" ("$/2025/29"), I, l and O inside a number ("A/39/36I"), the first slash of a
   * symbol of the A, S or E series lost before its number ("S 2025/29", only where a slash
   * follows the number).
   */
  public static final String REGEX = "(?:(?<![\\p{Lu}/])(?:" + SERIES + "|\\$|" + S_MISREAD + ")(?:\\s?/\\s?" + COMPONENT + ")+"
      + "|(?<![\\p{L}/])[ASE]\\s(?=\\d{2,5}\\s?/\\s?[\\dA-Z])" + COMPONENT + "(?:\\s?/\\s?" + COMPONENT + ")+)"
      + RESOLUTION_PART + "(?:\\s?\\((?:\\d{4}|[IVXL]{1,6}|S-[IVXL]+|ES-[IVXL]+|" + PART + ")\\))?\\*?";
  private static final Pattern PATTERN = Pattern.compile(REGEX);
  /** How far before its first slash a symbol may start: the longest series and a space. */
  private static final int SERIES_REACH = 12;
  private static final Pattern GLUED = Pattern.compile("(?<=\\d)(?=(?:A|S|E)/\\d)");

  private Symbols() {}

  private static String series() {
    List<String> series = new ArrayList<>();
    for (Tsv.Row row : Tsv.read(Symbols.class, "/org/plenary/reference/symbol-series.tsv", "series", "issued-by")) {
      series.add(row.get(0).strip());
    }
    series.sort(java.util.Comparator.comparingInt(String::length).reversed());
    return "(?:" + String.join("|", series.stream().map(Pattern::quote).toList()) + ")";
  }


  /** A symbol found in a text, normalized, with where it was. */
  public record Found(String symbol, int start, int end) {}

  public static List<Found> find(CharSequence text) {
    List<Found> found = new ArrayList<>();
    if (!hasSlash(text)) {
      return found; // every symbol has one; most paragraphs have none
    }
    Matcher m = PATTERN.matcher(Cancellation.watched(text)).useTransparentBounds(true).useAnchoringBounds(false);
    int from = 0; // where the next symbol may start: past the last one found
    int slash = indexOf(text, '/', 0);
    while (slash >= 0) {
      Cancellation.checkpoint();
      // a symbol's series ends at most a few characters before its first slash: a symbol is tried
      // at each of those characters only, not at every character of the text after a slash that
      // opens none ("and/or", "12/05")
      int start = Math.max(from, slash - SERIES_REACH);
      boolean matched = false;
      for (int at = start; at < slash && !matched; at++) {
        m.region(at, text.length());
        matched = m.lookingAt();
      }
      if (!matched) {
        // a symbol starting before this slash would have it as its first slash: none does
        from = Math.max(from, slash + 1);
        slash = indexOf(text, '/', slash + 1);
        continue;
      }
      from = m.end();
      slash = indexOf(text, '/', from);
      String raw = m.group();
      int offset = m.start();
      for (String part : GLUED.split(raw)) {
        String symbol = normalize(part);
        if (isPlausible(symbol)) {
          found.add(new Found(symbol, offset, offset + part.length()));
        }
        offset += part.length();
      }
    }
    return found;
  }

  /** The UN's own spelling: no reissue asterisk, no space inside components, "(2020)" after a space. */
  public static String normalize(String symbol) {
    String s = symbol.strip().replace("*", "");
    // the part or year in parentheses closes the symbol; a parenthesis inside it is a component's
    // ("ICCD/COP(8)/CST/8")
    int open = s.endsWith(")") ? s.lastIndexOf('(') : -1;
    String own = open < 0 ? s : s.substring(0, open);
    String part = open < 0 ? "" : " (" + s.substring(open + 1).strip().replaceAll("\\s+", " ");
    // spaces around slashes and dots and between the letters of a spaced component go ("S / P V . 12");
    // a space before a letter that parts a resolution stays ("A/RES/75/290 A")
    own = own.strip().replaceAll("\\s*/\\s*", "/").replaceAll("\\s*\\.\\s*", ".")
        .replaceAll("(?<=/\\p{Lu})\\s+(?=\\p{Lu}\\.)", "");
    return ocrRead(own) + part;
  }

  /** A symbol as a scan misread it put right: "$/" is "S/", "S 2025/29" is "S/2025/29", "36I" is 361. */
  private static String ocrRead(String symbol) {
    String s = symbol.startsWith("$") ? "S" + symbol.substring(1) : S_MISREAD_START.matcher(symbol).replaceFirst("S");
    s = s.replaceFirst("^([ASE])\\s+(?=\\d)", "$1/");
    if (s.indexOf('I') < 0 && s.indexOf('l') < 0 && s.indexOf('O') < 0) {
      return s;
    }
    String[] components = s.split("/", -1);
    for (int i = 1; i < components.length; i++) {
      String c = components[i];
      if (c.matches("[\\dIlO]{2,5}") && c.matches("[IlO]?\\d.*")) {
        components[i] = c.replace('I', '1').replace('l', '1').replace('O', '0');
      }
    }
    return String.join("/", components);
  }

  /**
   * A symbol ends in a number or a modification component; "A/B" alone is noise, and so is a symbol
   * of the limited series without its number ("A/80/L", a scan's reading of "A/80/L.7" that lost it).
   */
  private static boolean isPlausible(String symbol) {
    return symbol.split("/").length >= 2 && symbol.chars().anyMatch(Character::isDigit) && !symbol.endsWith("/L");
  }

  private static int indexOf(CharSequence text, char c, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasSlash(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if ((i & 0xFFF) == 0) {
        Cancellation.checkpoint();
      }
      if (text.charAt(i) == '/') {
        return true;
      }
    }
    return false;
  }

  /** Whether a parenthesis opened shortly before {@code at} closes after it, before another opens. */
  public static boolean insideParentheses(String text, int at) {
    int open = text.lastIndexOf('(', at);
    int close = text.lastIndexOf(')', at);
    if (open <= close || at - open >= 40) {
      return false;
    }
    int closeAfter = text.indexOf(')', at);
    int openAfter = text.indexOf('(', at);
    return closeAfter >= 0 && (openAfter < 0 || closeAfter < openAfter);
  }

  /** The key two symbols compare equal by: no spaces, upper case. */
  public static String key(String symbol) {
    return symbol.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }
}
