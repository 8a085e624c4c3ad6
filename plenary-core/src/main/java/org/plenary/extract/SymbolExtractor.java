package org.plenary.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.plenary.model.Block;
import org.plenary.model.Furniture;
import org.plenary.model.Role;
import org.plenary.model.Segment;
import org.plenary.model.Span;
import org.plenary.read.Cancellation;
import org.plenary.symbol.Symbols;

/**
 * The document's own symbols: those of the first page's symbol segments (joint symbols give two).
 * Where the first page prints none, the running header of a later page gives them; an old meeting
 * record whose flattened page prints its symbol only below its table of contents gives the
 * verbatim-record symbol of the meeting its masthead names ("502nd MEETING", S/PV.502).
 */
final class SymbolExtractor {

  List<Reading<String>> read(Context ctx) {
    List<Reading<String>> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Segment segment : ctx.all(Role.SYMBOL)) {
      Cancellation.checkpoint();
      for (Symbols.Found found : Symbols.find(segment.text())) {
        if (seen.add(Symbols.key(found.symbol()))) {
          out.add(Reading.of(found.symbol(), Context.within(segment, found.start(), found.end())));
        }
      }
    }
    if (out.size() == 1) {
      String headers = agreedRunningHeader(ctx);
      if (headers != null && isMisreadOf(out.get(0).value(), headers)) {
        // a scan's masthead prints its symbol large and reads less surely than the plain headers
        out.set(0, Reading.of(headers, null));
      }
    }
    if (out.isEmpty()) {
      meetingRecordSymbol(ctx).ifPresent(out::add);
    }
    if (out.isEmpty()) {
      out.addAll(runningHeader(ctx));
    }
    return out;
  }

  /** The one symbol the running headers of at least two pages agree on, or null. */
  private static String agreedRunningHeader(Context ctx) {
    java.util.Map<String, Set<Integer>> pages = new java.util.HashMap<>();
    for (Furniture furniture : ctx.tree.text().furniture()) {
      Cancellation.checkpoint();
      if (furniture.kind() != Furniture.Kind.RUNNING_HEADER) {
        continue;
      }
      List<Symbols.Found> found = Symbols.find(furniture.text());
      if (found.size() == 1) {
        pages.computeIfAbsent(found.get(0).symbol(), k -> new java.util.HashSet<>()).add(furniture.page());
      }
    }
    String agreed = null;
    for (var entry : pages.entrySet()) {
      if (entry.getValue().size() >= 2) {
        if (agreed != null) {
          return null;
        }
        agreed = entry.getKey();
      }
    }
    return agreed;
  }

  /**
   * Whether the masthead's symbol reads as the running headers' one misread: as many components,
   * at most {@link #MISREAD_CHARACTERS} characters apart ("A/HRC/WG.6/34/TTA/S" for
   * "A/HRC/WG.6/34/ITA/3"). A symbol of its own (an addendum's, another series) differs more.
   */
  static boolean isMisreadOf(String masthead, String headers) {
    if (masthead.equals(headers) || masthead.split("/").length != headers.split("/").length) {
      return false;
    }
    return editDistance(masthead, headers) <= MISREAD_CHARACTERS;
  }

  private static final int MISREAD_CHARACTERS = 2;

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** The symbols of the first running header the repair took out, where the first page shows none. */
  private static List<Reading<String>> runningHeader(Context ctx) {
    List<Reading<String>> out = new ArrayList<>();
    for (Furniture furniture : ctx.tree.text().furniture()) {
      Cancellation.checkpoint();
      if (furniture.kind() != Furniture.Kind.RUNNING_HEADER) {
        continue;
      }
      for (Symbols.Found found : Symbols.find(furniture.text())) {
        out.add(Reading.of(found.symbol(), null));
      }
      if (!out.isEmpty()) {
        break;
      }
    }
    return out;
  }

  /** The symbol of the meeting that the masthead's meeting line names, wherever the first block prints it. */
  private static Optional<Reading<String>> meetingRecordSymbol(Context ctx) {
    Optional<Segment> meeting = ctx.first(Role.MEETING);
    if (meeting.isEmpty() || !ctx.title.isEmpty() || ctx.tree.body().isEmpty()) {
      return Optional.empty();
    }
    Optional<Matcher> number = ctx.pack.find("meeting.number", meeting.get().text());
    if (number.isEmpty()) {
      return Optional.empty();
    }
    // the number may be printed in words ("第十八次全会")
    var n = ctx.pack.numbers().read(Found.group(number.get(), "n"));
    if (n.isEmpty()) {
      return Optional.empty();
    }
    String suffix = "/PV." + n.getAsInt();
    Block first = ctx.tree.body().get(0);
    for (Symbols.Found found : Symbols.find(first.text())) {
      if (found.symbol().endsWith(suffix)) {
        Span at = Context.within(first, found.start(), found.end());
        return Optional.of(Reading.of(found.symbol(), at));
      }
    }
    return Optional.empty();
  }
}
