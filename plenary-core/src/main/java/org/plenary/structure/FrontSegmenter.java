package org.plenary.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.plenary.internal.Scripts;
import org.plenary.lang.LanguagePack;
import org.plenary.model.Block;
import org.plenary.model.Role;
import org.plenary.model.Segment;
import org.plenary.model.Span;
import org.plenary.read.Cancellation;
import org.plenary.symbol.Symbols;

/**
 * Reads the blocks above a document's title into segments with their roles. A masthead line gives a
 * segment per phrase ("General Assembly Distr.: General" is an organ and a distribution). A block
 * that runs masthead phrases together with other text, as a web page that flattened the first page
 * prints it, is cut at each phrase that starts where a word may start: after white space or
 * punctuation, or glued to the word before it at a change from lower to upper case or from a letter
 * to a symbol ("Security CouncilS/2015/300"); an organ name after "the" or "of", a date after a
 * dash (a range) and a symbol cited in parentheses or after "document" are no masthead. The text
 * between phrases is free: the titles of agenda items after the agenda line, a draft's sponsor
 * line, a line saying what the document is, a footnote, or the web page's own lines above the
 * masthead.
 */
final class FrontSegmenter {
  /** Free text with fewer letters than this between two phrases is the rest of a masthead line. */
  private static final int MIN_FREE_LETTERS = 4;
  private static final Pattern FOOTNOTE = Pattern.compile("^[*\u2020]+\\s*\\S");
  /** The phrases that no title or running text of a first page holds: they resume the masthead anywhere. */
  private static final java.util.Set<Role> DISTINCTIVE = java.util.EnumSet.of(Role.SESSION, Role.SC_YEAR,
      Role.DISTRIBUTION, Role.ORIGINAL_LANGUAGE, Role.AGENDA_LINE, Role.RECORDS, Role.JOB_NUMBER, Role.SYMBOL);
  private static final Pattern RANGE_BEFORE = Pattern.compile("[-\u2013\u2014]\\s*$");

  private final LanguagePack pack;
  private final MastheadPhrases masthead;

  FrontSegmenter(LanguagePack pack, MastheadPhrases masthead) {
    this.pack = pack;
    this.masthead = masthead;
  }

  /**
   * The segments of the head blocks, the first {@code page} of them being the web page's own lines
   * above the masthead.
   */
  List<Segment> segments(List<Block> head, int page, String fullText) {
    List<Segment> out = new ArrayList<>();
    boolean afterAgenda = false;
    boolean sessionSeen = false;
    for (int i = 0; i < head.size(); i++) {
      Cancellation.checkpoint();
      Block block = head.get(i);
      boolean sessionBefore = sessionSeen;
      for (Segment s : segments(block, fullText, afterAgenda, sessionBefore)) {
        Role role = s.role();
        if (role == Role.OTHER) {
          role = freeRole(s.text(), i < page, afterAgenda);
        }
        if (role == Role.AGENDA_LINE) {
          // an agenda line inside parentheses ("(Fifty-fifth session, ..., agenda item 13)") only
          // cites the item: no title of it follows
          afterAgenda = !insideParentheses(fullText, block.span().start(), s.span().start());
        } else if (role != Role.AGENDA_TITLE && role != Role.FOOTNOTE && role != Role.PAGE) {
          // the item titles end where the masthead resumes or the sponsor or kind line comes
          afterAgenda = false;
        }
        sessionSeen |= role == Role.SESSION;
        out.add(s.withRole(role));
      }
    }
    return out;
  }

  /** Whether more parentheses open than close in the text from a block's start to a point in it. */
  static boolean insideParentheses(String fullText, int from, int to) {
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = fullText.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    return depth > 0;
  }

  private Role freeRole(String text, boolean abovePage, boolean afterAgenda) {
    if (matchesWhole("front.sponsor", text)) {
      return Role.SPONSOR;
    }
    if (startsWith("front.kind", text) || TitleFinder.isBracketedNote(text.strip())) {
      return Role.KIND;
    }
    if (abovePage || startsWith("page.line", text)) {
      return Role.PAGE;
    }
    if (!afterAgenda && startsWith("masthead.body", text)) {
      return Role.BODY;
    }
    return afterAgenda ? Role.AGENDA_TITLE : Role.OTHER;
  }

  private boolean matchesWhole(String key, String text) {
    return pack.pattern(key).map(p -> p.matcher(Cancellation.watched(text.strip())).matches()).orElse(false);
  }

  private boolean startsWith(String key, String text) {
    return pack.pattern(key).map(p -> p.matcher(Cancellation.watched(text.strip())).lookingAt()).orElse(false);
  }

  /** One block's segments: its phrases and the free text between them (role OTHER). */
  List<Segment> segments(Block block, String fullText) {
    return segments(block, fullText, false, false);
  }

  /**
   * One block's segments; {@code itemTitle} when the block stands under an agenda line, where a
   * symbol in parentheses at its end is the one the item's title cites ("Letter dated ... (S/2014/136)").
   */
  private List<Segment> segments(Block block, String fullText, boolean itemTitle, boolean sessionSeen) {
    String text = fullText.substring(block.span().start(), block.span().end());
    int base = block.span().start();
    List<Segment> out = new ArrayList<>();
    if (FOOTNOTE.matcher(Cancellation.watched(text)).find()) {
      out.add(new Segment(Role.FOOTNOTE, text, block.span()));
      return out;
    }
    if (TitleFinder.isBracketedNote(text.strip())) {
      // the note under a resolution's adoption line cites its draft or report: no masthead symbol
      out.add(new Segment(Role.KIND, text.strip(), block.span()));
      return out;
    }
    boolean whole = masthead.isMasthead(text);
    List<MastheadPhrases.Phrase> phrases = masthead.find(text);
    boolean[] taken = whole ? all(phrases.size()) : taken(text, phrases, itemTitle, sessionSeen);
    int from = 0;
    for (int k = 0; k < phrases.size(); k++) {
      MastheadPhrases.Phrase p = phrases.get(k);
      if (!taken[k] || p.role() == Role.DATE && RANGE_BEFORE.matcher(Cancellation.watched(text.substring(0, p.start()))).find()) {
        continue; // the end of a range of dates ("10–21 March 2025") is no issue date
      }
      free(text, base, from, p.start(), out);
      out.add(new Segment(p.role(), text.substring(p.start(), p.end()), new Span(base + p.start(), base + p.end())));
      from = p.end();
    }
    free(text, base, from, text.length(), out);
    return out;
  }

  /**
   * The masthead that opens a block of running text, as a web page that flattened a whole first page
   * prints it: its phrases from the block's start for as long as no more than a few letters of
   * other text stand between them ("UNITED NATIONS SECURITY COUNCIL OFFICIAL RECORDS FIFTH YEAR
   * 502nd MEETING 18 SEPTEMBER 1950 CONTENTS ..." ends before "CONTENTS").
   */
  List<Segment> mastheadRun(Block block, String fullText) {
    String text = fullText.substring(block.span().start(), block.span().end());
    int base = block.span().start();
    List<Segment> out = new ArrayList<>();
    int from = 0;
    for (MastheadPhrases.Phrase p : masthead.find(text)) {
      if (letters(text, from, p.start()) >= MIN_FREE_LETTERS || !startsHere(text, p, false)) {
        break;
      }
      out.add(new Segment(p.role(), text.substring(p.start(), p.end()), new Span(base + p.start(), base + p.end())));
      from = p.end();
    }
    return out;
  }

  private static boolean[] all(int n) {
    boolean[] out = new boolean[n];
    java.util.Arrays.fill(out, true);
    return out;
  }

  /**
   * Which phrases of a block that is not all masthead count: those that run on from its start (a
   * flattened masthead), those no title holds, and the phrases that run on before or after either
   * ("Human Rights Council Thirty-fifth session" after other text). The titles after an agenda line
   * end a run; in them a session named after the masthead's own is the title's ("审查和执行大会第十二届特别会议
   * 的《结论文件》": the masthead prints its session once).
   */
  private boolean[] taken(String text, List<MastheadPhrases.Phrase> phrases, boolean itemTitle, boolean sessionSeen) {
    int n = phrases.size();
    boolean[] eligible = new boolean[n];
    boolean[] taken = new boolean[n];
    boolean[] adjacent = new boolean[n];
    for (int k = 0; k < n; k++) {
      MastheadPhrases.Phrase p = phrases.get(k);
      eligible[k] = startsHere(text, p, itemTitle);
      int previousEnd = k == 0 ? 0 : phrases.get(k - 1).end();
      adjacent[k] = letters(text, previousEnd, p.start()) < MIN_FREE_LETTERS
          && (k == 0 || phrases.get(k - 1).role() != Role.AGENDA_LINE);
    }
    // a flattened masthead runs on from the block's start; under an agenda line the block is an
    // item's title, which may open with the names a masthead prints ("United Nations Conference
    // on ...", "联合国经济、社会及有关领域..."), so there only the phrases no title holds count
    for (int k = 0; k < n && eligible[k] && adjacent[k] && !itemTitle; k++) {
      taken[k] = true;
    }
    // the item's titles also follow an agenda line inside the block, as a flattened first page
    // runs them on: a session they name after the masthead's own is theirs there too
    boolean inItemTitle = itemTitle;
    boolean sessionBefore = sessionSeen;
    for (int k = 0; k < n; k++) {
      MastheadPhrases.Phrase p = phrases.get(k);
      boolean titles = inItemTitle && sessionBefore && p.role() == Role.SESSION;
      taken[k] |= eligible[k] && DISTINCTIVE.contains(p.role()) && !titles;
      inItemTitle |= taken[k] && p.role() == Role.AGENDA_LINE;
      sessionBefore |= taken[k] && p.role() == Role.SESSION;
    }
    for (int k = 0; k < n; k++) {
      if (!taken[k] || k > 0 && taken[k - 1]) {
        continue;
      }
      for (int j = k - 1; j >= 0 && adjacent[j + 1] && eligible[j]; j--) {
        taken[j] = true;
      }
    }
    for (int k = 1; k < n; k++) {
      taken[k] |= taken[k - 1] && adjacent[k] && eligible[k];
    }
    return taken;
  }

  /** The letters between two offsets; a Chinese character, a word of its own, counts as two. */
  private static long letters(String text, int from, int to) {
    return text.substring(from, to).codePoints().filter(Character::isLetter)
        .mapToLong(c -> Scripts.isCjk(c) ? 2 : 1).sum();
  }

  private static void free(String text, int base, int from, int to, List<Segment> out) {
    String part = text.substring(from, to);
    // the asterisk of "Item 35 of the provisional agenda*" belongs to the phrase before
    String stripped = part.strip().replaceAll("^[|,;:.·*\\s]+|[|,;·\\s]+$", "");
    if (letters(stripped, 0, stripped.length()) < MIN_FREE_LETTERS) {
      return;
    }
    int start = from + part.indexOf(stripped);
    out.add(new Segment(Role.OTHER, stripped, new Span(base + start, base + start + stripped.length())));
  }

  /** Whether a phrase inside running text starts where a masthead part may start. */
  private boolean startsHere(String text, MastheadPhrases.Phrase p, boolean itemTitle) {
    int at = p.start();
    if (at > 0) {
      char before = text.charAt(at - 1);
      char first = text.charAt(at);
      boolean glued = Character.isLowerCase(before) && Character.isUpperCase(first)
          || Character.isLetterOrDigit(before) && p.role() == Role.SYMBOL
          || Scripts.isCjk(before) || Scripts.isCjk(first);
      if (!glued && Character.isLetterOrDigit(before)) {
        return false;
      }
    }
    String before = text.substring(0, at);
    return switch (p.role()) {
      case DATE -> !followsGlue(before) && !RANGE_BEFORE.matcher(Cancellation.watched(before)).find();
      case SYMBOL -> !cited(text, at, itemTitle);
      default -> !followsGlue(before);
    };
  }

  private boolean followsGlue(String before) {
    String trimmed = before.stripTrailing();
    int space = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n'));
    String previous = trimmed.substring(space + 1);
    Optional<Pattern> glue = pack.pattern("agenda.glue");
    return !previous.isEmpty() && glue.isPresent() && glue.get().matcher(Cancellation.watched(previous)).matches();
  }

  /**
   * A symbol introduced as a citation ("document S/2020/1") or inside parentheses is no masthead,
   * except where the parentheses close the line (a heading that ends on its own symbol, a cover's
   * "Supplement No. 15 (A/35/15)"); under an agenda line such a heading is the item's title, and
   * its symbol the document the item names.
   */
  private boolean cited(String text, int at, boolean itemTitle) {
    if (Symbols.insideParentheses(text, at)) {
      int close = text.indexOf(')', at);
      return itemTitle || !text.substring(close + 1).isBlank();
    }
    Optional<Pattern> intro = pack.pattern("reference.intro");
    return intro.isPresent() && intro.get().matcher(Cancellation.watched(text.substring(Math.max(0, at - 40), at))).find();
  }
}
