package org.plenary.align;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plenary.align.sentence.SentenceSegmenter;

/**
 * Makes the sentence fixtures ({@code align/sentences}) from the paragraph fixtures: each
 * paragraph cut into sentences, one sentence a block; the gold pairs the sentences of a gold
 * paragraph bead one to one where every version has as many of them, and keeps the bead whole
 * (its sentences together) where they differ. Run from the module folder:
 * {@code java -cp target/test-classes:... org.plenary.align.SentenceFixtures src/test/resources/align}.
 */
public final class SentenceFixtures {
  private SentenceFixtures() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    ObjectMapper json = new ObjectMapper();
    try (var docs = Files.list(root.resolve("paragraphs"))) {
      for (Path folder : docs.filter(Files::isDirectory).sorted().toList()) {
        GoldDocument document = GoldDocument.read(folder);
        Path out = Files.createDirectories(root.resolve("sentences").resolve(folder.getFileName()));
        List<int[]> first = new ArrayList<>();
        ObjectNode gold = json.createObjectNode();
        gold.put("doc", document.name());
        ObjectNode counts = gold.putObject("segments");
        for (Version version : document.versions()) {
          SentenceSegmenter segmenter = SentenceSegmenter.of(version.language());
          StringBuilder text = new StringBuilder();
          int[] starts = new int[version.segments().size() + 1];
          int n = 0;
          for (int p = 0; p < version.segments().size(); p++) {
            starts[p] = n;
            for (String sentence : segmenter.sentences(version.segments().get(p))) {
              text.append(sentence.strip()).append("\n\n");
              n++;
            }
          }
          starts[version.segments().size()] = n;
          first.add(starts);
          counts.put(version.language().code(), n);
          Files.writeString(out.resolve(version.language().code() + ".txt"), text, StandardCharsets.UTF_8);
        }
        ArrayNode beads = gold.putArray("beads");
        for (Bead paragraph : document.beads()) {
          int common = -1;
          boolean same = true;
          for (int k = 0; k < first.size(); k++) {
            int n = first.get(k)[paragraph.end(k)] - first.get(k)[paragraph.start(k)];
            if (n > 0) {
              same &= common < 0 || common == n;
              common = n;
            }
          }
          int parts = same ? common : 1;
          for (int s = 0; s < parts; s++) {
            ObjectNode segments = beads.addObject().putObject("segments");
            for (int k = 0; k < first.size(); k++) {
              ArrayNode ids = segments.putArray(document.versions().get(k).language().code());
              int from = first.get(k)[paragraph.start(k)];
              int to = first.get(k)[paragraph.end(k)];
              if (to == from) {
                continue;
              }
              if (same) {
                ids.add(from + s);
              } else {
                for (int i = from; i < to; i++) {
                  ids.add(i);
                }
              }
            }
          }
        }
        json.writerWithDefaultPrettyPrinter().writeValue(out.resolve("gold.json").toFile(), gold);
      }
    }
  }
}
