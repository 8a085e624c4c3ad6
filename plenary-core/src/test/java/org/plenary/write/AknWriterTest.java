package org.plenary.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plenary.Corpus;
import org.plenary.Plenary;
import org.plenary.model.Block;
import org.plenary.model.Document;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;
import org.plenary.read.akn.AknReader;
import org.xml.sax.SAXParseException;

/**
 * What the AKN writer writes validates against the OASIS schema, and the AKN reader reads it back
 * into the same record: over the seed and web texts and a sample of the UN's own AKN4UN files.
 */
class AknWriterTest {
  private static final AknWriter WRITER = AknWriter.withMarkupDate(LocalDate.of(2026, 1, 1));
  private final AknReader reader = new AknReader();

  @Test
  void writesValidAknThatReadsBackTheSameForEveryCorpusText() throws Exception {
    Plenary plenary = Plenary.create();
    List<String> failures = new ArrayList<>();
    for (Path text : Corpus.texts()) {
      roundTrip(plenary.parse(text), failures);
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void writesValidAknThatReadsBackTheSameForASampleOfUnFiles() throws Exception {
    List<Path> files = Corpus.unxml();
    List<String> failures = new ArrayList<>();
    int written = 0;
    for (int i = 0; i < files.size(); i++) {
      Document d;
      try {
        d = reader.read(new Source(files.get(i).toString(), Files.readAllBytes(files.get(i))), new Diagnostics());
      } catch (org.plenary.UnreadableInput malformed) {
        continue;
      }
      roundTrip(d, failures);
      written++;
    }
    assertThat(written).isGreaterThan(100);
    assertThat(failures).isEmpty();
  }

  @Test
  void writesALetterAlongTheAkn4unProposal() throws Exception {
    Document seed = Plenary.create().parse(Corpus.seedLetter());
    String xml = WRITER.write(seed);
    assertThat(xml).contains("<doc name=\"officialLetter\">")
        .contains("<FRBRlanguage language=\"zho\"/>")
        .contains("<FRBRdate date=\"2020-09-28\" name=\"letter\"/>")
        .contains("<session refersTo=\"#ga\" value=\"75\">")
        .contains("<inline name=\"agenda item\">135</inline>")
        .contains("href=\"/akn/ontology/organization/un/memberState/ARM\"")
        .contains("<attachments>").contains("<doc name=\"annex\">")
        .contains("<signature><person refersTo=\"#signatory_1\"");
  }

  private void roundTrip(Document original, List<String> failures) throws Exception {
    String xml = WRITER.write(original);
    String name = original.source().path();
    try {
      AknSchema.validate(xml);
    } catch (SAXParseException e) {
      failures.add(name + ": invalid at line " + e.getLineNumber() + ": " + e.getMessage());
      return;
    }
    Document back = reader.read(new Source(name, xml.getBytes(StandardCharsets.UTF_8)), new Diagnostics());
    compare(failures, name, "symbols", original.symbols(), back.symbols());
    compare(failures, name, "language", original.language(), back.language());
    compare(failures, name, "type", original.type(), back.type());
    compare(failures, name, "organs", original.organs(), back.organs());
    compare(failures, name, "session", original.session(), back.session());
    compare(failures, name, "securityCouncilYear", original.securityCouncilYear(), back.securityCouncilYear());
    compare(failures, name, "agendaItems", items(original), items(back));
    compare(failures, name, "distribution", original.distribution(), back.distribution());
    compare(failures, name, "date", original.date(), back.date());
    compare(failures, name, "originalLanguage", original.originalLanguage(), back.originalLanguage());
    compare(failures, name, "title", norm(original.title()), norm(back.title()));
    compare(failures, name, "letterDate", original.letterDate(), back.letterDate());
    compare(failures, name, "author", original.author(), back.author());
    compare(failures, name, "addressees", original.addressees(), back.addressees());
    compare(failures, name, "signatories", original.signatories(), back.signatories());
    compare(failures, name, "circulation", original.circulation(), back.circulation());
    compare(failures, name, "body", blocks(original.body()), blocks(back.body()));
    compare(failures, name, "annexes", annexes(original), annexes(back));
    compare(failures, name, "jobNumber", original.jobNumber(), back.jobNumber());
    compare(failures, name, "references", original.references(), back.references());
  }

  private static void compare(List<String> failures, String name, String field, Object expected, Object actual) {
    if (!String.valueOf(expected).equals(String.valueOf(actual))) {
      failures.add(name + " " + field + ":\n  wrote " + expected + "\n  read  " + actual);
    }
  }

  private static List<String> items(Document d) {
    return d.agendaItems().stream().map(i -> i.number() + " " + i.subItem() + " " + norm(i.title()) + " "
        + i.provisional()).toList();
  }

  private static List<String> annexes(Document d) {
    return d.annexes().stream().map(a -> norm(a.label()) + " | " + a.number() + " | " + norm(a.title()) + " | "
        + a.date() + " | " + blocks(a.body())).toList();
  }

  /** Blocks as kind, number and text; blocks with neither number nor text carry nothing to keep. */
  private static List<String> blocks(List<Block> blocks) {
    return blocks.stream().filter(b -> b.number() != null || !norm(b.text()).isEmpty())
        .map(b -> b.kind().id() + " " + b.number() + " " + norm(b.text())).toList();
  }

  /** Text as XML keeps it: white space runs as one space, lines apart. */
  private static String norm(String s) {
    return s == null ? null : Stream.of(s.split("\n")).map(l -> l.replaceAll("[\\s\\u00A0]+", " ").strip())
        .filter(l -> !l.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
  }

}
