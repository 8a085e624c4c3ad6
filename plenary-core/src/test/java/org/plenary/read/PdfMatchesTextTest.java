package org.plenary.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.model.Document;
import org.plenary.model.Source;
import org.plenary.write.JsonWriter;

/**
 * A UN text printed to PDF and saved as Word (by LibreOffice, see golden/pdf/README.md) gives the
 * same record as the text itself, in all six languages: every field the text's record fills is
 * filled alike from the PDF and from the DOCX. Body and annex texts are compared without white
 * space, block boundaries (print may cut blocks otherwise) and footnote reference marks (the PDF
 * reader leaves them out of the text); everything else exactly.
 */
class PdfMatchesTextTest {
  private static final Set<String> NOT_COMPARED = Set.of("source", "warnings", "evidence");
  private static final Set<String> COMPARED_AS_TEXT = Set.of("body", "annexes");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Plenary plenary = Plenary.create();

  @ParameterizedTest
  @ValueSource(strings = {"013-en", "036-es", "047-fr", "053-fr", "055-ru", "071-zh", "000_e19c782be0cd74ef", "075-ar"})
  void pdfGivesTheRecordOfItsText(String name) throws Exception {
    JsonNode text = record(name + ".txt");
    JsonNode pdf = record(name + ".pdf");
    assertSameFilledFields(name, text, pdf);
    assertThat(pdf.path("source").path("format").asText()).isEqualTo("pdf");
    assertThat(pdf.path("source").path("pages").asInt()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"013-en", "036-es", "047-fr", "053-fr", "055-ru", "071-zh", "000_e19c782be0cd74ef", "075-ar"})
  void docxGivesTheRecordOfItsText(String name) throws Exception {
    JsonNode text = record(name + ".txt");
    JsonNode docx = record(name + ".docx");
    assertSameFilledFields(name, text, docx);
    assertThat(docx.path("source").path("format").asText()).isEqualTo("docx");
  }

  @Test
  void wordNinetySevenGivesTheRecordOfItsText() throws Exception {
    JsonNode doc = record("071-zh.doc");
    assertSameFilledFields("071-zh", record("071-zh.txt"), doc);
    assertThat(doc.path("source").path("format").asText()).isEqualTo("doc");
  }

  static void assertSameFilledFields(String name, JsonNode expected, JsonNode actual) {
    List<String> differences = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode want = field.getValue();
      if (NOT_COMPARED.contains(field.getKey()) || want.isNull() || (want.isContainerNode() && want.isEmpty())) {
        continue;
      }
      JsonNode got = actual.path(field.getKey());
      boolean same = COMPARED_AS_TEXT.contains(field.getKey())
          ? squeezed(want).equals(squeezed(got))
          : want.equals(got);
      if (!same) {
        differences.add(field.getKey() + "\n  text: " + want + "\n  got:  " + got);
      }
    }
    assertThat(differences).as(name + ": fields that differ").isEmpty();
  }

  /** All the texts of blocks and titles, without white space. */
  private static String squeezed(JsonNode node) {
    StringBuilder s = new StringBuilder();
    node.findValues("text").forEach(t -> s.append(t.asText()));
    node.findValues("title").forEach(t -> s.append(t.asText()));
    // a PDF's footnote reference marks ("General*") are left out of its text; a text file keeps them
    return s.toString().replaceAll("[\\s*\u2020\u2021]+", "");
  }

  private JsonNode record(String resource) throws IOException, PlenaryException {
    Document document = plenary.parse(new Source(resource, bytes("/golden/pdf/" + resource)));
    return JSON.readTree(JsonWriter.compact().write(document));
  }

  static byte[] bytes(String resource) throws IOException {
    try (InputStream in = PdfMatchesTextTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return in.readAllBytes();
    }
  }
}
