package org.plenary.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.plenary.lang.LanguagePack;
import org.plenary.lang.LanguagePacks;
import org.plenary.model.Block;
import org.plenary.model.DocumentTree;
import org.plenary.model.Language;
import org.plenary.model.Role;
import org.plenary.model.Segment;
import org.plenary.model.Span;
import org.plenary.pipeline.Diagnostics;

/**
 * What the extractors of one document read: the tree, the language pack (and the English pack for
 * the English lines of Russian, Chinese and Arabic mastheads) and the diagnostics. Extractors only
 * read it; the record is assembled from their readings in one place ({@link UnDocumentExtractor}).
 */
final class Context {
  final DocumentTree tree;
  final LanguagePack pack;
  final Diagnostics diagnostics;
  /** The title segments joined, as the title extractor and the letter's fields read them. */
  final String title;
  /** The title's span: from its first segment's start to its last one's end. */
  final Span titleSpan;

  Context(DocumentTree tree, LanguagePack pack, Diagnostics diagnostics) {
    this.tree = tree;
    this.pack = pack;
    this.diagnostics = diagnostics;
    List<Segment> title = tree.all(Role.TITLE);
    this.title = title.stream().map(Segment::text).collect(Collectors.joining("\n"));
    this.titleSpan = title.isEmpty() ? null
        : new Span(title.get(0).span().start(), title.get(title.size() - 1).span().end());
  }

  List<Segment> all(Role role) {
    return tree.all(role);
  }

  Optional<Segment> first(Role role) {
    return tree.first(role);
  }

  /** The first page's segments other than the title, one per line, for the words of the head. */
  List<Segment> head() {
    return tree.front().stream().filter(s -> s.role() != Role.TITLE && s.role() != Role.SUBTITLE).toList();
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

  String slice(Span span) {
    return tree.text().slice(span);
  }

  /** The span of {@code start}..{@code end} inside a segment's text. */
  static Span within(Segment segment, int start, int end) {
    return new Span(segment.span().start() + start, segment.span().start() + end);
  }

  /** The span of {@code start}..{@code end} inside a block's text (its number left out). */
  static Span within(Block block, int start, int end) {
    int textStart = block.span().end() - block.text().length();
    return new Span(textStart + start, textStart + end);
  }

  static String join(List<Block> blocks) {
    return blocks.stream().map(Context::fullText).collect(Collectors.joining("\n"));
  }

  /** A block's text with its printed number, as it stands in the repaired text. */
  static String fullText(Block block) {
    return block.number() == null ? block.text() : block.number() + " " + block.text();
  }

  /** The whole text: main text, signature and annexes, for references and mentions. */
  String allText() {
    return tree.text().text();
  }
}
