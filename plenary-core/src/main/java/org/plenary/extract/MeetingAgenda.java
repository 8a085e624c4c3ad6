package org.plenary.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.lang.LanguagePack;
import org.plenary.model.AgendaItem;
import org.plenary.model.Block;
import org.plenary.model.Role;
import org.plenary.model.Span;

/**
 * The agenda items of a meeting record, whose masthead prints no agenda line: the numbered items of
 * the provisional agenda it reproduces ("Provisional agenda (S/Agenda/502)", then "1. Adoption of
 * the agenda.", "2. ..."), or else the headings its discussion is printed under ("Agenda item 31:
 * United Nations Relief ... (continued)"), in the order they first come.
 */
final class MeetingAgenda {
  /** How far, in characters, one item of a provisional agenda may stand from the one before. */
  private static final int ITEM_REACH = 400;
  private static final int MAX_ITEMS = 40;
  /** The provisional agenda stands on the first pages: this many characters from the start. */
  private static final int FIRST_PAGES = 20_000;
  private static final int MAX_TITLE = 300;
  private static final Pattern CONTINUED = Pattern.compile(
      "\\s*[(（]\\s*(?:continued|suite|continuaci[óo]n|продолжение|续|تابع)\\s*[)）]", Pattern.CASE_INSENSITIVE);
  /** The documents a heading cites after its title: "(A/64/13 and Add.1, A/64/115)". */
  private static final Pattern CITED = Pattern.compile("\\s*[(（][^()（）]*[A-Z]{1,2}/[^()（）]*[)）]\\s*$");
  /** Where an item of a provisional agenda ends: its full stop, colon or semicolon, or the line's end. */
  private static final Pattern ITEM_END = Pattern.compile("\\s*[.:;。：；](?=\\s|$)|\\n");

  /** Whether the record is a meeting's: its symbol, its masthead's meeting line or its title says so. */
  static boolean isMeetingRecord(Context ctx, List<Reading<String>> own) {
    return own.stream().anyMatch(s -> s.value().contains("/PV.") || s.value().contains("/SR."))
        || ctx.first(Role.MEETING).isPresent()
        || Found.matches(ctx.pattern("type.meeting-record"), TitleExtractor.oneLine(ctx.title));
  }

  Reading<List<AgendaItem>> read(Context ctx) {
    Reading<List<AgendaItem>> listed = provisionalAgenda(ctx);
    return listed != null ? listed : headings(ctx);
  }

  /** The numbered items after the heading of a provisional agenda, 1, 2, 3, ... each close to the last. */
  private static Reading<List<AgendaItem>> provisionalAgenda(Context ctx) {
    Optional<Pattern> heading = ctx.pattern("meeting.agenda");
    if (heading.isEmpty()) {
      return null;
    }
    // the heading may stand in the head, as the first page prints it, or in the body
    String text = ctx.allText();
    {
      Matcher h = heading.get().matcher(text).region(0, Math.min(text.length(), FIRST_PAGES));
      while (h.find()) {
        List<AgendaItem> items = new ArrayList<>();
        int at = h.end();
        for (int n = 1; n <= MAX_ITEMS; n++) {
          Matcher item = Pattern.compile("(?<![\\d.])" + n + "\\s*[.)]\\s+(?=\\p{Lu})")
              .matcher(text).region(at, Math.min(text.length(), at + ITEM_REACH));
          if (!item.find()) {
            break;
          }
          Matcher end = ITEM_END.matcher(text).region(item.end(), Math.min(text.length(), item.end() + MAX_TITLE));
          int to = end.find() ? end.start() : Math.min(text.length(), item.end() + MAX_TITLE);
          String title = CONTINUED.matcher(text.substring(item.end(), to)).replaceAll("").strip();
          items.add(new AgendaItem(n, null, title, null, true));
          at = to;
        }
        if (!items.isEmpty()) {
          return Reading.of(items, new Span(h.start(), at));
        }
      }
    }
    return null;
  }

  /** The items of the body's headings that open with an agenda line, with the titles they print. */
  private static Reading<List<AgendaItem>> headings(Context ctx) {
    Map<Integer, AgendaItem> items = new LinkedHashMap<>();
    Span first = null;
    List<Block> body = ctx.tree.body();
    for (int i = 0; i < body.size(); i++) {
      String text = Context.fullText(body.get(i));
      for (LanguagePack pack : ctx.mastheadPacks()) {
        Optional<Matcher> m = pack.patterns("agenda").stream().map(p -> p.matcher(text)).filter(Matcher::lookingAt)
            .findFirst();
        if (m.isEmpty()) {
          continue;
        }
        List<String[]> numbers = AgendaItemExtractor.items(Found.group(m.get(), "items"));
        String title = CONTINUED.matcher(text.substring(m.get().end())).replaceAll("")
            .replaceFirst("^[\\s:.\u2014\u2013-]+", "");
        if (title.isBlank() && i + 1 < body.size() && body.get(i + 1).text().length() <= MAX_TITLE) {
          title = body.get(i + 1).text();
        }
        title = CITED.matcher(CONTINUED.matcher(title).replaceAll("")).replaceAll("").strip();
        if (numbers.size() == 1 && !title.isEmpty() && title.length() <= MAX_TITLE) {
          int number = Integer.parseInt(numbers.get(0)[0]);
          items.putIfAbsent(number, new AgendaItem(number, numbers.get(0)[1], title, null, false));
          first = first == null ? body.get(i).span() : first;
        }
        break;
      }
    }
    return items.isEmpty() ? null : Reading.of(new ArrayList<>(items.values()), first);
  }
}
