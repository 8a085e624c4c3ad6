package org.plenary.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.internal.Scripts;
import org.plenary.lang.LanguagePack;
import org.plenary.model.Block;
import org.plenary.model.BlockKind;
import org.plenary.model.Language;
import org.plenary.model.RepairedText;
import org.plenary.model.Span;
import org.plenary.read.Cancellation;

/**
 * Cuts blocks that run several parts of a document together, as web pages print a whole first
 * page on one line: before a letter's title, before the first words of its body, before the
 * signature marker and before an annex label ("Annex to the letter dated ..."), where a line
 * pairing two language versions switches script, and between the two copies of a line such a
 * page prints twice. A block that holds none of these past its start
 * is kept as it is.
 */
final class BlockSplitter {
  private static final String[] MARKERS = {"title.letter", "title.note-verbale", "body.start", "signature.marker", "annex.of"};

  private static final Map<Language, List<Pattern>> COMBINED = new ConcurrentHashMap<>();

  List<Block> split(RepairedText text, LanguagePack pack) {
    List<Pattern> markers = COMBINED.computeIfAbsent(pack.language(), language -> markers(pack));
    Optional<Pattern> kind = pack.pattern("front.kind");
    Optional<Pattern> heading = pack.pattern("front.number");
    Optional<Pattern> adopted = pack.pattern("adopted");
    Optional<Pattern> body = pack.exactPattern("body.start");
    Pattern part = PART_LETTERS.computeIfAbsent(pack.language(), language -> partLetter(pack));
    List<Block> out = new ArrayList<>();
    boolean head = true;
    for (Block block : text.blocks()) {
      Cancellation.checkpoint();
      for (Block piece : split(text, block, markers)) {
        head &= out.size() < HEAD_BLOCKS && !UnStructureFinder.isBodyStart(piece, pack);
        out.addAll(head ? splitHead(text, piece, kind, heading, adopted, body, part) : List.of(piece));
      }
    }
    return out;
  }

  /** The head is looked at in its first blocks only. */
  private static final int HEAD_BLOCKS = 40;
  /**
   * A resolution's number before its title, inside a line: "... 75/245. United Nations common
   * system". Narrower than {@link ResolutionNumber}, which reads a title's start: inside a line the
   * number must carry its period, as "resolution 72/305 on the ..." in an agenda title does not.
   */
  private static final Pattern NUMBERED_TITLE = Pattern.compile(
      "\\d{1,3}/\\d{1,4}(?:\\s?[A-Z])?\\.\\s*(?:[-\u2013\u2014]\\s+)?(?=[\\p{L}\\p{Pi}\\p{Ps}])");
  private static final Pattern BRACKETED_NOTE = Pattern.compile("\\[[^\\[\\]]{4,}\\]");
  /**
   * A part's letter or Roman numeral standing alone, as the UN sets the part of a resolution in
   * several parts ("B", "II") on its own line under the title in every language; a pack adds the
   * letters its script spells as words (Arabic "باء").
   */
  private static final String PART_LETTER = "(?:[IVX]{1,4}|\\p{Lu})";
  private static final Map<Language, Pattern> PART_LETTERS = new ConcurrentHashMap<>();
  /** A title's words go on after these, as after "world: A new agenda", never a part letter. */
  private static final String BEFORE_NO_PART = ":\u2013\u2014-,(";
  /** What closes a sentence that cites a resolution, never the line after a resolution's heading. */
  private static final String SENTENCE_CLOSE = ".;:!?)]\u201d\u00bb\"'\u2019";

  private static Pattern partLetter(LanguagePack pack) {
    String letters = pack.pattern("title.part").map(p -> PART_LETTER + "|" + p.pattern()).orElse(PART_LETTER);
    // the part's heading, if any, opens with a capital: "hepatitis B and C" names no part
    return Pattern.compile("(?:" + letters + ")(?=\\s*$|\\s+[^\\p{Ll}])");
  }

  /**
   * A block of the head cut where a first page flattened into one line goes on from its masthead to
   * the lines around the title: before the line that says what a resolution is ("Resolution
   * adopted by the General Assembly on ...", set with a capital where the script has case), before
   * the note in square brackets under it and after it (the note is a line of its own, whatever the
   * title's number after it looks like), before the resolution's number that opens the title.
   */
  private static List<Block> splitHead(RepairedText text, Block block, Optional<Pattern> kind,
      Optional<Pattern> heading, Optional<Pattern> adopted, Optional<Pattern> body, Pattern part) {
    String content = text.slice(block.span());
    TreeSet<Integer> cuts = new TreeSet<>();
    Matcher kindMatcher = kind.map(p -> p.matcher(Cancellation.watched(content))).orElse(null);
    Matcher note = BRACKETED_NOTE.matcher(Cancellation.watched(content));
    Matcher number = NUMBERED_TITLE.matcher(Cancellation.watched(content));
    Matcher headingMatcher = heading.map(p -> p.matcher(Cancellation.watched(content))).orElse(null);
    Matcher letter = part.matcher(Cancellation.watched(content));
    Matcher adoption = adopted.map(p -> p.matcher(Cancellation.watched(content))).orElse(null);
    Matcher bodyStart = body.map(p -> p.matcher(Cancellation.watched(content))).orElse(null);
    boolean flattened = false;
    int noteEnd = 0;
    for (int at = 1; at < content.length(); at++) {
      char c = content.charAt(at);
      if (Character.isWhitespace(c)) {
        continue;
      }
      // a line of the head starts after a space, or where words are written without spaces and the
      // repair joined the lines ("...的后续行动2020年12月7日大会决议[根据...]")
      boolean spaced = Character.isWhitespace(content.charAt(at - 1));
      if (!spaced && !joinedWithoutSpace(content, at) || at < noteEnd) {
        continue; // nor inside the bracketed note: "[根据...的报告]" is one line
      }
      if (!spaced && flattened && bodyStart != null && bodyStart.region(at, content.length()).lookingAt()) {
        // the body's first words joined to the title ("...自决的权利大会，意识到"): the head ends there
        cuts.add(at);
        break;
      }
      if (note.region(at, content.length()).lookingAt()) {
        cuts.add(at);
        noteEnd = note.end();
        cuts.add(noteEnd);
        flattened = true;
      } else if (number.region(at, content.length()).lookingAt()
          || kindMatcher != null && !Character.isLowerCase(c) && kindMatcher.region(at, content.length()).lookingAt()) {
        cuts.add(at);
        flattened = true;
      }
      // a Security Council resolution's heading, and a part's letter after the title, are lines of
      // their own: cut before and after them; a heading joined to its neighbours only where the
      // adoption line or nothing follows it
      if (headingMatcher != null && headingMatcher.region(at, content.length()).lookingAt()
          && (spaced ? flattened || endsOrGoesOnWithALine(content, headingMatcher.end())
              : endsOrGoesOnWithAdoption(content, headingMatcher.end(), adoption))) {
        // a heading, not a resolution a sentence cites ("... Security Council resolution 1244 (1999).”")
        cuts.add(at);
        cuts.add(headingMatcher.end());
      } else if (spaced && flattened && letter.region(at, content.length()).lookingAt() && !endsBeforePart(content, at)) {
        // only where the head is run together: a title of its own line ends where its line does
        cuts.add(at);
        cuts.add(letter.end());
      }
    }
    cuts.remove(content.length());
    return cuts.isEmpty() ? List.of(block) : parts(text, block, content, cuts);
  }

  /**
   * Whether what follows a resolution's heading lets it be a line of its own: the end, or the
   * adoption line after a space or a comma ("Adopted by ...", ", принятая ..."); a sentence that cites
   * a resolution by a capitalised name closes on it ("... Security Council Resolution 1244 (1999).”").
   */
  private static boolean endsOrGoesOnWithALine(String content, int from) {
    int i = skipped(content, from, "");
    return i == content.length() || SENTENCE_CLOSE.indexOf(content.charAt(i)) < 0;
  }

  /** Where the text goes on after {@code from}, past spaces and the given separators. */
  private static int skipped(String content, int from, String separators) {
    int i = from;
    while (i < content.length() && (Character.isWhitespace(content.charAt(i)) || separators.indexOf(content.charAt(i)) >= 0)) {
      i++;
    }
    return i;
  }

  /**
   * Whether a character either side of {@code at} is of a script written without word spaces, or
   * its punctuation ("...《武器贸易条约》2020年12月7日大会决议").
   */
  private static boolean joinedWithoutSpace(String content, int at) {
    return Scripts.bindsInCjk(content.charAt(at - 1)) || Scripts.bindsInCjk(content.charAt(at));
  }

  /**
   * Whether a resolution's heading ends its line, or the line that says when it was adopted follows
   * it, after a space or a comma at most ("第2900(2031)号决议2031年3月9日安全理事会第9999次会议通过").
   */
  private static boolean endsOrGoesOnWithAdoption(String content, int from, Matcher adoption) {
    int i = skipped(content, from, ",\u060C\uFF0C");
    return i == content.length() || adoption != null && adoption.region(i, content.length()).lookingAt();
  }

  /** Whether the text before {@code at} ends where a title's own words go on: a colon, a dash, a comma. */
  private static boolean endsBeforePart(String content, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(content.charAt(i))) {
      i--;
    }
    return i < 0 || BEFORE_NO_PART.indexOf(content.charAt(i)) >= 0;
  }

  /** The markers as one alternation, so that a block is scanned once. */
  private static List<Pattern> markers(LanguagePack pack) {
    List<String> regexes = new ArrayList<>();
    for (String key : MARKERS) {
      // the first words of a body keep their capital: "the General Assembly," goes on a sentence
      String open = key.equals("body.start") ? "(?-i:" : "(?:";
      pack.pattern(key).ifPresent(p -> regexes.add(open + p.pattern() + ")"));
    }
    if (regexes.isEmpty()) {
      return List.of();
    }
    String alternation = String.join("|", regexes).replaceAll("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>", "(?:");
    return List.of(Pattern.compile(alternation, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  /**
   * Where a line goes straight from Latin script into Arabic or Chinese, without a space: a page
   * that pairs two language versions line by line ("Question of Pitcairnمسألة بيتكيرن").
   */
  /** Below this code point no character is Arabic or Han. */
  private static final char ARABIC_BLOCK = '\u0600';

  private static List<Integer> scriptSwitches(String content) {
    List<Integer> cuts = new ArrayList<>();
    for (int i = 1; i < content.length(); i++) {
      if ((i & 0xFFF) == 0) {
        Cancellation.checkpoint();
      }
      char before = content.charAt(i - 1);
      char c = content.charAt(i);
      if (c < ARABIC_BLOCK || before >= ARABIC_BLOCK) {
        continue; // only a Latin character before an Arabic or Han one switches script
      }
      boolean latinBefore = Character.isLetter(before) && Character.UnicodeScript.of(before) == Character.UnicodeScript.LATIN
          || ".,:;)".indexOf(before) >= 0 && i > 1 && Character.UnicodeScript.of(content.charAt(i - 2)) == Character.UnicodeScript.LATIN;
      Character.UnicodeScript script = Character.isLetter(c) ? Character.UnicodeScript.of(c) : null;
      if (latinBefore && (script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HAN)
          && !closesLabel(content, i - 1)) {
        cuts.add(i);
      }
    }
    return cuts;
  }

  /** The longest label in parentheses: a Roman numeral ("(XIV)"), a sub-item's letter ("(b)"). */
  private static final int MAX_LABEL = 4;

  /**
   * Whether the character at {@code at} closes a label in parentheses ("第26(I)号决议", "项目72(b)"):
   * Latin letters there belong to the line's own language, not to a second version beside it.
   */
  private static boolean closesLabel(String content, int at) {
    if (content.charAt(at) != ')') {
      return false;
    }
    int open = content.lastIndexOf('(', at);
    return open >= 0 && at - open - 1 >= 1 && at - open - 1 <= MAX_LABEL
        && content.substring(open + 1, at).chars().allMatch(Character::isLetter);
  }

  /** A masthead line is no longer than this; a longer block is not checked for repetition. */
  private static final int MAX_REPEATED = 160;
  private static final int MIN_REPEATED = 5;

  /**
   * Where a line printed twice side by side starts its second copy, as a page pairing two language
   * versions prints the lines both share ("A/AC.109/2019/L.18A/AC.109/2019/L.18", a job number
   * twice); -1 when the line is no such pair.
   */
  private static int repeatedHalf(String content) {
    int n = content.length();
    if (n % 2 != 0 || n > MAX_REPEATED || n < 2 * MIN_REPEATED) {
      return -1;
    }
    String first = content.substring(0, n / 2);
    return first.equals(content.substring(n / 2)) && first.codePoints().anyMatch(Character::isLetterOrDigit)
        ? n / 2 : -1;
  }

  private static List<Block> split(RepairedText text, Block block, List<Pattern> markers) {
    String content = text.slice(block.span());
    TreeSet<Integer> cuts = new TreeSet<>();
    for (Pattern marker : markers) {
      // a cut falls only after white space: try the marker there, not at every character
      Matcher m = marker.matcher(Cancellation.watched(content));
      for (int at = 1; at < content.length(); at++) {
        if ((at & 0xFFF) == 0) {
          Cancellation.checkpoint();
        }
        if (Character.isWhitespace(content.charAt(at - 1)) && !Character.isWhitespace(content.charAt(at))
            && m.region(at, content.length()).lookingAt()) {
          cuts.add(at);
        }
      }
    }
    cuts.addAll(scriptSwitches(content));
    int half = repeatedHalf(content);
    if (half > 0) {
      cuts.add(half);
    }
    if (cuts.isEmpty()) {
      return List.of(block);
    }
    return parts(text, block, content, cuts);
  }

  /** The block cut at the given offsets of its content, each part with its own span. */
  private static List<Block> parts(RepairedText text, Block block, String content, TreeSet<Integer> cuts) {
    List<Block> parts = new ArrayList<>();
    int from = 0;
    cuts.add(content.length());
    for (int cut : cuts) {
      String part = content.substring(from, cut);
      String stripped = part.strip();
      if (!stripped.isEmpty()) {
        int lead = part.indexOf(stripped.charAt(0));
        int start = block.span().start() + from + lead;
        Span span = new Span(start, start + stripped.length());
        boolean first = from == 0;
        String number = first ? block.number() : null;
        String partText = first && block.number() != null ? block.text().substring(0,
            Math.min(block.text().length(), Math.max(0, block.text().length() - (content.length() - cut)))).strip()
            : stripped;
        parts.add(new Block(first ? block.kind() : BlockKind.PARAGRAPH, number, partText, span, block.indent(),
            block.page()));
      }
      from = cut;
    }
    return parts;
  }
}
