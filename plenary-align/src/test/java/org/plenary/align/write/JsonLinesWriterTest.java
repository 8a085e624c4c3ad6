package org.plenary.align.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.align.Aligner;
import org.plenary.align.Version;
import org.plenary.align.VersionReader;
import org.plenary.model.Language;

/** The JSON Lines contract: one bead a line, segment indices per language, [] for none, the text. */
class JsonLinesWriterTest {

  private static Version version(String code) throws Exception {
    String text = new String(JsonLinesWriterTest.class.getResourceAsStream(
        "/align/paragraphs/S_RES_2549 (2020)/" + code + ".txt").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    return new Version(Language.find(code).orElseThrow(), VersionReader.blocks(text));
  }

  @Test
  void writesOneBeadALineWithEmptyListsForOmissions() throws Exception {
    // the French version of resolution 2549 (2020) has no line for the date of adoption (English block 6)
    List<Version> versions = List.of(version("en"), version("fr"));
    StringWriter out = new StringWriter();
    new JsonLinesWriter().write(Aligner.create().align(versions), out);
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(versions.get(0).segments().size());
    ObjectMapper json = new ObjectMapper();
    JsonNode omitted = json.readTree(lines[6]);
    assertThat(omitted.get("segments").get("en").toString()).isEqualTo("[6]");
    assertThat(omitted.get("segments").get("fr").toString()).isEqualTo("[]");
    JsonNode next = json.readTree(lines[7]);
    assertThat(next.get("segments").get("fr").toString()).isEqualTo("[6]");
    assertThat(next.get("text").get("fr").asText()).isEqualTo("Le Conseil de sécurité,");
    assertThat(next.get("text").get("en").asText()).isEqualTo("The Security Council,");
  }
}
