package org.plenary.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.internal.Scripts;
import org.plenary.lang.LanguagePack;
import org.plenary.model.Block;
import org.plenary.model.Role;
import org.plenary.read.Cancellation;
import org.plenary.reference.MemberStates;

/**
 * Finds a title by the order of the UN's first page: below the masthead's last line, past the
 * titles of the agenda items that the agenda line announces (one per item), past a draft's sponsor
 * line, the line that says what a resolution is and the name of the body that issues it, the first
 * block that reads like a title is the title. A title wrapped over hard breaks goes on while its
 * grammar says it does: it cannot end on a small word ("... on the"), a comma or a colon, and a
 * letter's title not before it names its addressee. The blocks under it that name who issues it
 * ("Report of the Secretary-General", "Note by the Secretariat", a State's name) are its subtitle.
 */
final class TitleFinder {
  /** A title is no longer than this; a longer block is running text. */
  private static final int MAX_TITLE = 400;
  /** How many blocks a wrapped title may take. */
  private static final int MAX_TITLE_BLOCKS = 4;
  /** How many blocks besides the agenda titles may stand between the masthead and the body: sponsor, title, subtitle. */
  private static final int FRONT_BLOCKS = 4;
  /** How many blocks under an item's title printed without its agenda line the document's own title may come. */
  private static final int UNTITLED_ITEM_BLOCKS = 3;
  /** The kinds whose name opens only a document's own title, never an agenda item's. */
  private static final String[] DOCUMENT_KINDS = {"type.letter", "type.note-verbale", "type.resolution",
      "type.decision", "type.presidential-statement", "type.statement"};
  /** A section heading: "I. Introduction", "一、导言". */
  private static final Pattern SECTION = Pattern.compile("[IVX]{1,5}\\.\\s+\\p{Lu}|[一二三四五六七八九十]{1,3}\\s*、\\s*\\p{IsHan}");
  /** A line with a place and the dates of a session or meeting: "New York, 18–26 February 2025", "Nice, France, 9–13 June 2025". */
  private static final Pattern PLACE_AND_DATES = Pattern.compile("^\\(?[^,\\d]{2,40}(?:,\\s*[^,\\d]{2,40})?,\\s*\\d.*(?:19|20)\\d{2}\\)?$");
  /** An elided article or preposition before the word it is written with: "l’", "d’", "dell’". */
  private static final Pattern ELIDED = Pattern.compile("^\\p{L}{1,4}['\u2019](?=\\p{L})");
  /** A note wholly in square brackets, as the UN prints a resolution's adoption note. */
  private static final Pattern BRACKETED = Pattern.compile("\\[[^\\[\\]]{4,}\\]");
  /** A name and a State in parentheses: "Lok Bahadur Thapa (Nepal)". */
  private static final Pattern NAME_AND_STATE = Pattern.compile("[^()（）,，\\d]{2,60}\\s?[(（]([^()（）]{2,60})[)）]");
  private static final Pattern OPEN_END = Pattern.compile("[,:;\u2013\u2014(\\-]$|[,:;]\\s*\\*$");

  private final LanguagePack pack;
  private final MastheadPhrases masthead;

  TitleFinder(LanguagePack pack, MastheadPhrases masthead) {
    this.pack = pack;
    this.masthead = masthead;
  }

  /** The title's first block and the block after its last, or null where the layout shows none. */
  int[] find(List<Block> blocks, int from, int limit) {
    int zone = -1;
    int agendaTitles = 0;
    int free = 0;
    int end = Math.min(limit, blocks.size());
    boolean kindSeen = false;
    // the title stands below the masthead's last line: find that line first; a masthead line
    // further down than the agenda titles, a sponsor line, a title and its subtitle could reach is
    // the body's, and so is one below the sponsor or kind line, which the title follows at once (a
    // resolution's part letter under its title, "B", names the symbol's part, not a masthead)
    // an item's title under the agenda line may run longer than any document title ("Follow-up to
    // the Fourth World Conference on Women ...: review and appraisal of ..."): it is no paragraph
    int itemTitles = 0;
    for (int i = from; i < end; i++) {
      Cancellation.checkpoint();
      Block block = blocks.get(i);
      boolean itemTitle = itemTitles > 0 && !block.text().strip().endsWith(".");
      // nor is a draft's sponsor line, however many States it lists; and a first page flattened
      // into one line runs its masthead into the agenda's long titles: that block is the masthead's
      boolean flattenedMasthead = i == from && masthead.opensWithMasthead(block.text());
      boolean running = block.text().length() > MAX_TITLE && !itemTitle && !flattenedMasthead
          && !isFrontLine(block.text().strip());
      if (UnStructureFinder.isBodyStart(block, pack) || running
          || SECTION.matcher(Cancellation.watched(block.text())).lookingAt()) {
        // the body's first words, its first paragraph or its first section heading ("I. Introduction")
        end = i;
        break;
      }
      List<MastheadPhrases.Phrase> phrases = masthead.find(block.text());
      if (phrases.stream().anyMatch(p -> p.role() == Role.RECORDS)) {
        return null; // an Official Records cover prints its title above its masthead
      }
      boolean wraps = i > from && wrapsOn(blocks.get(i - 1).text(), block.text()) && isTitleLike(blocks.get(i - 1));
      kindSeen |= zone >= 0 && isFrontLine(block.text().strip());
      if ((masthead.isMasthead(block.text()) || agendaLine(block.text()) >= 0) && !wraps && !kindSeen) {
        // a date or an organ's name that a wrapped title goes on with is no masthead line
        if (zone >= 0 && free > Math.max(0, agendaItems(blocks.get(zone).text())) + FRONT_BLOCKS) {
          end = i;
          break;
        }
        zone = i;
        free = 0;
        itemTitles = Math.max(0, agendaItems(block.text()));
      } else if (zone >= 0) {
        free++;
        itemTitles--;
      }
    }
    if (zone < 0) {
      return null;
    }
    agendaTitles = Math.max(0, agendaItems(blocks.get(zone).text()));
    boolean agendaInLine = agendaLine(blocks.get(zone).text()) > 0 && !masthead.isMasthead(blocks.get(zone).text());
    if (agendaInLine) {
      agendaTitles--; // a flattened agenda line runs into its first item's title
    }
    // the sponsor line or the line that says what a resolution is stands right above the title
    int start = zone + 1;
    int sponsor = -1;
    for (int i = zone + 1; i < end; i++) {
      Cancellation.checkpoint();
      String text = blocks.get(i).text().strip();
      if (isFrontLine(text)) {
        sponsor = matchesWhole("front.sponsor", text) ? i : -1;
        while (sponsor == i && endsOnAName(text) && i + 1 < end && isNameAndState(blocks.get(i + 1).text().strip())) {
          i++; // "... submitted by the Vice-President of the Council, Lok Bahadur / Thapa (Nepal)"
        }
        start = i + 1;
        agendaTitles = 0;
      }
    }
    int bodyName = -1;
    for (int i = start; i < end; i++) {
      Cancellation.checkpoint();
      Block block = blocks.get(i);
      String text = block.text().strip();
      if (isFootnote(text)) {
        continue;
      }
      if (sponsor >= 0 && block.indent() > blocks.get(sponsor).indent()) {
        break; // indented as a paragraph's first line under the sponsor line: an amendment's first words
      }
      // an item's title in capitals is the older layout's, whose document title follows it in
      // mixed case, be it only "Report of the Secretary-General"
      if (agendaTitles > 0 && (!lastCandidate(blocks, i, end) || inCapitals(text))) {
        Optional<Matcher> report = first("title.committeeReport", text);
        if (report.isPresent() && report.get().start() > 0) {
          return new int[] {i, i + 1}; // the item's title run into a Main Committee report's
        }
        agendaTitles--;
        while (i + 1 < end && (wrapsOn(text, blocks.get(i + 1).text())
            || inRightColumn(blocks.get(zone), blocks.get(i)) && inRightColumn(blocks.get(zone), blocks.get(i + 1)))) {
          text = blocks.get(++i).text().strip();
        }
        continue;
      }
      if (startsWith("masthead.body", text) && !ResolutionNumber.opens(text)) {
        // the name of the body that issues the document, wrapped as the title would be
        bodyName = bodyName < 0 ? i : bodyName;
        while (i + 1 < end && wrapsOn(text, blocks.get(i + 1).text())) {
          text = blocks.get(++i).text().strip();
        }
        continue;
      }
      if (!isTitleLike(block)) {
        continue;
      }
      int[] title = wrapped(blocks, i, end);
      if (agendaTitles == 0 && start == zone + 1 && !namesKind(text)) {
        // no agenda line above: an item's title may stand there alone, over the line that says what
        // the document is ("Statement submitted by ...", "Decision adopted by ...")
        for (int j = title[1]; j < Math.min(end, title[1] + UNTITLED_ITEM_BLOCKS); j++) {
          if (isTitleLike(blocks.get(j)) && !isSubtitle(blocks.get(j)) && namesKind(blocks.get(j).text().strip())) {
            return wrapped(blocks, j, end);
          }
        }
      }
      return title;
    }
    if (bodyName >= 0 && start > zone + 1) {
      // under a sponsor or kind line nothing stands before the title: a title that names a body
      // ("Preparatory Committee for the ... Conference") is the title when no other block is
      return wrapped(blocks, bodyName, end);
    }
    if (sponsor >= 0) {
      // a Security Council draft or amendment prints no title under its sponsor line: the line is its title
      return wrapped(blocks, sponsor, end);
    }
    return null;
  }

  /**
   * Whether a block is a draft's sponsor line or says what a resolution is, which the UN prints
   * right above the title: the pack's phrases, or a note wholly in square brackets ("[on the report
   * of the Third Committee (A/75/478)]", "[without reference to a Main Committee]"), never a title.
   */
  boolean isFrontLine(String text) {
    return matchesWhole("front.sponsor", text) || startsWith("front.kind", text) || isBracketedNote(text);
  }

  /** Whether a line is a note wholly in square brackets. */
  static boolean isBracketedNote(String text) {
    return BRACKETED.matcher(Cancellation.watched(text)).matches();
  }

  /** The blocks of a title that starts at {@code i}, wrapped over hard breaks while its grammar goes on. */
  private int[] wrapped(List<Block> blocks, int i, int end) {
    int last = i;
    String title = blocks.get(i).text().strip();
    while (last + 1 < end && last - i + 1 < MAX_TITLE_BLOCKS && wrapsOn(title, blocks.get(last + 1).text())
        && goesOn(blocks.get(last + 1))) {
      title = title + " " + blocks.get(++last).text().strip();
    }
    return new int[] {i, last + 1};
  }

  /** Whether a block says what the document is, as only a document's own title does. */
  private boolean namesKind(String text) {
    for (String key : DOCUMENT_KINDS) {
      if (startsWith(key, text)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether no block after this one could be the title: a page that leaves out an agenda item's
   * title still prints the document's own. A line that names who issues the document ("Report of
   * the Working Group on ...") is a title when nothing else stands between it and the agenda
   * titles; the subtitles that never are ("Report of the Secretary-General", a State's name) are not.
   */
  private boolean lastCandidate(List<Block> blocks, int at, int end) {
    for (int j = at + 1; j < end; j++) {
      Cancellation.checkpoint();
      Block block = blocks.get(j);
      boolean subtitle = matchesWhole("title.subtitle", block.text().strip()) || isStateName(block.text().strip());
      if (isTitleLike(block) && !subtitle && !wrapsOn(blocks.get(j - 1).text(), block.text())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a block stands in the right-hand column that a masthead line opens: a joint masthead
   * prints the second organ's session, agenda line and item titles there, its lines broken by the
   * column's width, not by the title's grammar.
   */
  private static boolean inRightColumn(Block column, Block block) {
    return column.indent() > 0 && block.indent() == column.indent();
  }

  /** Whether a line goes on the one before: that one cannot end there, or this one opens with a small word. */
  boolean wrapsOn(String before, String line) {
    String t = line.strip();
    int space = t.indexOf(' ');
    String first = space < 0 ? t : t.substring(0, space);
    return continues(before) || !first.isEmpty() && Character.isLowerCase(first.codePointAt(0))
        && pack.pattern("agenda.glue").map(p -> p.matcher(Cancellation.watched(first)).matches()).orElse(false);
  }

  /** Whether a title's text so far cannot end there: a small word, a comma, a colon, a dash. */
  boolean continues(String title) {
    String t = title.strip();
    if (t.isEmpty() || OPEN_END.matcher(Cancellation.watched(t)).find()) {
      return !t.isEmpty();
    }
    int space = t.lastIndexOf(' ');
    // an elided article belongs to the word it is written with: "l’homme" ends a title as "homme" does
    String last = ELIDED.matcher(t.substring(space + 1)).replaceFirst("");
    return !last.isEmpty() && pack.pattern("agenda.glue").map(p -> p.matcher(Cancellation.watched(last)).matches()).orElse(false);
  }

  /**
   * Whether a block goes on a letter's title that has not yet named its addressee: short, not
   * masthead, not the body's first words, not a date line of its own.
   */
  boolean continuesLetter(Block block) {
    String text = block.text().strip();
    return !text.isEmpty() && text.length() <= MAX_TITLE && !masthead.isMasthead(text) && !isFootnote(text)
        && !UnStructureFinder.isBodyStart(block, pack) && !endsSentence(text);
  }

  private static boolean endsSentence(String text) {
    return ".。!?！？".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /** Whether a block under a title names who issues it, or is a State's name under a review's report. */
  boolean isSubtitle(Block block) {
    String text = block.text().strip();
    return !ResolutionNumber.opens(text)
        && (matchesWhole("title.subtitle", text) || matchesWhole("title.byline", text) || isStateName(text));
  }

  /** Whether a text is in capitals: letters of a cased script, none of them lower case. */
  private static boolean inCapitals(String text) {
    return text.codePoints().anyMatch(Character::isUpperCase) && text.codePoints().noneMatch(Character::isLowerCase);
  }

  /** Whether a sponsor line ends on a capitalised word, as one broken inside its submitter's name does. */
  private static boolean endsOnAName(String text) {
    String last = text.substring(text.lastIndexOf(' ') + 1);
    return !last.isEmpty() && Character.isUpperCase(last.codePointAt(0));
  }

  /** Whether a short block is a person's name with their State in parentheses, as a sponsor line ends. */
  private boolean isNameAndState(String text) {
    Matcher m = NAME_AND_STATE.matcher(Cancellation.watched(text));
    return m.matches() && MemberStates.get().find(m.group(1), pack.language()).isPresent();
  }

  /** Whether a short block names a State, as a review's report prints it under its title. */
  private boolean isStateName(String text) {
    return text.length() <= 60 && MemberStates.get().find(text, pack.language()).isPresent();
  }

  /** Whether a block may go on a wrapped title: title-like, or a date or an organ's name it ends on. */
  private boolean goesOn(Block block) {
    return isTitleLike(block) || block.number() == null && !block.text().isBlank() && !isFootnote(block.text().strip());
  }

  private boolean isTitleLike(Block block) {
    return block.number() == null && isTitleLike(block.text().strip());
  }

  private boolean isTitleLike(String text) {
    if (text.isEmpty() || text.length() > MAX_TITLE || masthead.isMasthead(text) || isFootnote(text)) {
      return false;
    }
    int first = text.codePointAt(0);
    long letters = text.codePoints().filter(Character::isLetter).mapToLong(c -> Scripts.isCjk(c) ? 2 : 1).sum();
    return letters >= 4 && !Character.isLowerCase(first) && !text.endsWith(".")
        && !PLACE_AND_DATES.matcher(Cancellation.watched(text)).matches()
        && (ResolutionNumber.opens(text) || !startsWith("masthead.body", text)) && !startsWith("page.line", text);
  }

  private static boolean isFootnote(String text) {
    return text.startsWith("*") || text.startsWith("\u2020");
  }

  /** Where the agenda line starts in a block, or -1. */
  private int agendaLine(String text) {
    return first("agenda", text).map(Matcher::start).orElse(-1);
  }

  /** How many item titles the block's agenda line opens, or -1 when it has none. */
  private int agendaItems(String text) {
    for (Pattern p : pack.patterns("agenda")) {
      Matcher m = p.matcher(Cancellation.watched(text));
      if (m.find()) {
        if (FrontSegmenter.insideParentheses(text, 0, m.start())) {
          return 0; // "(Fifty-fifth session, ..., agenda item 13)" cites the item: no title of it follows
        }
        String items = m.group("items");
        return items == null ? 1 : Math.max(1, (int) java.util.Arrays.stream(items.split("[^\\d]+"))
            .filter(s -> !s.isEmpty()).distinct().count());
      }
    }
    return -1;
  }

  private boolean matchesWhole(String key, String text) {
    return pack.pattern(key).map(p -> p.matcher(Cancellation.watched(text)).matches()).orElse(false);
  }

  private boolean startsWith(String key, String text) {
    return pack.pattern(key).map(p -> p.matcher(Cancellation.watched(text)).lookingAt()).orElse(false);
  }

  private Optional<Matcher> first(String key, String text) {
    return pack.pattern(key).map(p -> p.matcher(Cancellation.watched(text))).filter(Matcher::find);
  }
}
