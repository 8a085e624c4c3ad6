package org.plenary.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.lang.LanguagePack;
import org.plenary.model.Block;
import org.plenary.model.BlockKind;
import org.plenary.model.DocumentTree;
import org.plenary.model.RepairedText;
import org.plenary.model.Role;
import org.plenary.model.Segment;
import org.plenary.model.Span;
import org.plenary.pipeline.Diagnostics;
import org.plenary.read.Cancellation;
import org.plenary.symbol.Symbols;

/**
 * Finds the parts of a UN document in the order the UN prints them: masthead and agenda lines, the
 * title (a letter's "Letter dated ..." or the first title-like line after the masthead), the body,
 * the signature block, then annexes, each opened by its label. Blocks that a web page ran together
 * are first cut apart by {@link BlockSplitter}.
 */
public final class UnStructureFinder implements StructureFinder {
  /** Titles are looked for among the first blocks only. */
  private static final int HEAD_BLOCKS = 60;
  private static final int SHORT_LINE = 80;
  /** A block this long that is not masthead is running text: the masthead is above it. */
  private static final int BODY_PARAGRAPH = 240;
  private static final int MAX_SIGNATURE_LINES = 4;
  /** How many blocks a letter's title wrapped over hard breaks may take. */
  private static final int MAX_LETTER_TITLE_BLOCKS = 4;
  private static final int MAX_ANNEX_HEADING_LINES = 3;
  /** The longest annex title a block set as a heading may be. */
  private static final int MAX_ANNEX_HEADING = 400;
  private static final String[] TYPE_KEYS = {"type.letter", "type.note-verbale", "type.resolution",
      "type.draft-resolution", "type.decision", "type.draft-decision", "type.presidential-statement",
      "type.summary-statement", "type.agenda", "type.programme-of-work", "type.meeting-record", "type.report", "type.note",
      "type.statement"};
  /** The first kinds of {@link #TYPE_KEYS}, from letter to summary statement, name a document only. */
  private static final int STRONG_TYPES = 8;
  /** How many blocks of agenda item titles may stand between a weak title and the strong one. */
  private static final int ITEM_TITLE_BLOCKS = 4;

  private static final Pattern SYMBOL = Pattern.compile(Symbols.REGEX);
  /** A heading and what a web page adds to it after a spaced dash or bar: a site's name, a subtitle. */
  private static final Pattern PAGE_HEADING = Pattern.compile("(.{4,300}?)\\s+[-\u2013\u2014|]\\s+(\\S.{2,300})");
  /** How many blocks below a page's heading may hold the title it repeats. */
  private static final int PAGE_HEADING_REACH = 8;
  /** The job number or its barcode, printed at the foot of the first page: the masthead is above. */
  private static final Pattern FIRST_PAGE_FOOT = Pattern.compile("(?<![\\d.-])\\d{2}-\\d{5}\\s*\\([A-Z]\\)|^\\*\\d{7}\\*$");

  private static final Pattern CONTENTS_ENTRY = Pattern.compile("(?:\\.\\s?){4,}\\s*\\d{1,4}\\s*$");

  private final BlockSplitter splitter = new BlockSplitter();

  @Override
  public DocumentTree find(RepairedText text, LanguagePack pack, Diagnostics diagnostics) {
    List<Block> blocks = splitter.split(text, pack);
    MastheadPhrases masthead = new MastheadPhrases(pack);
    int mastheadStart = mastheadStart(blocks, pack, masthead);
    // the title stands above the first running text under the masthead
    int running = runningText(blocks, masthead, pack, mastheadStart);
    int title = letterTitle(blocks, pack, mastheadStart, running);
    int titleEnd = title + 1;
    // a letter's title printed over several lines goes on with its addressee ("addressed to ...")
    while (title >= 0 && titleEnd < blocks.size() && opensWithAddressee(blocks.get(titleEnd), pack)) {
      titleEnd++;
    }
    TitleFinder titles = new TitleFinder(pack, masthead);
    if (title >= 0) {
      // a letter's title goes on over its hard breaks until it names its addressee
      while (titleEnd < blocks.size() && titleEnd - title < MAX_LETTER_TITLE_BLOCKS
          && !hasAddressee(blocks.subList(title, titleEnd), pack) && titles.continuesLetter(blocks.get(titleEnd))) {
        titleEnd++;
      }
    }
    int[] byLayout = title < 0 ? titles.find(blocks, mastheadStart, running) : null;
    if (byLayout != null) {
      title = byLayout[0];
      titleEnd = byLayout[1];
    } else if (title < 0) {
      title = otherTitle(blocks, pack, masthead, mastheadStart, running);
      titleEnd = title + 1;
      if (title >= 0 && isSubtitle(blocks.get(title), pack) && title > 0
          && isTitleCandidate(blocks.get(title - 1), masthead, pack)) {
        title--;
      }
    }
    List<Block> head;
    List<Block> titleBlocks;
    int bodyStart;
    int subtitleEnd;
    if (title >= 0) {
      head = blocks.subList(0, title);
      titleBlocks = blocks.subList(title, Math.min(titleEnd, blocks.size()));
      bodyStart = titleEnd;
      while (bodyStart < blocks.size() && (isSubtitle(blocks.get(bodyStart), pack)
          || titles.isSubtitle(blocks.get(bodyStart)))) {
        bodyStart++;
      }
      subtitleEnd = bodyStart;
    } else {
      bodyStart = bodyStart(blocks, pack, masthead);
      head = blocks.subList(0, bodyStart);
      titleBlocks = List.of();
      subtitleEnd = bodyStart;
    }
    List<Segment> front = new ArrayList<>(new FrontSegmenter(pack, masthead)
        .segments(head, Math.min(mastheadStart, head.size()), text.text()));
    // a verbatim record has no title: the lines under its meeting line are the place, the date and the chair
    boolean meetingLine = head.stream().anyMatch(b -> masthead.isMasthead(b.text())
        && masthead.find(b.text()).stream().anyMatch(p -> p.role() == Role.MEETING));
    for (Block b : titleBlocks) {
      if (meetingLine && !pack.pattern("type.meeting-record").map(p -> p.matcher(b.text()).find()).orElse(false)) {
        front.add(new Segment(Role.OTHER, text.slice(b.span()), b.span()));
      } else {
        front.addAll(titleSegments(b, text, front, pack));
      }
    }
    for (Block b : title < 0 ? List.<Block>of() : blocks.subList(Math.min(titleEnd, subtitleEnd), subtitleEnd)) {
      front.add(new Segment(Role.SUBTITLE, text.slice(b.span()), b.span()));
    }
    // the masthead may stand below the title, as an Official Records cover prints it: its lines
    // count up to the first block of running text
    FrontSegmenter segmenter = new FrontSegmenter(pack, masthead);
    for (int i = bodyStart; title >= 0 && i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (isBodyStart(block, pack) || block.text().length() > SHORT_LINE || endsSentence(block.text())) {
        break;
      }
      List<Segment> lines = segmenter.segments(block, text.text());
      // a date line alone under a letter's title is the letter's own date
      if (masthead.isMasthead(block.text()) && lines.stream().anyMatch(l -> l.role() != Role.DATE)) {
        front.addAll(lines);
      }
    }
    List<Integer> annexStarts = annexStarts(blocks, bodyStart, pack);
    int bodyEnd = annexStarts.isEmpty() ? blocks.size() : annexStarts.get(0);
    List<Block> main = blocks.subList(Math.min(bodyStart, bodyEnd), bodyEnd);
    if (title < 0 && !main.isEmpty()) {
      // a page flattened into one block: its masthead runs into the body's first words
      front.addAll(segmenter.mastheadRun(main.get(0), text.text()));
    }
    Signed signed = signature(main, pack);
    List<DocumentTree.Part> annexes = new ArrayList<>();
    for (int i = 0; i < annexStarts.size(); i++) {
      Cancellation.checkpoint();
      int from = annexStarts.get(i);
      int to = i + 1 < annexStarts.size() ? annexStarts.get(i + 1) : blocks.size();
      annexes.add(annex(blocks.subList(from, to), pack));
    }
    return new DocumentTree(text, pack.language(), front, signed.body(), signed.signature(), annexes);
  }

  /**
   * A title block's segments. Where an agenda line has no titles under it, a page may have run the
   * item's title into the block of a Main Committee's report ("... humanitarian questions Report of
   * the Third Committee"): the item's title is an agenda title, the report's is the title.
   */
  private static List<Segment> titleSegments(Block block, RepairedText text, List<Segment> front, LanguagePack pack) {
    String content = text.slice(block.span());
    boolean untitledAgenda = !front.isEmpty() && front.get(front.size() - 1).role() == Role.AGENDA_LINE;
    Optional<Pattern> report = pack.pattern("title.committeeReport");
    if (untitledAgenda && report.isPresent()) {
      Matcher m = report.get().matcher(Cancellation.watched(content));
      if (m.find() && m.start() > 0) {
        int at = block.span().start() + m.start();
        String item = content.substring(0, m.start()).strip();
        return List.of(new Segment(Role.AGENDA_TITLE, item, new Span(block.span().start(),
                block.span().start() + item.length())),
            new Segment(Role.TITLE, content.substring(m.start()), new Span(at, block.span().end())));
      }
    }
    return List.of(new Segment(Role.TITLE, content, block.span()));
  }

  /**
   * Where the masthead starts: the last masthead line that carries a document symbol before the
   * body, its first paragraph of running text or the foot of the first page. A web page often
   * repeats the document's title and symbol above the masthead, as its own heading and navigation;
   * the title is looked for below the masthead's start, so that the masthead stays in the head.
   */
  private static int mastheadStart(List<Block> blocks, LanguagePack pack, MastheadPhrases masthead) {
    int start = 0;
    for (int i = 0; i < Math.min(HEAD_BLOCKS, blocks.size()); i++) {
      String text = blocks.get(i).text();
      if (isBodyStart(blocks.get(i), pack) || FIRST_PAGE_FOOT.matcher(Cancellation.watched(text)).find()
          || text.length() > BODY_PARAGRAPH && !masthead.isMasthead(text)) {
        break;
      }
      if (SYMBOL.matcher(Cancellation.watched(text)).find() && masthead.isMasthead(text)
          && masthead.find(text).stream().noneMatch(p -> p.role() == Role.RECORDS)) {
        // a cover prints its symbol after the supplement number, below its title
        start = i;
      }
    }
    return start;
  }

  /**
   * The first block of running text under the masthead: a sentence of its own, or the body's first
   * words. A letter's heading below it is the heading of a letter the document transmits (an
   * annex), not the document's title.
   */
  private static int runningText(List<Block> blocks, MastheadPhrases masthead, LanguagePack pack, int from) {
    boolean underMasthead = false;
    for (int i = from; i < Math.min(HEAD_BLOCKS, blocks.size()); i++) {
      Block block = blocks.get(i);
      String text = block.text().strip();
      // the body's first words are no masthead line, though they name the organ ("إن مجلس الأمن،")
      if (underMasthead && isBodyStart(block, pack)) {
        return i;
      }
      // a first page flattened into one line opens with the masthead and runs on into the agenda titles
      if (masthead.isMasthead(text) || i == from && masthead.opensWithMasthead(text)) {
        underMasthead = true;
      } else if (underMasthead && text.length() > SHORT_LINE && endsSentence(text)) {
        return i;
      }
    }
    return Math.min(HEAD_BLOCKS, blocks.size());
  }

  /** Whether a block opens with a letter's or note verbale's title in the UN's own form ("Letter dated ..."). */
  private static boolean isLetterHeading(Block block, LanguagePack pack) {
    String text = block.text();
    if (text.length() > 400 || endsSentence(text)) {
      return false;
    }
    for (String key : new String[] {"title.letter", "title.note-verbale"}) {
      List<Pattern> phrases = pack.patterns(key);
      if (!phrases.isEmpty()) {
        Matcher m = phrases.get(0).matcher(text);
        if (m.find() && m.start() == 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first block from {@code from} that opens with a letter's or note verbale's title. */
  private static int letterTitle(List<Block> blocks, LanguagePack pack, int from) {
    return letterTitle(blocks, pack, from, Math.min(HEAD_BLOCKS, blocks.size()));
  }

  /** The first block from {@code from}, before {@code to}, that opens with a letter's or note verbale's title. */
  private static int letterTitle(List<Block> blocks, LanguagePack pack, int from, int to) {
    // the phrases of a title are tried in the pack's order, the UN's own form ("Letter dated ...")
    // before the looser forms web pages put above the document ("Letter from the ...")
    String[] keys = {"title.letter", "title.note-verbale"};
    int ranks = Math.max(pack.patterns(keys[0]).size(), pack.patterns(keys[1]).size());
    for (int rank = 0; rank < ranks; rank++) {
      for (int i = from; i < Math.min(to, blocks.size()); i++) {
        String text = wrappedHeading(blocks, i, to);
        for (String key : keys) {
          List<Pattern> phrases = pack.patterns(key);
          if (rank < phrases.size()) {
            Matcher m = phrases.get(rank).matcher(Cancellation.watched(text));
            // a letter named right under the agenda line is that item's title ("Letter dated ... (A/ES-11/1)")
            String above = i > 0 ? blocks.get(i - 1).text() : "";
            if (m.find() && m.start() == 0 && !endsWithAgendaLine(above, pack)) {
              return i;
            }
          }
        }
      }
    }
    return -1;
  }


  /**
   * A block and the short blocks after it, as one line: a letter's title wrapped over hard breaks
   * names its date only on a later line ("Письмо Постоянного представителя ... при Организации /
   * Объединенных Наций от 28 сентября 2020 года ..."). A block that ends a sentence, or a long one, ends it.
   */
  private static String wrappedHeading(List<Block> blocks, int at, int to) {
    StringBuilder text = new StringBuilder(blocks.get(at).text());
    for (int j = at + 1; j < Math.min(to, Math.min(blocks.size(), at + MAX_LETTER_TITLE_BLOCKS)); j++) {
      String before = blocks.get(j - 1).text();
      String next = blocks.get(j).text();
      if (before.length() > SHORT_LINE * 2 || endsSentence(before) || next.length() > SHORT_LINE * 2
          || blocks.get(j).number() != null) {
        break;
      }
      text.append(' ').append(next);
    }
    return text.toString();
  }

  /** The first block of the head that reads like a title of a known kind of document. */
  private static int otherTitle(List<Block> blocks, LanguagePack pack, MastheadPhrases masthead, int from, int to) {
    int limit = Math.min(to, blocks.size());
    for (int i = from; i < limit; i++) {
      Cancellation.checkpoint();
      Block block = blocks.get(i);
      if (isBodyStart(block, pack)) {
        return -1;
      }
      if (isPageHeading(blocks, i, limit, pack)
          || pack.pattern("page.line").map(p -> p.matcher(block.text().strip()).lookingAt()).orElse(false)) {
        continue;
      }
      int type = typeOf(block, pack);
      if (type >= 0 && type < STRONG_TYPES) {
        // checked before the masthead test: "2020年12月31日大会决议" is all masthead words
        return i;
      }
      if (type >= 0 && !masthead.isMasthead(block.text())) {
        return strongerTitleAfter(blocks, pack, i, limit);
      }
    }
    return -1;
  }

  /**
   * Whether a block is a web page's own heading: the title run together with a site's name, a
   * subtitle or a symbol after a spaced dash or bar ("Note verbale - Office of Legal Affairs",
   * "Access to water - Report of the Secretary-General (S/2031/100)"), where a block below repeats
   * the part before the dash or names a kind of document in the UN's own form.
   */
  private static boolean isPageHeading(List<Block> blocks, int at, int limit, LanguagePack pack) {
    Matcher m = PAGE_HEADING.matcher(blocks.get(at).text().strip());
    if (!m.matches()) {
      return false;
    }
    String head = m.group(1).strip();
    for (int j = at + 1; j < Math.min(limit, at + 1 + PAGE_HEADING_REACH); j++) {
      Block below = blocks.get(j);
      if (isBodyStart(below, pack)) {
        return false;
      }
      int type = typeOf(below, pack);
      if (below.text().strip().equalsIgnoreCase(head) || type >= 0 && type < STRONG_TYPES
          || letterTitle(blocks.subList(j, j + 1), pack, 0) == 0) {
        return true;
      }
    }
    return false;
  }

  /** The index in {@link #TYPE_KEYS} of the first kind of document a title-like block names, or -1. */
  private static int typeOf(Block block, LanguagePack pack) {
    if (block.text().length() > 400) {
      return -1;
    }
    for (int k = 0; k < TYPE_KEYS.length; k++) {
      Optional<Pattern> pattern = pack.pattern(TYPE_KEYS[k]);
      if (pattern.isPresent() && pattern.get().matcher(Cancellation.watched(block.text())).find()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A block that names a report or a note may be an agenda item's title ("Report of the Human Rights
   * Council"); when the line that says what the document is ("Resolution adopted by ...") follows
   * within a few blocks, that line is the title.
   */
  private static int strongerTitleAfter(List<Block> blocks, LanguagePack pack, int weak, int limit) {
    for (int j = weak + 1; j < Math.min(limit, weak + 1 + ITEM_TITLE_BLOCKS); j++) {
      if (isBodyStart(blocks.get(j), pack)) {
        break;
      }
      int type = typeOf(blocks.get(j), pack);
      if (type >= 0 && type < STRONG_TYPES) {
        return j;
      }
    }
    return weak;
  }

  private static boolean opensWithAddressee(Block block, LanguagePack pack) {
    return block.text().length() <= SHORT_LINE * 3 && pack.pattern("addressee.intro").map(p -> {
      Matcher m = p.matcher(Cancellation.watched(block.text()));
      return m.find() && m.start() == 0;
    }).orElse(false);
  }

  static boolean isSubtitle(Block block, LanguagePack pack) {
    return pack.pattern("title.subtitle").map(p -> p.matcher(Cancellation.watched(block.text().strip())).matches()).orElse(false);
  }

  private static boolean isTitleCandidate(Block block, MastheadPhrases masthead, LanguagePack pack) {
    String text = block.text();
    return text.length() <= 300 && !masthead.isMasthead(text) && block.number() == null
        && pack.pattern("agenda").map(p -> !p.matcher(Cancellation.watched(text)).find()).orElse(true)
        && !text.endsWith(".") && !text.endsWith("。");
  }

  private static boolean endsSentence(String text) {
    String t = text.strip();
    return !t.isEmpty() && ".。;；!！?？".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /** Whether a letter's title, as far as these blocks go, names its addressee ("addressed to the Secretary-General"). */
  private static boolean hasAddressee(List<Block> title, LanguagePack pack) {
    String text = String.join(" ", title.stream().map(Block::text).toList());
    Optional<Pattern> intro = pack.pattern("addressee.intro");
    if (intro.isEmpty()) {
      return true;
    }
    Matcher m = intro.get().matcher(Cancellation.watched(text));
    if (!m.find()) {
      return false;
    }
    String rest = text.substring(m.end());
    for (String key : new String[] {"addressee.secretary-general", "addressee.president-of-the-security-council",
        "addressee.president-of-the-general-assembly", "addressee.president-of-the-economic-and-social-council",
        "addressee.president-of-the-human-rights-council", "addressee.chair"}) {
      if (pack.pattern(key).map(p -> p.matcher(Cancellation.watched(rest)).find()).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a block ends on an agenda line, with no item title after it. */
  private static boolean endsWithAgendaLine(String text, LanguagePack pack) {
    for (Pattern p : pack.patterns("agenda")) {
      Matcher m = p.matcher(Cancellation.watched(text));
      while (m.find()) {
        Cancellation.checkpoint();
        if (text.substring(m.end()).replaceAll("[\\s*:]", "").isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isBodyStart(Block block, LanguagePack pack) {
    if ("1.".equals(block.number())) {
      return true;
    }
    // at the block's start and with its capital: "the General Assembly," goes on a sentence
    return pack.exactPattern("body.start").map(p -> p.matcher(Cancellation.watched(block.text())).lookingAt()).orElse(false);
  }

  /** Where the body starts when no title is found: its first words, or the first numbered paragraph. */
  private static int bodyStart(List<Block> blocks, LanguagePack pack, MastheadPhrases masthead) {
    for (int i = 0; i < blocks.size(); i++) {
      Cancellation.checkpoint();
      if (isBodyStart(blocks.get(i), pack)) {
        return i;
      }
    }
    for (int i = 0; i < Math.min(HEAD_BLOCKS, blocks.size()); i++) {
      Block block = blocks.get(i);
      if (block.text().length() > 300 && !masthead.isMasthead(block.text())) {
        return i;
      }
    }
    // nothing reads as the body's start: the masthead lines that open the document are the head
    int head = 0;
    while (head < Math.min(HEAD_BLOCKS, blocks.size()) && masthead.isMasthead(blocks.get(head).text())) {
      head++;
    }
    return head;
  }

  private static List<Integer> annexStarts(List<Block> blocks, int from, LanguagePack pack) {
    List<Integer> starts = new ArrayList<>();
    for (int i = Math.max(from, 0); i < blocks.size(); i++) {
      Cancellation.checkpoint();
      // a letter's heading after the body's text heads the letter the document transmits, unless
      // an annex label just above already opened its annex
      boolean transmitted = i > from && isLetterHeading(blocks.get(i), pack)
          && (starts.isEmpty() || i - starts.get(starts.size() - 1) > MAX_ANNEX_HEADING_LINES + 1);
      // a table of contents lists the annexes with dot leaders and page numbers: no annex starts there
      boolean contents = isContentsEntry(blocks.get(i)) || (i + 1 < blocks.size() && isContentsEntry(blocks.get(i + 1)));
      if ((isAnnexLabel(blocks.get(i), pack) && !contents) || transmitted) {
        starts.add(i);
      }
    }
    return starts;
  }

  /** A line of a table of contents: dot leaders and a page number ("Composition of the delegation ...... 31"). */
  private static boolean isContentsEntry(Block block) {
    return CONTENTS_ENTRY.matcher(block.text()).find();
  }

  static boolean isAnnexLabel(Block block, LanguagePack pack) {
    String text = block.text().strip();
    if (block.number() != null) {
      return false;
    }
    boolean label = pack.pattern("annex.label").map(p -> p.matcher(Cancellation.watched(text)).find()).orElse(false)
        && text.length() <= SHORT_LINE * 3 && !text.endsWith(".") && !text.endsWith("。")
        && !text.endsWith(",") && !text.endsWith("，");
    boolean of = pack.pattern("annex.of").map(p -> {
      Matcher m = p.matcher(Cancellation.watched(text));
      return m.find() && m.start() == 0;
    }).orElse(false);
    return label || of;
  }

  private record Signed(List<Block> body, List<Block> signature) {}

  /** Splits the signature block off the end of a body: the marker's block and its title lines. */
  private static Signed signature(List<Block> blocks, LanguagePack pack) {
    Optional<Pattern> marker = pack.pattern("signature.marker");
    Optional<Pattern> title = pack.pattern("signature.title");
    int first = -1;
    int last = -1;
    for (int i = 0; i < blocks.size(); i++) {
      Cancellation.checkpoint();
      if (marker.isPresent() && marker.get().matcher(Cancellation.watched(blocks.get(i).text())).find()) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      return new Signed(blocks, List.of());
    }
    int start = first;
    while (start > 0 && first - start < MAX_SIGNATURE_LINES && isSignatureLine(blocks.get(start - 1), title)) {
      start--;
    }
    int end = last + 1;
    while (end < blocks.size() && end - last <= MAX_SIGNATURE_LINES && (isSignatureLine(blocks.get(end), title)
        || end > last + 1 && wrapsOn(blocks.get(end - 1), blocks.get(end), pack))) {
      end++;
    }
    List<Block> signature = new ArrayList<>();
    for (Block b : blocks.subList(start, end)) {
      signature.add(b.withKind(BlockKind.SIGNATURE));
    }
    List<Block> body = new ArrayList<>(blocks.subList(0, start));
    body.addAll(blocks.subList(end, blocks.size()));
    return new Signed(body, signature);
  }

  /**
   * Whether a short block goes on the signature title above it, which a small word ends ("acting in
   * the absence of a Chair of the") or which it continues in lower case.
   */
  private static boolean wrapsOn(Block above, Block block, LanguagePack pack) {
    String text = block.text().strip();
    String before = above.text().strip();
    if (text.isEmpty() || text.length() > SHORT_LINE * 2 || block.number() != null || before.isEmpty()) {
      return false;
    }
    String last = before.substring(before.lastIndexOf(' ') + 1);
    return Character.isLowerCase(text.codePointAt(0))
        || pack.pattern("agenda.glue").map(p -> p.matcher(last).matches()).orElse(false);
  }

  private static boolean isSignatureLine(Block block, Optional<Pattern> title) {
    String text = block.text().strip();
    return text.length() <= SHORT_LINE && block.number() == null
        && title.map(p -> p.matcher(Cancellation.watched(text)).find()).orElse(false);
  }

  private static DocumentTree.Part annex(List<Block> blocks, LanguagePack pack) {
    Block label = blocks.get(0);
    int i = 1;
    List<Block> heading = new ArrayList<>();
    while (i < blocks.size() && heading.size() < MAX_ANNEX_HEADING_LINES && isHeadingLine(blocks.get(i))) {
      heading.add(blocks.get(i).withKind(BlockKind.HEADING));
      i++;
    }
    Signed signed = signature(blocks.subList(i, blocks.size()), pack);
    return new DocumentTree.Part(label, heading, signed.body(), signed.signature());
  }

  private static boolean isHeadingLine(Block block) {
    String text = block.text().strip();
    if (block.number() != null) {
      return false;
    }
    if (block.kind() == BlockKind.HEADING) {
      // set apart by its type (a PDF's bold title line): a long title is still a heading
      return text.length() <= MAX_ANNEX_HEADING;
    }
    if (text.length() > SHORT_LINE * 2) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    return text.length() <= SHORT_LINE && ".。!?！？:;；,，".indexOf(last) < 0;
  }
}
