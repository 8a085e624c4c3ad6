package org.plenary.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.model.DocumentType;
import org.plenary.model.Role;
import org.plenary.model.Segment;
import org.plenary.read.Cancellation;
import org.plenary.structure.ResolutionNumber;
import org.plenary.symbol.Symbols;

/** The title, as printed, and the kind of document that the title and the lines around it name. */
final class TitleExtractor {
  private static final String[] TYPES = {"letter", "note-verbale", "resolution", "draft-resolution", "decision",
      "draft-decision", "presidential-statement", "summary-statement", "agenda", "programme-of-work", "meeting-record", "report",
      "note", "statement"};
  /** Footnote marks and the comma that joined a heading to the line under it ("Резолюция 2507 (2020),"). */
  private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s*\u2020,\u060C\uFF0C]+$|(?<=\\p{L})\\d$");
  /**
   * The raised asterisks of a title's footnotes as a scan reads them, glued to its last word: "~"
   * for "*", "»" for "*, **" ("on Italy~", "No. 2025/2011»"). A closing quotation mark stays where
   * the title opens one.
   */
  private static final Pattern SCANNED_MARKS = Pattern.compile("(?<=[\\p{L}\\d.)])[~\u00bb](?:[\\s,]*[~\u00bb*])*$");
  /** A Chinese numeral that labels a title as a section of its compilation: "一 设置二专门委员会案", "二、...". */
  private static final Pattern NUMERAL_LABEL = Pattern.compile("^[一二三四五六七八九十]{1,3}(?:\\s*、\\s*|\\s+)(?=\\p{IsHan})");
  /** What a document whose title opens with a resolution's number may be. */
  private static final Set<DocumentType> NUMBERED_KINDS = EnumSet.of(DocumentType.RESOLUTION, DocumentType.DECISION,
      DocumentType.DRAFT_RESOLUTION, DocumentType.DRAFT_DECISION);
  /** A symbol of limited distribution: a draft or an amendment to one. */
  private static final Pattern LIMITED = Pattern.compile("/L\\.\\d");

  /**
   * The title as printed: a letter's cut where its addressees end (none for a letter's heading
   * without its date, which is not in the UN's form), without trailing footnote marks,
   * a Main Committee report's rapporteur line or a subtitle run on to it, and without the number a
   * General Assembly resolution prints before it ("75/100.").
   */
  Reading<String> title(Context ctx) {
    String title = oneLine(ctx.title);
    if (title.isEmpty()) {
      return null;
    }
    if (LetterExtractor.letterType(ctx, title) != null) {
      if (ctx.pack.dates().first(title).isEmpty()) {
        // a heading a page wrote for the letter ("Letter from the Permanent Representative of ...")
        // is not the UN's title, which names the letter's date; it still names the author
        return null;
      }
      title = LetterExtractor.cutLetterTitle(ctx, title);
    }
    // a resolution's heading run on with the line that says when it was adopted ("Резолюция 2507
    // (2020), принятая Советом Безопасности ...") ends where that line begins
    Optional<Matcher> adopted = Found.first(ctx.pattern("adopted"), title);
    Optional<Matcher> kind = Found.first(ctx.pattern("type.resolution"), title);
    if (adopted.isPresent() && kind.isPresent() && kind.get().start() == 0 && adopted.get().start() >= kind.get().end()) {
      title = title.substring(0, adopted.get().start());
    }
    title = TRAILING_MARKS.matcher(Cancellation.watched(title)).replaceAll("");
    if (title.indexOf('\u00ab') < 0) {
      title = SCANNED_MARKS.matcher(Cancellation.watched(title)).replaceFirst("");
    }
    Optional<Matcher> rapporteur = Found.first(ctx.pattern("title.rapporteur"), title);
    if (rapporteur.isPresent() && rapporteur.get().start() > 0) {
      title = title.substring(0, rapporteur.get().start()).strip();
    }
    title = TitleMarks.withoutLeading(title);
    title = ResolutionNumber.PATTERN.matcher(Cancellation.watched(title)).replaceFirst("");
    title = TitleMarks.withoutLeading(title);
    title = withScannedSymbolsRead(title);
    title = NUMERAL_LABEL.matcher(Cancellation.watched(title)).replaceFirst("");
    // the subtitle still tells the type ("Report of the Secretary-General"), so it goes only from the title field
    return Reading.of(withoutTrailingSubtitle(ctx, title), ctx.titleSpan);
  }

  /**
   * The title with each symbol whose S a scan read as a sign ("§8/2025/112", "$/2025/29") written as
   * the symbol it stands for; other symbols stay as printed.
   */
  static String withScannedSymbolsRead(String title) {
    if (title.indexOf('\u00a7') < 0 && title.indexOf('$') < 0) {
      return title;
    }
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (Symbols.Found found : Symbols.find(title)) {
      String printed = title.substring(found.start(), found.end());
      if (printed.indexOf('\u00a7') >= 0 || printed.indexOf('$') >= 0) {
        out.append(title, last, found.start()).append(found.symbol());
        last = found.end();
      }
    }
    return out.append(title.substring(last)).toString();
  }

  static String oneLine(String text) {
    return text.replaceAll("\\s*\n\\s*", " ").strip();
  }

  /**
   * A title that a web page ran together with the line below it ("... for all Report of the
   * Secretary-General") ends before that subtitle.
   */
  private static String withoutTrailingSubtitle(Context ctx, String title) {
    Optional<Pattern> subtitle = ctx.pattern("title.subtitle");
    if (subtitle.isEmpty()) {
      return title;
    }
    Matcher m = Pattern.compile("\\s(?:" + subtitle.get().pattern() + ")\\s*$", subtitle.get().flags()).matcher(Cancellation.watched(title));
    // a line run on opens with its capital; "Progress report of the Secretary-General" is one title
    for (int from = 0; m.find(from); from = m.start() + 1) {
      if (m.start() > 0 && !Character.isLowerCase(title.codePointAt(m.start() + 1))) {
        return title.substring(0, m.start()).strip();
      }
    }
    return title;
  }

  /**
   * What the document is: a letter's or note verbale's title says so; else the title's words, the
   * sponsor line of a draft, the subtitle, the lines that say what it is, the other lines of the
   * first page, the web page's own lines, in that order; else its symbol.
   */
  Reading<DocumentType> type(Context ctx, List<Reading<String>> symbols) {
    String title = oneLine(ctx.title);
    DocumentType letter = LetterExtractor.letterType(ctx, title);
    if (letter != null) {
      return Reading.of(letter, ctx.titleSpan);
    }
    // a number before the title ("75/551.", "85/…") makes it a resolution or a decision, adopted or
    // draft; which one the lines around it and the symbol tell, not the title's words ("75/242. ...
    // 审计委员会的报告"), nor the note under the adoption line ("[on the report of ...]")
    boolean numbered = ResolutionNumber.opens(title);
    Set<DocumentType> allowed = numbered ? NUMBERED_KINDS : EnumSet.allOf(DocumentType.class);
    // a draft's sponsor line says what is submitted, whatever its title names ("Australia: draft
    // resolution" above "Report of the International Atomic Energy Agency")
    Reading<DocumentType> sponsored = kindOfLines(ctx, Role.SPONSOR, allowed);
    if (sponsored != null) {
      return sponsored;
    }
    if (!title.isEmpty() && !numbered) {
      // a Security Council draft's title is its sponsor line
      DocumentType type = typeOf(ctx, Found.matchesWhole(ctx.pattern("front.sponsor"), title) ? sponsored(title) : title);
      if (type != null) {
        return Reading.of(type, ctx.titleSpan);
      }
    }
    for (Role role : new Role[] {Role.SUBTITLE, Role.KIND}) {
      Reading<DocumentType> said = kindOfLines(ctx, role, allowed);
      if (said != null) {
        return said;
      }
    }
    // the document's own lines first, then those a web page printed around it
    for (boolean page : new boolean[] {false, true}) {
      for (Segment segment : ctx.head()) {
        Cancellation.checkpoint();
        DocumentType type = (segment.role() == Role.PAGE) == page ? typeOf(ctx, segment.text().strip()) : null;
        if (type != null && allowed.contains(type)) {
          return Reading.of(type, segment.span());
        }
      }
    }
    for (Reading<String> symbol : symbols) {
      DocumentType type = typeOfSymbol(symbol.value());
      if (type != null && allowed.contains(type)) {
        return Reading.of(type, symbol.span());
      }
    }
    if (numbered) {
      return Reading.of(DocumentType.RESOLUTION, ctx.titleSpan);
    }
    return Reading.of(DocumentType.OTHER, null);
  }

  /** The kind the first line of a role names, among the allowed ones, or null. */
  private static Reading<DocumentType> kindOfLines(Context ctx, Role role, Set<DocumentType> allowed) {
    for (Segment segment : ctx.all(role)) {
      Cancellation.checkpoint();
      DocumentType type = typeOf(ctx, role == Role.SPONSOR ? sponsored(segment.text()) : segment.text().strip());
      if (type != null && allowed.contains(type)) {
        return Reading.of(type, segment.span());
      }
    }
    return null;
  }

  /** What a sponsor line says is submitted: the words after its colon ("...: draft resolution"), or the line. */
  private static String sponsored(String line) {
    int colon = Math.max(line.lastIndexOf(':'), line.lastIndexOf('\uff1a'));
    return (colon < 0 ? line : line.substring(colon + 1)).replace("*", "").strip();
  }

  private static DocumentType typeOf(Context ctx, String text) {
    for (String type : TYPES) {
      if (Found.matches(ctx.pattern("type." + type), text)) {
        return DocumentType.fromId(type);
      }
    }
    return null;
  }

  private static DocumentType typeOfSymbol(String symbol) {
    if (symbol.contains("/PRST/")) {
      return DocumentType.PRESIDENTIAL_STATEMENT;
    }
    if (symbol.contains("/RES/")) {
      return DocumentType.RESOLUTION;
    }
    if (symbol.contains("/DEC/")) {
      return DocumentType.DECISION;
    }
    if (symbol.contains("/PV.") || symbol.contains("/SR.")) {
      return DocumentType.MEETING_RECORD;
    }
    if (symbol.contains("/Agenda")) {
      return DocumentType.AGENDA;
    }
    if (LIMITED.matcher(Cancellation.watched(symbol)).find()) {
      return DocumentType.DRAFT_RESOLUTION;
    }
    return null;
  }
}
