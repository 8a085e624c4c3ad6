package org.plenary.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.lang.DateReader;
import org.plenary.lang.LanguagePack;
import org.plenary.model.Distribution;
import org.plenary.model.Furniture;
import org.plenary.model.Language;
import org.plenary.model.Organ;
import org.plenary.model.Role;
import org.plenary.model.Segment;
import org.plenary.pipeline.WarningCode;
import org.plenary.read.Cancellation;
import org.plenary.structure.MastheadPhrases;

/**
 * The fields of the masthead, each read from the segments of its own role: organs, distribution,
 * issue date, original language, job number, session and Security Council year. Russian, Chinese
 * and Arabic mastheads keep English lines, which the English pack reads.
 */
final class MastheadExtractor {
  private static final Organ[] ORGANS = {Organ.GA, Organ.SC, Organ.ECOSOC, Organ.HRC, Organ.TC, Organ.ICJ};
  private static final Pattern JOB = Pattern.compile("(?<![\\d.-])" + MastheadPhrases.JOB);
  private static final Pattern GA_SESSION = Pattern.compile("^A/(?:C\\.\\d/|RES/|DEC/|INF/)?(\\d{1,2})/");
  private static final Pattern HRC_SESSION = Pattern.compile("^A/HRC/(?:RES/)?(\\d{1,2})/");
  private static final int MAX_SESSION = 99;
  private static final int MAX_SC_YEAR = 150;
  private static final int FIRST_YEAR = 1945;
  private static final int LAST_YEAR = 2100;
  /** How far past a session phrase the year that names a board's session may end: ", 2025". */
  private static final int YEAR_REACH = 12;
  /** The series of the treaty bodies, which are organs of their treaties, not of the Charter. */
  private static final Pattern TREATY_BODY = Pattern.compile(
      "(?:CCPR|CERD|CEDAW|CAT|CRC|CMW|CRPD|CED)/");

  /**
   * The organs the masthead names; where it names none, those its symbols imply (A/ the General
   * Assembly, S/ the Security Council, E/ the Economic and Social Council, A/HRC/ the Human Rights
   * Council too, ST/ the Secretariat, T/ the Trusteeship Council, a conference's A/CONF., a treaty body's
   * and any other body's own series another organ).
   */
  List<Reading<Organ>> organs(Context ctx, List<Reading<String>> symbols) {
    List<Reading<Organ>> out = new ArrayList<>();
    for (Segment segment : ctx.all(Role.ORGAN)) {
      Cancellation.checkpoint();
      for (Organ organ : ORGANS) {
        for (LanguagePack pack : ctx.mastheadPacks()) {
          if (pack.pattern("organ." + organ.name()).map(p -> p.matcher(Cancellation.watched(segment.text())).find()).orElse(false)
              && out.stream().noneMatch(r -> r.value() == organ)) {
            out.add(Reading.of(organ, segment.span()));
          }
        }
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    for (Reading<String> symbol : symbols) {
      Cancellation.checkpoint();
      for (Organ organ : organsOf(symbol.value())) {
        if (out.stream().noneMatch(r -> r.value() == organ)) {
          out.add(Reading.of(organ, symbol.span()));
        }
      }
    }
    return out;
  }

  private static List<Organ> organsOf(String symbol) {
    if (symbol.startsWith("A/HRC/")) {
      return List.of(Organ.GA, Organ.HRC);
    } else if (symbol.startsWith("A/CONF.")) {
      return List.of(Organ.OTHER); // a conference's own series: it issues its documents itself
    } else if (symbol.startsWith("ST/")) {
      return List.of(Organ.SECRETARIAT);
    } else if (TREATY_BODY.matcher(symbol).lookingAt()) {
      return List.of(Organ.OTHER);
    } else if (symbol.startsWith("A/")) {
      return List.of(Organ.GA);
    } else if (symbol.startsWith("S/")) {
      return List.of(Organ.SC);
    } else if (symbol.startsWith("E/")) {
      return List.of(Organ.ECOSOC);
    } else if (symbol.startsWith("T/")) {
      return List.of(Organ.TC);
    }
    // the series of a programme, fund, treaty or commission (DP/, UNW/, TPNW/, ICCD/): its body
    // issues the document itself, under no principal organ's name
    return List.of(Organ.OTHER);
  }

  Reading<Distribution> distribution(Context ctx) {
    for (Segment segment : ctx.all(Role.DISTRIBUTION)) {
      Cancellation.checkpoint();
      for (LanguagePack pack : ctx.mastheadPacks()) {
        for (Distribution distribution : Distribution.values()) {
          if (Found.matches(pack.pattern("distribution." + distribution.label()), segment.text())) {
            return Reading.of(distribution, segment.span());
          }
        }
      }
    }
    return null;
  }

  /** The issue date: the first date segment of the masthead. */
  Reading<java.time.LocalDate> date(Context ctx) {
    for (Segment segment : ctx.all(Role.DATE)) {
      Cancellation.checkpoint();
      for (LanguagePack pack : ctx.mastheadPacks()) {
        Optional<DateReader.Found> found = pack.dates().first(segment.text());
        if (found.isPresent()) {
          return Reading.of(found.get().date(), Context.within(segment, found.get().start(), found.get().end()));
        }
      }
    }
    return null;
  }

  Reading<Language> originalLanguage(Context ctx) {
    for (Segment segment : ctx.all(Role.ORIGINAL_LANGUAGE)) {
      Cancellation.checkpoint();
      for (LanguagePack pack : ctx.mastheadPacks()) {
        Optional<Matcher> m = pack.find("original", segment.text());
        if (m.isEmpty()) {
          continue;
        }
        String name = Found.group(m.get(), "lang");
        for (Language language : Language.values()) {
          if (name != null && Found.matches(pack.pattern("language." + language.code()).map(
              p -> Pattern.compile("^(?:" + p.pattern() + ")$", p.flags())), name)) {
            return Reading.of(language, segment.span());
          }
        }
      }
    }
    return null;
  }

  /** The job number: the first page's foot, which the repair took out, or else a job number in the text. */
  Reading<String> jobNumber(Context ctx) {
    for (Furniture furniture : ctx.tree.text().furniture()) {
      Cancellation.checkpoint();
      if (furniture.kind() == Furniture.Kind.JOB_NUMBER) {
        Matcher m = JOB.matcher(Cancellation.watched(furniture.text()));
        if (m.find()) {
          return Reading.of(withLostLetter(jobNumber(m.group(), ctx), furniture.text(), m.end(), ctx), null);
        }
      }
    }
    Optional<Segment> segment = ctx.first(Role.JOB_NUMBER);
    if (segment.isPresent()) {
      return Reading.of(jobNumber(segment.get().text(), ctx), segment.get().span());
    }
    Matcher m = JOB.matcher(Cancellation.watched(ctx.allText()));
    return m.find()
        ? Reading.of(withLostLetter(jobNumber(m.group(), ctx), ctx.allText(), m.end(), ctx), new org.plenary.model.Span(m.start(), m.end()))
        : null;
  }

  private static final Pattern NEW_YORK_NUMBER = Pattern.compile("\\d{2}-\\d{5}");
  /** The date of printing after the number, past what a scan left of the letter ("T" for "(E)"). */
  private static final Pattern PRINTING_DATE = Pattern.compile("\\s+(?:\\S{1,3}\\s+)?\\d{6}(?!\\d)");

  /**
   * A New York job number that a scan read without its letter, right before the date of printing
   * ("25-05394 080425", "24-08409 T 150524": the "(E)" between them run into the barcode), with the letter of the
   * document's language (pack data {@code job.letter}), which the letter names.
   */
  static String withLostLetter(String job, String text, int end, Context ctx) {
    if (!NEW_YORK_NUMBER.matcher(job).matches() || !PRINTING_DATE.matcher(text).region(end, text.length()).lookingAt()) {
      return job;
    }
    List<String> letter = ctx.pack.values("job.letter");
    return letter.isEmpty() ? job : job + " (" + letter.get(0).strip() + ")";
  }

  private static final Pattern NON_LATIN_LETTER = Pattern.compile("\\((\\p{IsCyrillic})\\)");
  private static final Pattern UNCLOSED = Pattern.compile("\\((\\p{L})$");

  /**
   * A job number as the UN prints it: no reissue asterisk, no space after its dash, its language
   * letter in parentheses and in Latin, a New York number with a space before its letter, which a
   * scan may lose ("25-01286 (E)"; Geneva prints "GE.17-08410(E)" without one, and keeps it so). The letter names the version's language; one a scan gave
   * in Cyrillic (Tesseract's Russian model reads the R of "(R)" as "В") is the letter of the
   * document's language (pack data {@code job.letter}).
   */
  static String jobNumber(String printed, Context ctx) {
    String job = printed.replace("*", "").replaceFirst("^(\\d{2})-\\s+", "$1-");
    job = UNCLOSED.matcher(job).replaceFirst("($1)").replaceFirst("^(\\d{2}-\\d{5})\\(", "$1 (");
    Matcher m = NON_LATIN_LETTER.matcher(job);
    if (!m.find()) {
      return job;
    }
    List<String> letter = ctx.pack.values("job.letter");
    return letter.isEmpty() ? job : job.substring(0, m.start()) + "(" + letter.get(0).strip() + ")" + job.substring(m.end());
  }

  /**
   * The session: that of the subsidiary body whose name the masthead prints above its session line
   * ("Committee on Contributions / Eighty-fifth session"); else the session of the symbol
   * (A/75/..., A/HRC/45/...), which a garbled print cannot change; else the masthead's. A session
   * not numbered in a series (an emergency special session, an Executive Board's "First regular
   * session 2025") gives none.
   */
  Reading<Integer> session(Context ctx, List<Reading<String>> symbols) {
    List<Segment> front = ctx.tree.front();
    Reading<Integer> printed = null;
    boolean ofBody = false;
    boolean unnumbered = false;
    String all = ctx.allText();
    for (int i = 0; i < front.size() && printed == null && !unnumbered; i++) {
      Cancellation.checkpoint();
      Segment segment = front.get(i);
      if (segment.role() != Role.SESSION) {
        continue;
      }
      for (LanguagePack pack : ctx.mastheadPacks()) {
        Optional<Matcher> m = pack.find("session", segment.text());
        if (m.isEmpty()) {
          continue;
        }
        // the year that names a board's session stands after the session phrase, outside it
        String withYear = all.substring(segment.span().start(), Math.min(all.length(), segment.span().end() + YEAR_REACH));
        if (Found.matches(pack.pattern("session.unnumbered"), withYear)) {
          unnumbered = true;
          break;
        }
        OptionalInt n = pack.numbers().read(Found.group(m.get(), "n"));
        if (n.isPresent() && n.getAsInt() > 0 && n.getAsInt() <= MAX_SESSION) {
          printed = Reading.of(n.getAsInt(), segment.span());
          ofBody = i > 0 && front.get(i - 1).role() == Role.OTHER;
          break;
        }
      }
    }
    if (unnumbered || printed != null && ofBody) {
      return printed;
    }
    if (printed == null) {
      printed = resolutionSession(ctx);
    }
    for (Reading<String> symbol : symbols) {
      Cancellation.checkpoint();
      Matcher m = HRC_SESSION.matcher(Cancellation.watched(symbol.value()));
      if (!m.find()) {
        m = GA_SESSION.matcher(Cancellation.watched(symbol.value()));
        if (!m.find()) {
          continue;
        }
      }
      if (symbol.span() == null && printed != null) {
        // a symbol read from a later page's running header does not overrule the first page
        return printed;
      }
      int fromSymbol = Integer.parseInt(m.group(1));
      if (printed != null && printed.value() != fromSymbol) {
        ctx.diagnostics.warn(WarningCode.SESSION_MISMATCH, "the symbol says session " + fromSymbol
            + " but the masthead reads \"" + ctx.slice(printed.span()) + "\"; the symbol's session is kept", printed.span());
      }
      return Reading.of(fromSymbol, symbol.span());
    }
    return printed;
  }

  /**
   * The session a resolution of the first sessions names in its number, in Roman numerals, where
   * its title line or the line saying what it is begins with it ("26 (I). Transfer of ...",
   * "Resolution 26 (I)", "第26(I)号决议").
   */
  private static Reading<Integer> resolutionSession(Context ctx) {
    for (Role role : new Role[] {Role.TITLE, Role.KIND}) {
      for (Segment segment : ctx.all(role)) {
        Cancellation.checkpoint();
        Optional<Matcher> m = ctx.pack.find("session.resolution", segment.text().strip());
        Integer n = m.map(found -> AnnexExtractor.roman(Found.group(found, "n"))).orElse(null);
        if (n != null && n > 0 && n <= MAX_SESSION) {
          return Reading.of(n, segment.span());
        }
      }
    }
    return null;
  }

  /** The year of a cover's place-and-year line ("New York, 1980", "一九八〇年,纽约"). */
  Reading<Integer> imprintYear(Context ctx) {
    for (Segment segment : ctx.all(Role.IMPRINT)) {
      for (LanguagePack pack : ctx.mastheadPacks()) {
        Optional<Matcher> m = pack.find("masthead.year", segment.text().strip());
        String year = m.map(found -> Found.group(found, "year")).orElse(null);
        if (year == null) {
          continue;
        }
        OptionalInt n = year.chars().allMatch(Character::isDigit) ? OptionalInt.of(Integer.parseInt(year))
            : pack.numbers().read(year.replaceAll("\\s+", ""));
        if (n.isPresent() && n.getAsInt() >= FIRST_YEAR && n.getAsInt() <= LAST_YEAR) {
          return Reading.of(n.getAsInt(), segment.span());
        }
      }
    }
    return null;
  }

  Reading<Integer> securityCouncilYear(Context ctx) {
    for (Segment segment : ctx.all(Role.SC_YEAR)) {
      Cancellation.checkpoint();
      Optional<Matcher> m = ctx.pack.find("scYear", segment.text());
      if (m.isPresent()) {
        OptionalInt n = ctx.pack.numbers().read(Found.group(m.get(), "n"));
        if (n.isPresent() && n.getAsInt() > 0 && n.getAsInt() <= MAX_SC_YEAR) {
          return Reading.of(n.getAsInt(), segment.span());
        }
      }
    }
    return null;
  }
}
