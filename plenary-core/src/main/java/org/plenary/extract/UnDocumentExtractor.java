package org.plenary.extract;

import org.plenary.lang.LanguagePack;
import org.plenary.model.Document;
import org.plenary.model.DocumentTree;
import org.plenary.pipeline.Diagnostics;

/**
 * Reads the record of a UN document out of its tree. The chain, in order (each step may use what
 * the steps before it found):
 *
 * <ol>
 *   <li>{@link SymbolExtractor}: the document's own symbols;
 *   <li>{@link MastheadExtractor}: organs (which symbols imply), distribution, date, original
 *       language, job number, session (the symbol's first), Security Council year;
 *   <li>{@link AgendaItemExtractor}: agenda items with their titles (reference titles need the
 *       session);
 *   <li>{@link TitleExtractor}: title, type, and a letter's date, author and addressees;
 *   <li>{@link SignatureExtractor}, {@link CirculationExtractor}, {@link AnnexExtractor};
 *   <li>{@link ReferenceExtractor} (needs the own symbols), {@link MentionExtractor};
 *   <li>{@link DateFallback} (needs the type), {@link YearResolver} (needs every date).
 * </ol>
 */
public final class UnDocumentExtractor implements DocumentExtractor {
  private final SymbolExtractor symbols = new SymbolExtractor();
  private final MastheadExtractor masthead = new MastheadExtractor();
  private final AgendaItemExtractor agenda = new AgendaItemExtractor();
  private final TitleExtractor title = new TitleExtractor();
  private final SignatureExtractor signature = new SignatureExtractor();
  private final CirculationExtractor circulation = new CirculationExtractor();
  private final AnnexExtractor annexes = new AnnexExtractor();
  private final ReferenceExtractor references = new ReferenceExtractor();
  private final MentionExtractor mentions = new MentionExtractor();
  private final DateFallback dateFallback = new DateFallback();
  private final YearResolver year = new YearResolver();

  @Override
  public Document extract(DocumentTree tree, LanguagePack pack, Diagnostics diagnostics) {
    Document.Builder record = Document.builder();
    record.language = tree.language();
    Context ctx = new Context(tree, pack, record, diagnostics);
    symbols.extract(ctx);
    masthead.extract(ctx);
    agenda.extract(ctx, record.session);
    title.extract(ctx);
    signature.extract(ctx);
    circulation.extract(ctx);
    annexes.extract(ctx);
    record.body.addAll(tree.body());
    references.extract(ctx);
    mentions.extract(ctx);
    dateFallback.extract(ctx);
    year.extract(ctx);
    return record.build();
  }
}
