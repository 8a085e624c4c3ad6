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
  final String head;
  final String title;

  Context(DocumentTree tree, LanguagePack pack, Document.Builder record, Diagnostics diagnostics) {
    this.tree = tree;
    this.pack = pack;
    this.record = record;
    this.diagnostics = diagnostics;
    this.head = join(tree.head());
    this.title = join(tree.title());
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
