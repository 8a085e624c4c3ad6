package org.plenary.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.Corpus;
import org.plenary.Plenary;
import org.plenary.UnreadableInput;
import org.plenary.model.Document;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;
import org.plenary.read.akn.AknReader;

/**
 * The JSON of a record reads back into a record that every writer writes exactly as it wrote the
 * original: over the seed and web texts and a sample of the UN's AKN4UN files.
 */
class JsonReaderTest {
  private final JsonReader reader = new JsonReader();
  private final AknWriter akn = AknWriter.withMarkupDate(LocalDate.of(2026, 1, 1));

  @Test
  void readsBackEveryCorpusRecordAsItWasWritten() throws Exception {
    List<Document> documents = new ArrayList<>();
    Plenary plenary = Plenary.create();
    for (Path text : Corpus.texts()) {
      documents.add(plenary.parse(text));
    }
    List<Path> unxml = Corpus.unxml();
    for (int i = 0; i < unxml.size(); i++) {
      try {
        documents.add(new AknReader().read(new Source(unxml.get(i).toString(), Files.readAllBytes(unxml.get(i))),
            new Diagnostics()));
      } catch (UnreadableInput malformed) {
        // the one malformed UN file is tested in AknReaderCorpusTest
      }
    }
    assertThat(documents).hasSizeGreaterThan(60);
    for (Document original : documents) {
      String json = JsonWriter.pretty().write(original);
      Document read = reader.read(json, original.source().path());
      assertThat(JsonWriter.pretty().write(read)).as(original.source().path()).isEqualTo(json);
      assertThat(new CsvWriter().row(read)).as(original.source().path()).isEqualTo(new CsvWriter().row(original));
      assertThat(akn.write(read)).as(original.source().path()).isEqualTo(akn.write(original));
    }
  }

  @Test
  void refusesWhatIsNotARecordNamingTheInput() throws Exception {
    assertThatThrownBy(() -> reader.read("{\"schema\": \"other/2\"}", "x.json"))
        .isInstanceOf(UnreadableInput.class).hasMessageContaining("x.json").hasMessageContaining("plenary.document/1");
    assertThatThrownBy(() -> reader.read("{not json", "y.json"))
        .isInstanceOf(UnreadableInput.class).hasMessageContaining("y.json").hasMessageContaining("not JSON");
    Document seed = Plenary.create().parse(Corpus.seedLetter());
    String record = JsonWriter.compact().write(seed).replace("\"language\":\"zh\"", "\"language\":\"xx\"");
    assertThatThrownBy(() -> reader.read(record, "z.json")).isInstanceOf(UnreadableInput.class)
        .hasMessageContaining("unknown language 'xx'");
  }
}
