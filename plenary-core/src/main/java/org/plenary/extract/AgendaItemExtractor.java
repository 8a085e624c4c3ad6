package org.plenary.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.lang.LanguagePack;
import org.plenary.lang.LanguagePacks;
import org.plenary.model.AgendaItem;
import org.plenary.model.Language;
import org.plenary.model.Role;
import org.plenary.model.Segment;
import org.plenary.read.Cancellation;
import org.plenary.reference.AgendaItems;
import org.plenary.structure.MastheadPhrases;
import org.plenary.symbol.Symbols;

/**
 * The agenda items of the masthead ("Agenda items 34, 71 and 135", "议程项目 34、71 和 135") with
 * their titles as printed below the agenda line, and their English titles from reference data.
 * Titles printed one per line are taken line by line; titles run together on one line are cut
 * where the reference titles end, or else where a capitalised word follows a word that ends a
 * phrase.
 */
final class AgendaItemExtractor {
  private static final Pattern ITEM = Pattern.compile(
      "(\\d{1,3})(?:\\s*(\\(\\p{L}(?:\\s?\\p{L})?\\)|\\p{Ll}{1,2}\\))(?:\\s*(\\([ivx]{1,4}\\)))?)?");
  private static final Pattern CONTINUED = Pattern.compile(
      "\\s*[(（]\\s*(?:continued|suite|continuaci[óo]n|продолжение|续|تابع)\\s*[)）]\\s*$", Pattern.CASE_INSENSITIVE);

  /**
   * The agenda items of the agenda line that lists the most, with the titles of the agenda title
   * segments under it.
   */
  Reading<List<AgendaItem>> read(Context ctx, Integer session) {
    List<Segment> front = ctx.tree.front();
    int best = -1;
    Matcher bestMatch = null;
    int bestCount = 0;
    for (int i = 0; i < front.size(); i++) {
      Cancellation.checkpoint();
      if (front.get(i).role() != Role.AGENDA_LINE) {
        continue;
      }
      for (LanguagePack pack : ctx.mastheadPacks()) {
        for (Pattern agenda : pack.patterns("agenda")) {
          Matcher m = agenda.matcher(Cancellation.watched(front.get(i).text()));
          if (m.find()) {
            int count = items(Found.group(m, "items")).size();
            if (count >= bestCount && count > 0) {
              bestCount = count;
              best = i;
              bestMatch = m;
            }
          }
        }
      }
    }
    if (best < 0) {
      return null;
    }
    Segment line = front.get(best);
    List<String[]> numbers = items(Found.group(bestMatch, "items"));
    boolean provisional = Found.matches(ctx.pattern("agenda.provisional"), line.text())
        || Found.matches(LanguagePacks.of(Language.EN).pattern("agenda.provisional"),
            line.text());
    List<String> pieces = new ArrayList<>();
    Role after = null;
    for (int j = best + 1; j < front.size(); j++) {
      Role role = front.get(j).role();
      if (role == Role.AGENDA_TITLE) {
        pieces.add(front.get(j).text());
      } else if (role != Role.FOOTNOTE && role != Role.PAGE) {
        after = role;
        break;
      }
    }
    if (after != Role.SPONSOR && after != Role.KIND && pieces.size() > numbers.size()) {
      // all that stands between the agenda line and a draft's sponsor line is the items' titles,
      // however its lines broke; elsewhere a line more than the items may be the masthead's or the title's
      pieces = pieces.subList(0, numbers.size());
    }
    List<String> titles = titles(pieces, numbers, session, ctx.pack, mastheadOrgans(ctx), !ctx.all(Role.SESSION).isEmpty());
    Map<String, AgendaItem> out = new LinkedHashMap<>();
    for (int k = 0; k < numbers.size(); k++) {
      int number = Integer.parseInt(numbers.get(k)[0]);
      String sub = numbers.get(k)[1];
      String title = k < titles.size() ? titles.get(k) : null;
      String titleEn = session == null ? null : AgendaItems.get().find(session, number, sub)
          .flatMap(e -> e.title(Language.EN)).orElse(null);
      out.putIfAbsent(number + (sub == null ? "" : sub), new AgendaItem(number, sub, title, titleEn, provisional));
    }
    return Reading.of(new ArrayList<>(out.values()), line.span());
  }

  /** The numbers and sub-items of an item list: "25 (a) and 26" gives [25, (a)], [26, null]. */
  static List<String[]> items(String list) {
    List<String[]> items = new ArrayList<>();
    if (list == null) {
      return items;
    }
    Matcher m = ITEM.matcher(Cancellation.watched(list));
    while (m.find()) {
      Cancellation.checkpoint();
      String sub = m.group(2);
      if (sub != null) {
        String letter = sub.replaceAll("[()\\s]", "");
        sub = "(" + toLatin(letter) + ")" + (m.group(3) == null ? "" : " " + m.group(3));
      }
      items.add(new String[] {m.group(1), sub});
    }
    return items;
  }

  /**
   * Sub-item letters printed in another script are the Latin letters of the same rank, in the order
   * each language pack lists its letters ("(в)" and "(ج)" are "(c)", "(ن ن)" is "(nn)").
   */
  private static String toLatin(String letters) {
    StringBuilder out = new StringBuilder();
    letters.replace("\u0640", "").codePoints().forEach(c -> out.appendCodePoint(latin(c)));
    return out.toString();
  }

  private static int latin(int letter) {
    for (Language language : Language.values()) {
      for (String sequence : LanguagePacks.of(language).values("item.letters")) {
        int i = sequence.indexOf(letter);
        if (i >= 0 && i < 26) {
          return 'a' + i;
        }
      }
    }
    return letter;
  }

  /**
   * The organ names as this document's masthead prints them ("Генеральная Ассамблея"), lower case;
   * empty when the masthead names none.
   */
  private static Set<String> mastheadOrgans(Context ctx) {
    Set<String> names = new HashSet<>();
    for (Segment segment : ctx.all(Role.ORGAN)) {
      Cancellation.checkpoint();
      names.add(segment.text().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }
    return names;
  }

  private List<String> titles(List<String> pieces, List<String[]> numbers, Integer session, LanguagePack pack,
      Set<String> mastheadOrgans, boolean sessionStated) {
    int wanted = (int) numbers.stream().map(n -> n[0]).distinct().count();
    List<String> titles = new ArrayList<>();
    if (pieces.isEmpty()) {
      return titles;
    }
    if (pieces.size() >= wanted && wanted > 1) {
      for (int i = 0; i < wanted; i++) {
        titles.add(clean(pieces.get(i)));
      }
      return titles;
    }
    String text = String.join(" ", pieces);
    List<String> byReference = byReference(text, numbers, session, pack);
    if (byReference != null) {
      return byReference;
    }
    text = cutAtMasthead(text, pack, mastheadOrgans, sessionStated);
    for (String part : TitleSplitter.split(text, wanted, pack)) {
      titles.add(clean(part));
    }
    return titles;
  }

  /**
   * Titles taken by the reference titles they start with, when every item is in the reference; a
   * colon after the last one opens its sub-item's title, which goes on to the end.
   */
  private static List<String> byReference(String text, List<String[]> numbers, Integer session, LanguagePack pack) {
    if (session == null) {
      return null;
    }
    List<String> titles = new ArrayList<>();
    String rest = text.strip();
    for (String[] n : numbers) {
      Optional<String> reference = AgendaItems.get().find(session, Integer.parseInt(n[0]), n[1])
          .flatMap(e -> e.title(pack.language()));
      if (reference.isEmpty()) {
        return null;
      }
      int end = prefixEnd(rest, reference.get());
      if (end < 0) {
        return null;
      }
      if (startsWithColon(rest.substring(end))) {
        // the reference names the item, the colon opens its sub-item's title: the title goes on
        if (titles.size() + 1 < numbers.size()) {
          return null;
        }
        end = rest.length();
      }
      titles.add(rest.substring(0, end).strip());
      rest = rest.substring(end).strip();
    }
    return titles;
  }

  private static boolean startsWithColon(String text) {
    String s = text.strip();
    return s.startsWith(":") || s.startsWith("\uff1a");
  }

  /** Where {@code text} stops matching {@code prefix}, comparing without spaces; -1 if it does not. */
  private static int prefixEnd(String text, String prefix) {
    String want = prefix.replaceAll("\\s+", "");
    int matched = 0;
    int i = 0;
    while (i < text.length() && matched < want.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (Character.toLowerCase(c) != Character.toLowerCase(want.charAt(matched))
          && !(isDash(c) && isDash(want.charAt(matched)))) {
        return -1;
      }
      matched++;
      i++;
    }
    return matched == want.length() ? i : -1;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2011';
  }

  /**
   * A run of titles ends where the masthead resumes: an organ name that does not follow "the" and,
   * where the masthead has lines of its own, is printed as they print it (an inflected
   * "Генеральной Ассамблеи" inside a title is no masthead); a session, unless the masthead has
   * stated its own (a title names others: "大会第十二届特别会议").
   */
  private static String cutAtMasthead(String text, LanguagePack pack, Set<String> mastheadOrgans, boolean sessionStated) {
    int cut = text.length();
    for (String key : new String[] {"organ.GA", "organ.SC", "organ.ECOSOC", "organ.HRC", "session", "scYear",
        "masthead.un"}) {
      if (key.equals("session") && sessionStated) {
        continue;
      }
      Optional<Pattern> p = pack.pattern(key);
      if (p.isEmpty()) {
        continue;
      }
      Matcher m = p.get().matcher(Cancellation.watched(text));
      while (m.find()) {
        Cancellation.checkpoint();
        if (m.start() == 0 || TitleSplitter.followsGlue(text, m.start(), pack)) {
          continue;
        }
        if (key.startsWith("organ.") && !mastheadOrgans.isEmpty()
            && !mastheadOrgans.contains(m.group().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))) {
          continue;
        }
        if ((key.equals("masthead.un") || key.startsWith("organ.")) && !resumesMasthead(text.substring(m.end()), pack, sessionStated)) {
          // "plans of relevant United Nations bodies", "عقد دورة الجمعية العامة الاستثنائية": the
          // Organization or an organ named in a title
          continue;
        }
        cut = Math.min(cut, m.start());
        break;
      }
    }
    return text.substring(0, cut);
  }

  /**
   * Whether what follows "United Nations" or an organ's name is a masthead's: nothing, a symbol or
   * another masthead phrase, as the lines of a first page run on ("United Nations A/75/100 General
   * Assembly", "Security Council Distr.: General"); once the masthead has stated its session, another
   * session after an organ is the one a title names ("大会第十二届特别会议").
   */
  private static boolean resumesMasthead(String after, LanguagePack pack, boolean sessionStated) {
    String rest = after.strip();
    if (rest.isEmpty() || Symbols.find(rest).stream().anyMatch(f -> f.start() == 0)) {
      return true;
    }
    return new MastheadPhrases(pack).find(rest).stream()
        .anyMatch(p -> p.start() == 0 && !(sessionStated && p.role() == Role.SESSION));
  }

  private static String clean(String title) {
    String t = CONTINUED.matcher(Cancellation.watched(title.strip())).replaceAll("");
    return t.replaceAll("[*\\s]+$", "").replaceAll("\\s+", " ").strip();
  }
}
