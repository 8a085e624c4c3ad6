package org.plenary.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.model.Circulation;
import org.plenary.model.Organ;
import org.plenary.read.Cancellation;

/**
 * The request to circulate the text as a document of some organs under some agenda items ("be
 * circulated as a document of the General Assembly, under agenda items 34, 71 and 135, and of the
 * Security Council"). Organs count where the words before them make them a target of the request,
 * not where an agenda item's title names them.
 */
final class CirculationExtractor {
  private static final Organ[] ORGANS = {Organ.GA, Organ.SC, Organ.ECOSOC, Organ.HRC};

  Reading<Circulation> read(Context ctx) {
    for (org.plenary.model.Block block : ctx.tree.body()) {
      Cancellation.checkpoint();
      Optional<Matcher> request = Found.first(ctx.pattern("circulation"), block.text());
      if (request.isPresent()) {
        Circulation circulation = circulation(ctx, request.get());
        if (circulation != null) {
          return Reading.of(circulation, Context.within(block, request.get().start(), request.get().end()));
        }
      }
    }
    return null;
  }

  private static Circulation circulation(Context ctx, Matcher request) {
    String text = request.group();
    record At(int position, Organ organ) {}
    List<At> found = new ArrayList<>();
    Pattern before = ctx.pattern("circulation.before").orElse(null);
    for (Organ organ : ORGANS) {
      Optional<Pattern> name = ctx.pattern("organ." + organ.name());
      if (name.isEmpty()) {
        continue;
      }
      Matcher m = name.get().matcher(Cancellation.watched(text));
      while (m.find()) {
        Cancellation.checkpoint();
        String preceding = text.substring(Math.max(0, m.start() - 30), m.start());
        if (before == null || before.matcher(Cancellation.watched(preceding)).find()) {
          found.add(new At(m.start(), organ));
          break;
        }
      }
    }
    found.sort(java.util.Comparator.comparingInt(At::position));
    Set<Integer> items = new LinkedHashSet<>();
    ctx.pack.find("agenda", text).ifPresent(m -> {
      for (String[] item : AgendaItemExtractor.items(Found.group(m, "items"))) {
        items.add(Integer.parseInt(item[0]));
      }
    });
    if (found.isEmpty() && items.isEmpty()) {
      return null;
    }
    return new Circulation(found.stream().map(At::organ).distinct().toList(), List.copyOf(items));
  }
}
