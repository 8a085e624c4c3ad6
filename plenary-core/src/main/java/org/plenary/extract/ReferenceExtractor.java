package org.plenary.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.plenary.symbol.Symbols;

/** Other UN documents the text cites by symbol, normalized, without the document's own symbols. */
final class ReferenceExtractor {

  List<String> read(Context ctx, List<Reading<String>> symbols) {
    List<String> out = new java.util.ArrayList<>();
    Set<String> own = new LinkedHashSet<>();
    symbols.forEach(s -> own.add(Symbols.key(s.value())));
    Set<String> seen = new LinkedHashSet<>(own);
    StringBuilder text = new StringBuilder(Context.join(ctx.tree.body()));
    ctx.tree.annexes().forEach(part -> text.append('\n').append(Context.join(part.heading()))
        .append('\n').append(Context.join(part.body())));
    for (Symbols.Found found : Symbols.find(text)) {
      if (seen.add(Symbols.key(found.symbol()))) {
        out.add(found.symbol());
      }
    }
    return out;
  }
}
