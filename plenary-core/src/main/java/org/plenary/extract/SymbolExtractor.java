package org.plenary.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.plenary.structure.Symbols;

/**
 * The document's own symbols: those printed in the head (masthead, page header), not inside
 * parentheses and not introduced as a citation ("document S/2020/1"). Joint symbols give two.
 */
final class SymbolExtractor {

  void extract(Context ctx) {
    String head = ctx.head.isEmpty() && ctx.title.isEmpty() ? firstBlock(ctx) : ctx.head;
    Set<String> symbols = new LinkedHashSet<>();
    Pattern intro = ctx.pattern("reference.intro").orElse(null);
    for (Symbols.Found found : Symbols.find(head)) {
      if (insideParentheses(head, found.start()) || introduced(head, found.start(), intro)) {
        continue;
      }
      if (symbols.add(found.symbol())) {
        ctx.record.evidence("symbols", head.substring(found.start(), found.end()));
      }
    }
    ctx.record.symbols.addAll(symbols);
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

  private static boolean introduced(String text, int at, Pattern intro) {
    if (intro == null) {
      return false;
    }
    String before = text.substring(Math.max(0, at - 40), at);
    return intro.matcher(before).find();
  }
}
