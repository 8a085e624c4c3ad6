package org.plenary.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.lang.DateReader;
import org.plenary.lang.LanguagePack;
import org.plenary.model.Block;
import org.plenary.model.Distribution;
import org.plenary.model.Furniture;
import org.plenary.model.Language;
import org.plenary.model.Organ;
import org.plenary.structure.MastheadLines;

/**
 * The fields of the masthead: organs, distribution, issue date, original language, job number,
 * session and Security Council year. The masthead is the head of the document, before its title;
 * Russian, Chinese and Arabic mastheads keep English lines, which the English pack reads.
 */
final class MastheadExtractor {
  private static final Organ[] ORGANS = {Organ.GA, Organ.SC, Organ.ECOSOC, Organ.HRC, Organ.TC, Organ.ICJ};
  private static final Pattern JOB = Pattern.compile("(?<![\\d.-])(?:GE\\.|V\\.)?\\d{2}-\\d{5}\\s*\\([A-Z]\\)");
  private static final Pattern GA_SESSION = Pattern.compile("^A/(?:C\\.\\d/|RES/|DEC/|INF/)?(\\d{1,2})/");
  private static final Pattern HRC_SESSION = Pattern.compile("^A/HRC/(?:RES/)?(\\d{1,2})/");
  private static final int MAX_SESSION = 99;
  private static final int MAX_SC_YEAR = 150;

  void extract(Context ctx) {
    organs(ctx);
    distribution(ctx);
    date(ctx);
    originalLanguage(ctx);
    jobNumber(ctx);
    session(ctx);
    securityCouncilYear(ctx);
  }

  private void organs(Context ctx) {
    Set<Organ> organs = new LinkedHashSet<>();
    for (String symbol : ctx.record.symbols) {
      if (symbol.startsWith("A/HRC/")) {
        organs.add(Organ.GA);
        organs.add(Organ.HRC);
      } else if (symbol.startsWith("A/")) {
        organs.add(Organ.GA);
      } else if (symbol.startsWith("S/")) {
        organs.add(Organ.SC);
      } else if (symbol.startsWith("E/")) {
        organs.add(Organ.ECOSOC);
      }
    }
    String text = ctx.head.isEmpty() ? ctx.title : ctx.head;
    for (Organ organ : ORGANS) {
      for (LanguagePack pack : ctx.mastheadPacks()) {
        Optional<Pattern> pattern = pack.pattern("organ." + organ.name());
        if (pattern.isEmpty()) {
          continue;
        }
        Matcher m = pattern.get().matcher(text);
        while (m.find()) {
          if (!TitleSplitter.followsGlue(text, m.start(), pack)) {
            organs.add(organ);
            ctx.record.evidence("organs", m.group());
            break;
          }
        }
      }
    }
    ctx.record.organs.addAll(organs);
  }

  private void distribution(Context ctx) {
    for (LanguagePack pack : ctx.mastheadPacks()) {
      for (Distribution distribution : Distribution.values()) {
        Optional<Matcher> m = Found.first(pack.pattern("distribution." + distribution.label()), ctx.head);
        if (m.isPresent()) {
          ctx.record.distribution = distribution;
          ctx.record.evidence("distribution", m.get().group());
          return;
        }
      }
    }
  }

  /**
   * The issue date: the first date of a masthead line, or else the first date of the head. A web
   * page may print a letter's own date above the masthead (in its repeated title or a teaser).
   */
  private void date(Context ctx) {
    MastheadLines lines = new MastheadLines(ctx.pack);
    for (Block block : ctx.tree.head()) {
      if (lines.isMasthead(block.text())) {
        DateReader.Found found = firstDate(ctx, block.text());
        if (found != null) {
          ctx.record.date = found.date();
          ctx.record.evidence("date", found.text());
          return;
        }
      }
    }
    DateReader.Found first = firstDate(ctx, ctx.head);
    if (first != null) {
      ctx.record.date = first.date();
      ctx.record.evidence("date", first.text());
    }
  }

  private static DateReader.Found firstDate(Context ctx, String text) {
    DateReader.Found first = null;
    for (LanguagePack pack : ctx.mastheadPacks()) {
      for (DateReader.Found found : pack.dates().findAll(text)) {
        if (first == null || found.start() < first.start()) {
          first = found;
        }
        break;
      }
    }
    return first;
  }

  private void originalLanguage(Context ctx) {
    for (LanguagePack pack : ctx.mastheadPacks()) {
      Optional<Matcher> m = pack.find("original", ctx.head);
      if (m.isEmpty()) {
        continue;
      }
      String name = Found.group(m.get(), "lang");
      for (Language language : Language.values()) {
        if (name != null && Found.matches(pack.pattern("language." + language.code()).map(
            p -> Pattern.compile("^(?:" + p.pattern() + ")$", p.flags())), name)) {
          ctx.record.originalLanguage = language;
          ctx.record.evidence("originalLanguage", m.get().group());
          return;
        }
      }
    }
  }

  private void jobNumber(Context ctx) {
    for (Furniture furniture : ctx.tree.text().furniture()) {
      if (furniture.kind() == Furniture.Kind.JOB_NUMBER) {
        Matcher m = JOB.matcher(furniture.text());
        if (m.find()) {
          ctx.record.jobNumber = m.group();
          ctx.record.evidence("jobNumber", furniture.text());
          return;
        }
      }
    }
    Matcher m = JOB.matcher(ctx.allText());
    if (m.find()) {
      ctx.record.jobNumber = m.group();
      ctx.record.evidence("jobNumber", m.group());
    }
  }

  private void session(Context ctx) {
    Integer fromSymbol = null;
    for (String symbol : ctx.record.symbols) {
      Matcher m = HRC_SESSION.matcher(symbol);
      if (!m.find()) {
        m = GA_SESSION.matcher(symbol);
        if (!m.find()) {
          continue;
        }
      }
      fromSymbol = Integer.parseInt(m.group(1));
      ctx.record.evidence("session", symbol);
      break;
    }
    Integer fromText = null;
    String snippet = null;
    for (LanguagePack pack : ctx.mastheadPacks()) {
      Optional<Matcher> m = pack.find("session", ctx.head);
      if (m.isPresent()) {
        OptionalInt n = pack.numbers().read(Found.group(m.get(), "n"));
        if (n.isPresent() && n.getAsInt() > 0 && n.getAsInt() <= MAX_SESSION) {
          fromText = n.getAsInt();
          snippet = m.get().group();
          break;
        }
      }
    }
    if (fromSymbol != null) {
      ctx.record.session = fromSymbol;
      if (fromText != null && !fromText.equals(fromSymbol)) {
        ctx.diagnostics.warn("session-mismatch", "the symbol says session " + fromSymbol
            + " but the masthead reads \"" + snippet + "\"; the symbol's session is kept");
      }
    } else if (fromText != null) {
      ctx.record.session = fromText;
      ctx.record.evidence("session", snippet);
    }
  }

  private void securityCouncilYear(Context ctx) {
    for (LanguagePack pack : List.of(ctx.pack)) {
      Optional<Matcher> m = pack.find("scYear", ctx.head);
      if (m.isPresent()) {
        OptionalInt n = pack.numbers().read(Found.group(m.get(), "n"));
        if (n.isPresent() && n.getAsInt() > 0 && n.getAsInt() <= MAX_SC_YEAR) {
          ctx.record.securityCouncilYear = n.getAsInt();
          ctx.record.evidence("securityCouncilYear", m.get().group());
          return;
        }
      }
    }
  }
}
