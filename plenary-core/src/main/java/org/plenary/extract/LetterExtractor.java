package org.plenary.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.lang.DateReader;
import org.plenary.model.Author;
import org.plenary.model.Block;
import org.plenary.model.DocumentType;
import org.plenary.read.Cancellation;
import org.plenary.reference.MemberStates;
import org.plenary.reference.State;

/**
 * What a letter's or note verbale's title says: the letter's date, its author (State and role) and
 * its addressees, in the order the title names them.
 */
final class LetterExtractor {
  private static final String[] ADDRESSEES = {"secretary-general", "president-of-the-security-council",
      "president-of-the-general-assembly", "president-of-the-economic-and-social-council",
      "president-of-the-human-rights-council", "chair"};
  private static final String[] ROLES = {"deputy-permanent-representative", "charge-d-affaires",
      "permanent-representative", "permanent-mission", "secretary-general", "president", "minister", "other"};
  /** How many blocks below a title without a date may hold the letter's date line. */
  private static final int DATE_LINE_BLOCKS = 3;
  /** What stands between two addressees of one title ("the ... and the ..."). */
  private static final Pattern ADDRESSEE_GLUE = Pattern.compile(
      "(?:\\s|,|\\band\\b|\\bthe\\b|\\bet\\b|\\by\\b|\\bи\\b)*", Pattern.CASE_INSENSITIVE);

  /** The letter's date: the date in its title, or a date line just below a title without one. */
  Reading<java.time.LocalDate> letterDate(Context ctx, String title) {
    Optional<DateReader.Found> date = ctx.pack.dates().first(title);
    if (date.isPresent()) {
      return Reading.of(date.get().date(), ctx.titleSpan);
    }
    List<Block> body = ctx.tree.body();
    for (int i = 0; i < Math.min(DATE_LINE_BLOCKS, body.size()); i++) {
      Optional<java.time.LocalDate> line = ctx.pack.dates().parse(body.get(i).text());
      if (line.isPresent()) {
        return Reading.of(line.get(), body.get(i).span());
      }
    }
    return null;
  }

  Reading<Author> author(Context ctx, String title) {
    Author author = author(ctx.pack, title);
    return author == null ? null : Reading.of(author, ctx.titleSpan);
  }

  /** The addressees in the order the title names them. */
  Reading<List<String>> addressees(Context ctx, String title) {
    String tail = addresseePart(ctx, title);
    record At(int position, String id) {}
    List<At> found = new ArrayList<>();
    for (String key : ADDRESSEES) {
      Optional<Pattern> p = ctx.pattern("addressee." + key);
      if (p.isEmpty()) {
        continue;
      }
      Matcher m = p.get().matcher(Cancellation.watched(tail));
      if (m.find()) {
        found.add(new At(m.start(), key));
      }
    }
    found.sort(Comparator.comparingInt(At::position));
    List<String> out = new ArrayList<>();
    for (At at : found) {
      if (!out.contains(at.id())) {
        out.add(at.id());
      }
    }
    return out.isEmpty() ? null : Reading.of(out, ctx.titleSpan);
  }

  static DocumentType letterType(Context ctx, String title) {
    for (String key : new String[] {"title.note-verbale", "title.letter"}) {
      Optional<Matcher> m = Found.first(ctx.pattern(key), title);
      if (m.isPresent() && m.get().start() == 0) {
        return key.endsWith("letter") ? DocumentType.LETTER : DocumentType.NOTE_VERBALE;
      }
    }
    return null;
  }

  /** A letter's title ends at its closing words or, in English, after its last addressee. */
  static String cutLetterTitle(Context ctx, String title) {
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
      Matcher s = ADDRESSEE_GLUE.matcher(Cancellation.watched(title)).region(at, title.length());
      int from = s.lookingAt() ? s.end() : at;
      for (String key : ADDRESSEES) {
        Optional<Pattern> p = ctx.pattern("addressee." + key);
        if (p.isEmpty()) {
          continue;
        }
        Matcher m = p.get().matcher(Cancellation.watched(title)).region(from, title.length());
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
        .map(p -> Pattern.compile("^[\\s,،]*(?:" + p.pattern() + ")", p.flags()).matcher(Cancellation.watched(rest)).find())
        .orElse(false);
  }

  /**
   * Whether the title goes on past its addressees with the author, as French, Spanish and Arabic
   * titles do ("adressée au Secrétaire général par le Représentant permanent ...").
   */
  private static boolean continuesAfterAddressee(Context ctx, String rest) {
    return ctx.pattern("title.afterAddressee")
        .map(p -> Pattern.compile("^[\\s,،]*(?:" + p.pattern() + ")(?!\\p{L})", p.flags()).matcher(Cancellation.watched(rest)).find())
        .orElse(false);
  }

  /** The words of the addressees: from the words that introduce them to the words that name the author. */
  private static String addresseePart(Context ctx, String title) {
    int from = Found.first(ctx.pattern("addressee.intro"), title).map(Matcher::end).orElse(0);
    String tail = title.substring(from);
    Optional<Pattern> after = ctx.pattern("title.afterAddressee");
    if (after.isPresent()) {
      Matcher m = Pattern.compile("(?<!\\p{L})(?:" + after.get().pattern() + ")(?!\\p{L})", after.get().flags())
          .matcher(Cancellation.watched(tail));
      if (m.find()) {
        tail = tail.substring(0, m.start());
      }
    }
    return tail;
  }

  /**
   * The author: the State the title names (as printed, without a leading article), or the office
   * that wrote ("President of the Security Council"), with the role the title gives.
   */
  private static Author author(org.plenary.lang.LanguagePack pack, String title) {
    String role = null;
    String roleText = null;
    for (String key : ROLES) {
      Optional<Matcher> m = Found.first(pack.pattern("role." + key), title);
      if (m.isPresent()) {
        role = key;
        roleText = m.get().group();
        break;
      }
    }
    for (Pattern p : pack.patterns("author.state")) {
      Matcher m = p.matcher(Cancellation.watched(title));
      if (m.find()) {
        String printed = Found.group(m, "state");
        Optional<State> state = MemberStates.get().findIn(printed, pack.language());
        if (state.isPresent()) {
          return new Author(state.get().iso3(), withoutArticle(pack, printed.strip()), role);
        }
      }
    }
    Optional<Matcher> office = pack.find("author.office", title);
    if (office.isPresent() && Found.group(office.get(), "office") != null) {
      // the contract's roles are closed: an office none of them names ("Chair of the Peacebuilding
      // Commission") is another
      return new Author(null, Found.group(office.get(), "office").strip(), role == null ? "other" : role);
    }
    if (role != null) {
      return new Author(null, roleText.strip(), role);
    }
    return null;
  }

  private static String withoutArticle(org.plenary.lang.LanguagePack pack, String name) {
    return pack.pattern("author.article").map(p -> {
      Matcher m = p.matcher(Cancellation.watched(name));
      return m.lookingAt() && m.end() < name.length() ? name.substring(m.end()).strip() : name;
    }).orElse(name);
  }
}
