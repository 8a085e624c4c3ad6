package org.plenary.align;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.plenary.model.Language;

/** A document of a six-way alignment fixture: its versions as segmented text, and its gold beads. */
record GoldDocument(String name, List<Version> versions, List<Bead> beads) {
  static final List<Language> LANGUAGES = List.of(Language.AR, Language.ZH, Language.EN, Language.FR,
      Language.RU, Language.ES);

  /** Every document of a fixture folder of the test resources ({@code align/paragraphs}, ...). */
  static List<GoldDocument> all(String folder) {
    try {
      Path root = Path.of(GoldDocument.class.getResource("/" + folder).toURI());
      try (Stream<Path> docs = Files.list(root)) {
        return docs.filter(Files::isDirectory).sorted().map(GoldDocument::read).toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static GoldDocument read(Path folder) {
    try {
      List<Version> versions = new ArrayList<>();
      for (Language language : LANGUAGES) {
        String text = Files.readString(folder.resolve(language.code() + ".txt"), StandardCharsets.UTF_8);
        versions.add(new Version(language, VersionReader.blocks(text)));
      }
      JsonNode gold = new ObjectMapper().readTree(folder.resolve("gold.json").toFile());
      List<Bead> beads = new ArrayList<>();
      for (JsonNode bead : gold.get("beads")) {
        int[] start = new int[LANGUAGES.size()];
        int[] end = new int[LANGUAGES.size()];
        for (int k = 0; k < LANGUAGES.size(); k++) {
          JsonNode ids = bead.get("segments").get(LANGUAGES.get(k).code());
          if (ids != null && ids.size() > 0) {
            start[k] = ids.get(0).asInt();
            end[k] = ids.get(ids.size() - 1).asInt() + 1;
          }
        }
        beads.add(new Bead(start, end));
      }
      return new GoldDocument(folder.getFileName().toString(), versions, beads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
