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
  private static final int FLATTENED_MASTHEAD = 250;
  final String head;
  final String title;

  Context(DocumentTree tree, LanguagePack pack, Document.Builder record, Diagnostics diagnostics) {
    this.tree = tree;
    this.pack = pack;
    this.record = record;
    this.diagnostics = diagnostics;
    this.title = join(tree.title());
    this.head = tree.title().isEmpty() ? join(tree.head()) + flattenedMasthead(tree) : join(tree.head());
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
