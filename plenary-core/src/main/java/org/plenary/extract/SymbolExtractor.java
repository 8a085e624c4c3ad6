package org.plenary.extract;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.structure.Symbols;

/**
 * The document's own symbols: those printed in the head (masthead, page header), not inside
 * parentheses and not introduced as a citation ("document S/2020/1"). Joint symbols give two. An
 * old meeting record flattened by a web page may print its symbol only below its table of contents:
 * there a verbatim-record symbol of the meeting the masthead names ("502nd MEETING", S/PV.502) is
 * the document's own.
 */
final class SymbolExtractor {

  void extract(Context ctx) {
    String head = ctx.head.isEmpty() && ctx.title.isEmpty() ? firstBlock(ctx) : ctx.head;
    Set<String> symbols = new LinkedHashSet<>();
    Pattern intro = ctx.pattern("reference.intro").orElse(null);
    for (Symbols.Found found : Symbols.find(head)) {
      if ((insideParentheses(head, found.start()) && !afterSupplement(ctx, head, found.start()))
          || introduced(head, found.start(), intro)) {
        continue;
      }
      if (symbols.add(found.symbol())) {
        ctx.record.evidence("symbols", head.substring(found.start(), found.end()));
      }
    }
    if (symbols.isEmpty()) {
      meetingRecordSymbol(ctx).ifPresent(symbols::add);
    }
    ctx.record.symbols.addAll(symbols);
  }

  /** The meeting must be named in the opening of the flattened page, where its masthead stands. */
  private static Optional<String> meetingRecordSymbol(Context ctx) {
    String first = firstBlock(ctx);
    String opening = first.substring(0, Math.min(first.length(), Context.FLATTENED_MASTHEAD));
    Optional<Matcher> meeting = ctx.pack.find("meeting.number", opening);
    if (!ctx.title.isEmpty() || meeting.isEmpty()) {
      return Optional.empty();
    }
    String suffix = "/PV." + Integer.parseInt(Found.group(meeting.get(), "n"));
    for (Symbols.Found found : Symbols.find(first)) {
      if (found.symbol().endsWith(suffix)) {
        ctx.record.evidence("symbols", meeting.get().group() + " … " + found.symbol());
        return Optional.of(found.symbol());
      }
    }
    return Optional.empty();
  }

  private static String firstBlock(Context ctx) {
    return ctx.tree.body().isEmpty() ? "" : Context.fullText(ctx.tree.body().get(0));
  }

  /** Whether a parenthesis opened shortly before the symbol closes after it, before another opens. */
  private static boolean insideParentheses(String text, int at) {
    int open = text.lastIndexOf('(', at);
    int close = text.lastIndexOf(')', at);
    if (open <= close || at - open >= 40) {
      return false;
    }
    int closeAfter = text.indexOf(')', at);
    int openAfter = text.indexOf('(', at);
    return closeAfter >= 0 && (openAfter < 0 || closeAfter < openAfter);
  }

  /** A cover's own symbol is printed in parentheses after its supplement number. */
  private static boolean afterSupplement(Context ctx, String text, int at) {
    int open = text.lastIndexOf('(', at);
    String before = text.substring(Math.max(0, text.lastIndexOf('\n', open) + 1), open);
    return ctx.pattern("masthead.supplement")
        .map(p -> Pattern.compile("(?:" + p.pattern() + ")\\s*$", p.flags()).matcher(before).find())
        .orElse(false);
  }

  private static boolean introduced(String text, int at, Pattern intro) {
    if (intro == null) {
      return false;
    }
    String before = text.substring(Math.max(0, at - 40), at);
    return intro.matcher(before).find();
  }
}
