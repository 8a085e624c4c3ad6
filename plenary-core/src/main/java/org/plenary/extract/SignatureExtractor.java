package org.plenary.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.model.Block;
import org.plenary.model.Signatory;
import org.plenary.read.Cancellation;

/**
 * The signatories of the signature block: the name beside each signature marker ("(Signed) Mher
 * Margaryan", "米海尔·马尔加良(签名)") and the titles printed around it ("Ambassador", "Permanent
 * Representative"). A name follows its marker, or, where nothing follows on its line, precedes it.
 */
final class SignatureExtractor {
  /** What may follow a line's last marker when the names stand before the markers: spaces and punctuation. */
  private static final Pattern PUNCTUATION = Pattern.compile("[\\s:：.]");

  Reading<List<Signatory>> read(Context ctx) {
    List<Signatory> found = signatories(ctx, ctx.tree.signature());
    if (found.isEmpty()) {
      return null;
    }
    List<Block> block = ctx.tree.signature();
    return Reading.of(found, new org.plenary.model.Span(block.get(0).span().start(),
        block.get(block.size() - 1).span().end()));
  }

  static List<Signatory> signatories(Context ctx, List<Block> block) {
    List<Signatory> out = new ArrayList<>();
    Optional<Pattern> marker = ctx.pattern("signature.marker");
    if (marker.isEmpty() || block.isEmpty()) {
      return out;
    }
    String text = Context.join(block);
    Matcher m = marker.get().matcher(Cancellation.watched(text));
    List<int[]> markers = new ArrayList<>();
    while (m.find()) {
      Cancellation.checkpoint();
      markers.add(new int[] {m.start(), m.end()});
    }
    Pattern titles = ctx.pattern("signature.title").orElse(null);
    // the line of the markers at hand, and which side of them its names stand on: found once a line,
    // not once a marker, so a line of many markers costs no more than one pass over it
    int lineEnd = -1;
    boolean namesPrecede = false;
    for (int i = 0; i < markers.size(); i++) {
      Cancellation.checkpoint();
      int start = markers.get(i)[0];
      int end = markers.get(i)[1];
      if (end > lineEnd) {
        lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        namesPrecede = namesPrecedeMarkers(text, markers, i, lineEnd);
      }
      int nextStart = i + 1 < markers.size() ? markers.get(i + 1)[0] : text.length();
      String name;
      int zoneStart;
      int zoneEnd;
      if (namesPrecede) {
        // the name before a marker begins at its line, or after the marker before it on that line
        int previousEnd = i == 0 ? 0 : markers.get(i - 1)[1];
        int lineStart = Math.max(text.lastIndexOf('\n', start) + 1, previousEnd);
        name = text.substring(lineStart, start);
        zoneStart = previousEnd;
        zoneEnd = lineStart;
      } else {
        name = text.substring(end, Math.min(lineEnd, nextStart));
        zoneStart = end;
        zoneEnd = nextStart;
      }
      List<String> found = new ArrayList<>();
      if (titles != null && i == 0 && zoneStart == end) {
        // the first signatory's titles may stand above its marker ("Le Représentant permanent" / "(Signé) ..."),
        // or before it on its line where the repair joined the lines
        found.addAll(titlesAbove(text.substring(0, start), titles, ctx));
      }
      if (titles != null) {
        Matcher t = titles.matcher(Cancellation.watched(name));
        if (t.find() && t.start() > 0) {
          name = name.substring(0, t.start());
        }
        Cancellation.checkpoint();
        found.addAll(titlesAsPrinted(text.substring(zoneStart, zoneEnd), titles, ctx));
      }
      name = name.replaceAll("^[\\s:：.,]+|[\\s:：.,]+$", "");
      if (!name.isEmpty()) {
        out.add(new Signatory(name, found));
      }
    }
    return out;
  }

  /**
   * Whether the names of the line of marker {@code i} (its first) stand before their markers
   * ("米海尔·马尔加良(签名)"): nothing but punctuation follows the last marker of the line. Decided per line, so that two
   * signatures printed on one line are read the same way.
   */
  private static boolean namesPrecedeMarkers(String text, List<int[]> markers, int i, int lineEnd) {
    int last = i;
    while (last + 1 < markers.size() && markers.get(last + 1)[0] < lineEnd) {
      last++;
    }
    return PUNCTUATION.matcher(text.substring(markers.get(last)[1], lineEnd)).replaceAll("").isEmpty();
  }

  /**
   * The titles of a signature's zone as printed: on the line of the name, each title phrase; on a
   * line of its own, the whole line that opens with one ("Permanent Representative of Israel to the
   * United Nations"), with the lines it wraps on to (the line before ends on a small word or a
   * comma, or the next starts in lower case).
   */
  private static List<String> titlesAsPrinted(String zone, Pattern titles, Context ctx) {
    List<String> out = new ArrayList<>();
    Optional<Pattern> glue = ctx.pattern("agenda.glue");
    boolean previousTitle = false;
    String[] lines = zone.split("\n");
    for (int k = 0; k < lines.length; k++) {
      String line = lines[k].strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher t = titles.matcher(line);
      if (k > 0 && t.lookingAt()) {
        out.add(line);
        previousTitle = true;
      } else if (k > 0 && previousTitle && wrapsOn(out.get(out.size() - 1), line, glue)) {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + line);
      } else {
        previousTitle = false;
        while (t.find()) {
          out.add(t.group().strip());
        }
      }
    }
    return out;
  }

  /** The longest word a title line may open with before its title phrase: an article ("Le", "The"). */
  private static final int MAX_ARTICLE = 3;

  /**
   * The titles printed on the lines right above a signature marker: the last run of lines that opens
   * with a line opening with a title phrase (after an article at most) and goes on with title lines
   * or the lines a title wraps on to. A line of running text above ends no run: it clears it.
   */
  private static List<String> titlesAbove(String zone, Pattern titles, Context ctx) {
    Optional<Pattern> glue = ctx.pattern("agenda.glue");
    List<String> run = new ArrayList<>();
    for (String raw : zone.split("\n")) {
      Cancellation.checkpoint();
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (opensWithTitle(line, titles)) {
        run.add(line);
      } else if (!run.isEmpty() && wrapsOn(run.get(run.size() - 1), line, glue)) {
        run.set(run.size() - 1, run.get(run.size() - 1) + " " + line);
      } else {
        run.clear();
      }
    }
    return run;
  }

  private static boolean opensWithTitle(String line, Pattern titles) {
    Matcher t = titles.matcher(line);
    if (!t.find()) {
      return false;
    }
    String before = line.substring(0, t.start()).strip();
    return before.isEmpty() || before.length() <= MAX_ARTICLE && before.codePoints().allMatch(
        c -> Character.isLetter(c) || c == '\'' || c == '’');
  }

  private static boolean wrapsOn(String before, String line, Optional<Pattern> glue) {
    if (Character.isLowerCase(line.codePointAt(0)) || before.endsWith(",")) {
      return true;
    }
    String last = before.substring(before.lastIndexOf(' ') + 1);
    return Found.matchesWhole(glue, last);
  }
}
