package org.plenary.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.plenary.lang.LanguagePack;
import org.plenary.lang.LanguagePacks;
import org.plenary.model.Block;
import org.plenary.model.Document;
import org.plenary.model.DocumentTree;
import org.plenary.model.Language;
import org.plenary.pipeline.Diagnostics;

/**
 * What the extractors of one document share: the tree, the language pack (and the English pack for
 * the English lines of Russian, Chinese and Arabic mastheads), the texts of the head and the title,
 * the record being built and the diagnostics.
 */
final class Context {
  final DocumentTree tree;
  final LanguagePack pack;
  final Document.Builder record;
  final Diagnostics diagnostics;
  /** A first block longer than this is a flattened page, whose first characters hold the masthead. */
  private static final int FLATTENED_PAGE = 1000;
  static final int FLATTENED_MASTHEAD = 250;
  /** How many blocks below a title may hold an Official Records cover's masthead, and how long its lines are. */
  private static final int COVER_BLOCKS = 6;
  private static final int COVER_LINE = 80;
  final String head;
  final String title;

  Context(DocumentTree tree, LanguagePack pack, Document.Builder record, Diagnostics diagnostics) {
    this.tree = tree;
    this.pack = pack;
    this.record = record;
    this.diagnostics = diagnostics;
    this.title = join(tree.title());
    this.head = tree.title().isEmpty() ? join(tree.head()) + flattenedMasthead(tree)
        : join(tree.head()) + coverMasthead(tree, pack);
  }

  /**
   * The masthead that an Official Records cover prints below its title: an organ line, the
   * Official Records line with the session, and the supplement line with the symbol ("General
   * Assembly / Official Records: Thirty-fifth Session / Supplement No. 15 (A/35/15)"); the organ
   * may share the Official Records line. Only short lines followed by a supplement line of their
   * own count, so a resolution citing the Official Records in its first paragraphs lends nothing.
   */
  private static String coverMasthead(DocumentTree tree, LanguagePack pack) {
    Optional<Pattern> records = pack.pattern("masthead.records");
    List<Block> body = tree.body();
    if (records.isEmpty()) {
      return "";
    }
    for (int i = 0; i < Math.min(COVER_BLOCKS, body.size()); i++) {
      String line = body.get(i).text();
      String below = i + 1 < body.size() ? body.get(i + 1).text() : "";
      if (line.length() > COVER_LINE || !records.get().matcher(line).find()
          || !pack.pattern("masthead.supplement").map(p -> p.matcher(below).find()).orElse(false)) {
        continue;
      }
      boolean organHere = namesOrgan(line, pack);
      String above = i > 0 ? body.get(i - 1).text() : "";
      if (!organHere && (above.length() > COVER_LINE || !namesOrgan(above, pack))) {
        continue;
      }
      return "\n" + join(body.subList(organHere ? i : i - 1, Math.min(i + 2, body.size())));
    }
    return "";
  }

  private static boolean namesOrgan(String text, LanguagePack pack) {
    for (String key : new String[] {"organ.GA", "organ.SC", "organ.ECOSOC", "organ.TC"}) {
      if (pack.pattern(key).map(p -> p.matcher(text).find()).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The opening of the first body block when a web page flattened the whole first page into it:
   * without a title, the masthead (symbol, organ, session, date) runs into the text there.
   */
  private static String flattenedMasthead(DocumentTree tree) {
    if (tree.body().isEmpty()) {
      return "";
    }
    String first = fullText(tree.body().get(0));
    return first.length() > FLATTENED_PAGE ? "\n" + first.substring(0, FLATTENED_MASTHEAD) : "";
  }

  /** This language's pack, then English where the language keeps English masthead lines. */
  List<LanguagePack> mastheadPacks() {
    List<LanguagePack> packs = new ArrayList<>();
    packs.add(pack);
    if (pack.language() != Language.EN) {
      packs.add(LanguagePacks.of(Language.EN));
    }
    return packs;
  }

  Optional<Pattern> pattern(String key) {
    return pack.pattern(key);
  }

  static String join(List<Block> blocks) {
    return blocks.stream().map(Context::fullText).collect(Collectors.joining("\n"));
  }

  /** A block's text with its printed number, as it stands in the repaired text. */
  static String fullText(Block block) {
    return block.number() == null ? block.text() : block.number() + " " + block.text();
  }

  /** The whole body: main text, signature and annexes, for references and mentions. */
  String allText() {
    return tree.text().text();
  }
}
