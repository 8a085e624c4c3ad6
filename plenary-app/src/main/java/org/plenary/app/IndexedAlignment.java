package org.plenary.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plenary.UnreadableInput;
import org.plenary.align.Aligner;
import org.plenary.align.Alignment;
import org.plenary.align.Version;
import org.plenary.align.VersionReader;
import org.plenary.index.DataFolder;
import org.plenary.index.SearchIndex;
import org.plenary.index.SearchResult;
import org.plenary.model.Document;
import org.plenary.model.Language;
import org.plenary.write.JsonReader;

/**
 * The language versions of an indexed document aligned: the document itself first, then the
 * first version the index holds in each other language (those sharing a symbol with it), each
 * read from its stored record. For the server's alignment view and {@code export --format tmx}.
 */
final class IndexedAlignment {
  /** A document and its versions aligned; {@code ids} the records aligned, in version order. */
  record Aligned(Alignment alignment, List<String> ids, Language original, String symbol) {}

  private final SearchIndex index;
  private final DataFolder data;
  private final Aligner aligner = Aligner.create();

  IndexedAlignment(SearchIndex index, DataFolder data) {
    this.index = index;
    this.data = data;
  }

  /** The document and its versions aligned by sentence or by paragraph; empty when the index has no such document. */
  Optional<Aligned> align(String id, boolean sentences) throws IOException, UnreadableInput {
    Optional<Document> first = record(id);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    List<Version> versions = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    Set<Language> seen = EnumSet.noneOf(Language.class);
    VersionReader reader = new VersionReader();
    versions.add(reader.document(first.get()));
    ids.add(id);
    seen.add(first.get().language());
    for (SearchResult.Hit hit : index.versions(id)) {
      Optional<Language> language = Language.find(hit.language());
      if (language.isEmpty() || !seen.add(language.get())) {
        continue;
      }
      Optional<Document> version = record(hit.id());
      if (version.isPresent()) {
        versions.add(reader.document(version.get()));
        ids.add(hit.id());
      }
    }
    Alignment alignment = sentences ? aligner.alignSentences(versions) : aligner.align(versions);
    Document d = first.get();
    return Optional.of(new Aligned(alignment, ids, d.originalLanguage(), d.symbols().isEmpty() ? null : d.symbols().get(0)));
  }

  private Optional<Document> record(String id) throws IOException, UnreadableInput {
    Optional<String> json = data.readRecord(id);
    return json.isEmpty() ? Optional.empty() : Optional.of(new JsonReader().read(json.get(), id));
  }
}
