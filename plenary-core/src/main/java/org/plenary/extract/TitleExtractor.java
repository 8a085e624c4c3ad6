package org.plenary.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.lang.DateReader;
import org.plenary.model.AgendaItem;
import org.plenary.model.Author;
import org.plenary.model.DocumentType;
import org.plenary.reference.MemberStates;
import org.plenary.reference.State;

/**
 * The title and what it says: the type of document, and for a letter or note verbale its date,
 * author (State and role) and addressees.
 */
final class TitleExtractor {
  private static final String[] ADDRESSEES = {"secretary-general", "president-of-the-security-council",
      "president-of-the-general-assembly", "president-of-the-economic-and-social-council",
      "president-of-the-human-rights-council", "chair"};
  private static final String[] ROLES = {"deputy-permanent-representative", "charge-d-affaires",
      "permanent-representative", "permanent-mission", "secretary-general", "president", "minister"};
  private static final String[] TYPES = {"letter", "note-verbale", "resolution", "draft-resolution", "decision",
      "draft-decision", "presidential-statement", "agenda", "programme-of-work", "meeting-record", "report",
      "note", "statement"};
  /** How many blocks below a title without a date may hold the letter's date line. */
  private static final int DATE_LINE_BLOCKS = 3;
  /** What stands between two addressees of one title ("the ... and the ..."). */
  private static final Pattern ADDRESSEE_GLUE = Pattern.compile(
      "(?:\\s|,|\\band\\b|\\bthe\\b|\\bet\\b|\\by\\b|\\bи\\b)*", Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s*\u2020]+$|(?<=\\p{L})\\d$");

  void extract(Context ctx) {
    String title = ctx.title.replaceAll("\\s*\n\\s*", " ").strip();
    DocumentType letterType = letterType(ctx, title);
    if (letterType != null) {
      title = cutLetterTitle(ctx, title);
      ctx.record.type = letterType;
      ctx.record.evidence("type", title);
      letter(ctx, title);
    }
    if (!title.isEmpty()) {
      title = TRAILING_MARKS.matcher(title).replaceAll("");
      title = committeeReport(ctx, title);
      // the subtitle still tells the type ("Report of the Secretary-General"), so it goes only from the title field
      String shown = withoutTrailingSubtitle(ctx, title);
      ctx.record.title = shown;
      ctx.record.evidence("title", shown);
    }
    if (ctx.record.type == null) {
      ctx.record.type = typeOf(ctx, title);
    }
  }

  /**
   * A Main Committee's report ran together with the agenda item's title before it and its
   * rapporteur after it ("... humanitarian questions Report of the Third Committee Rapporteur: Ms.
   * ..."): the title is the report's, the words before it title the document's one agenda item.
   */
  private static String committeeReport(Context ctx, String title) {
    Optional<Matcher> report = Found.first(ctx.pattern("title.committeeReport"), title);
    if (report.isEmpty() || ctx.record.agendaItems.isEmpty()) {
      return title;
    }
    int start = report.get().start();
    String own = title.substring(start);
    Optional<Matcher> rapporteur = Found.first(ctx.pattern("title.rapporteur"), own);
    if (rapporteur.isPresent()) {
      own = own.substring(0, rapporteur.get().start()).strip();
    }
    List<AgendaItem> items = ctx.record.agendaItems;
    if (start > 0 && items.size() == 1 && items.get(0).title() == null) {
      AgendaItem item = items.get(0);
      items.set(0, new AgendaItem(item.number(), item.subItem(), title.substring(0, start).strip(), item.titleEn(),
          item.provisional()));
    }
    return own;
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
    Matcher m = Pattern.compile("\\s(?:" + subtitle.get().pattern() + ")\\s*$", subtitle.get().flags()).matcher(title);
    return m.find() && m.start() > 0 ? title.substring(0, m.start()).strip() : title;
  }

  private static DocumentType letterType(Context ctx, String title) {
    for (String key : new String[] {"title.note-verbale", "title.letter"}) {
      Optional<Matcher> m = Found.first(ctx.pattern(key), title);
      if (m.isPresent() && m.get().start() == 0) {
        return key.endsWith("letter") ? DocumentType.LETTER : DocumentType.NOTE_VERBALE;
      }
    }
    return null;
  }

  /** A letter's title ends at its closing words or, in English, after its last addressee. */
  private static String cutLetterTitle(Context ctx, String title) {
    Optional<Matcher> end = Found.first(ctx.pattern("title.end"), title);
    if (end.isPresent() && !startsWithAddressee(ctx, title.substring(end.get().end()))) {
      return title.substring(0, end.get().end()).strip();
    }
    Optional<Matcher> intro = Found.first(ctx.pattern("addressee.intro"), title);
    if (intro.isEmpty()) {
      return title;
    }
    int at = intro.get().end();
    int last = -1;
    boolean advanced = true;
    while (advanced) {
      advanced = false;
      Matcher s = ADDRESSEE_GLUE.matcher(title).region(at, title.length());
      int from = s.lookingAt() ? s.end() : at;
      for (String key : ADDRESSEES) {
        Optional<Pattern> p = ctx.pattern("addressee." + key);
        if (p.isEmpty()) {
          continue;
        }
        Matcher m = p.get().matcher(title).region(from, title.length());
        if (m.lookingAt()) {
          at = m.end();
          last = at;
          advanced = true;
          break;
        }
      }
    }
    if (last > 0 && continuesAfterAddressee(ctx, title.substring(last))) {
      return title;
    }
    return last > 0 ? title.substring(0, last).strip() : title;
  }

  /** Whether the text goes on with the addressees ("... to the United Nations, to the Secretary-General"). */
  private static boolean startsWithAddressee(Context ctx, String rest) {
    return ctx.pattern("addressee.intro")
        .map(p -> Pattern.compile("^[\\s,،]*(?:" + p.pattern() + ")", p.flags()).matcher(rest).find())
        .orElse(false);
  }

  /**
   * Whether the title goes on past its addressees with the author, as French, Spanish and Arabic
   * titles do ("adressée au Secrétaire général par le Représentant permanent ...").
   */
  private static boolean continuesAfterAddressee(Context ctx, String rest) {
    return ctx.pattern("title.afterAddressee")
        .map(p -> Pattern.compile("^[\\s,،]*(?:" + p.pattern() + ")(?!\\p{L})", p.flags()).matcher(rest).find())
        .orElse(false);
  }

  /** The words of the addressees: from the words that introduce them to the words that name the author. */
  private static String addresseePart(Context ctx, String title) {
    int from = Found.first(ctx.pattern("addressee.intro"), title).map(Matcher::end).orElse(0);
    String tail = title.substring(from);
    Optional<Pattern> after = ctx.pattern("title.afterAddressee");
    if (after.isPresent()) {
      Matcher m = Pattern.compile("(?<!\\p{L})(?:" + after.get().pattern() + ")(?!\\p{L})", after.get().flags())
          .matcher(tail);
      if (m.find()) {
        tail = tail.substring(0, m.start());
      }
    }
    return tail;
  }

  private static void letter(Context ctx, String title) {
    Optional<DateReader.Found> date = ctx.pack.dates().first(title);
    date.ifPresent(d -> {
      ctx.record.letterDate = d.date();
      ctx.record.evidence("letterDate", d.text());
    });
    if (date.isEmpty()) {
      dateLineAfter(ctx);
    }
    ctx.record.author = author(ctx, title);
    String tail = addresseePart(ctx, title);
    record At(int position, String id) {}
    List<At> found = new ArrayList<>();
    for (String key : ADDRESSEES) {
      Optional<Pattern> p = ctx.pattern("addressee." + key);
      if (p.isEmpty()) {
        continue;
      }
      Matcher m = p.get().matcher(tail);
      if (m.find()) {
        found.add(new At(m.start(), key));
      }
    }
    found.sort(Comparator.comparingInt(At::position));
    for (At at : found) {
      if (!ctx.record.addressees.contains(at.id())) {
        ctx.record.addressees.add(at.id());
      }
    }
    if (!found.isEmpty()) {
      ctx.record.evidence("addressees", tail.strip());
    }
  }

  /**
   * A title without a date ("Letter from the Permanent Representative of ...", as web pages print
   * it) may have the letter's date on a line of its own just below.
   */
  private static void dateLineAfter(Context ctx) {
    List<org.plenary.model.Block> body = ctx.tree.body();
    for (int i = 0; i < Math.min(DATE_LINE_BLOCKS, body.size()); i++) {
      Optional<java.time.LocalDate> line = ctx.pack.dates().parse(body.get(i).text());
      if (line.isPresent()) {
        ctx.record.letterDate = line.get();
        ctx.record.evidence("letterDate", body.get(i).text().strip());
        return;
      }
    }
  }

  private static Author author(Context ctx, String title) {
    String role = null;
    String roleText = null;
    for (String key : ROLES) {
      Optional<Matcher> m = Found.first(ctx.pattern("role." + key), title);
      if (m.isPresent()) {
        role = key;
        roleText = m.get().group();
        break;
      }
    }
    for (Pattern p : ctx.pack.patterns("author.state")) {
      Matcher m = p.matcher(title);
      if (m.find()) {
        String printed = Found.group(m, "state");
        Optional<State> state = MemberStates.get().findIn(printed, ctx.pack.language());
        if (state.isPresent()) {
          ctx.record.evidence("author", m.group());
          return new Author(state.get().iso3(), printed.strip(), role);
        }
      }
    }
    if (role != null) {
      ctx.record.evidence("author", roleText);
      return new Author(null, roleText.strip(), role);
    }
    return null;
  }

  private static DocumentType typeOf(Context ctx, String title) {
    for (String text : new String[] {title, ctx.head}) {
      if (text.isEmpty()) {
        continue;
      }
      for (String type : TYPES) {
        for (String line : text.split("\n")) {
          if (Found.matches(ctx.pattern("type." + type), line.strip())) {
            ctx.record.evidence("type", line.strip());
            return DocumentType.fromId(type);
          }
        }
      }
    }
    for (String symbol : ctx.record.symbols) {
      DocumentType type = typeOfSymbol(symbol);
      if (type != null) {
        ctx.record.evidence("type", symbol);
        return type;
      }
    }
    return DocumentType.OTHER;
  }

  private static DocumentType typeOfSymbol(String symbol) {
    if (symbol.contains("/PRST/")) {
      return DocumentType.PRESIDENTIAL_STATEMENT;
    }
    if (symbol.contains("/RES/")) {
      return DocumentType.RESOLUTION;
    }
    if (symbol.contains("/PV.") || symbol.contains("/SR.")) {
      return DocumentType.MEETING_RECORD;
    }
    if (symbol.contains("/Agenda")) {
      return DocumentType.AGENDA;
    }
    return null;
  }
}
