package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.Corpus;
import org.plenary.Plenary;
import org.plenary.model.Document;
import org.plenary.model.DocumentType;
import org.plenary.model.Language;
import org.plenary.model.Organ;
import org.plenary.write.CsvWriter;

/**
 * {@code plenary export} over an index of the real web texts and the letter of plenary-core's test
 * resources. What each export
 * should hold is worked out by parsing the same texts directly, not through the index.
 */
class ExportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path tmp;

  static Path data;
  /** Each corpus document, parsed directly, by its id (the SHA-256 of its source). */
  static Map<String, Document> parsed = new HashMap<>();

  @BeforeAll
  static void indexTheCorpus() throws Exception {
    List<String> texts = new ArrayList<>();
    Plenary plenary = Plenary.create();
    for (Path text : Corpus.texts()) {
      texts.add(text.toString());
      Document d = plenary.parse(text);
      parsed.put(d.source().sha256(), d);
    }
    data = tmp.resolve("data");
    List<String> index = new ArrayList<>(List.of("index", "--data", data.toString(), "--threads", "2"));
    index.addAll(texts);
    CommandRun run = CommandRun.of(true, index.toArray(String[]::new));
    assertThat(run.exitCode).as(run.stderr).isZero();
  }

  static CommandRun export(String... args) {
    List<String> all = new ArrayList<>(List.of("export", "--data", data.toString()));
    all.addAll(List.of(args));
    return CommandRun.of(true, all.toArray(String[]::new));
  }

  static List<CSVRecord> rows(String csv) throws Exception {
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv))) {
      assertThat(parser.getHeaderNames()).isEqualTo(CsvWriter.COLUMNS);
      return parser.getRecords();
    }
  }

  static Set<String> ids(Predicate<Document> filter) {
    return parsed.values().stream().filter(filter).map(d -> d.source().sha256()).collect(Collectors.toSet());
  }

  @Test
  void exportsTheWholeIndexAsOneCsvRowPerDocument() throws Exception {
    CommandRun run = export("--format", "csv");
    assertThat(run.exitCode).as(run.stderr).isZero();
    List<CSVRecord> rows = rows(run.stdout);
    assertThat(rows).hasSize(parsed.size());
    for (CSVRecord row : rows) {
      Document d = parsed.get(row.get("sha256"));
      assertThat(row.toList()).as(row.get("path")).isEqualTo(new CsvWriter().row(d));
    }
    assertThat(run.stderr).contains(parsed.size() + " of " + parsed.size() + " documents exported as csv");
  }

  @Test
  void filtersNarrowTheRowsToExactlyTheMatchingRecords() throws Exception {
    Map<List<String>, Predicate<Document>> filters = Map.of(
        List.of("--lang", "zh"), d -> d.language() == Language.ZH,
        List.of("--organ", "SC"), d -> d.organs().contains(Organ.SC),
        List.of("--type", "letter"), d -> d.type() == DocumentType.LETTER,
        List.of("--lang", "fr", "--organ", "ga"), d -> d.language() == Language.FR && d.organs().contains(Organ.GA));
    for (Map.Entry<List<String>, Predicate<Document>> filter : filters.entrySet()) {
      List<String> args = new ArrayList<>(List.of("--format", "csv", "--output", tmp.resolve("filtered.csv").toString()));
      args.addAll(filter.getKey());
      CommandRun run = export(args.toArray(String[]::new));
      assertThat(run.exitCode).as(run.stderr).isZero();
      Set<String> expected = ids(filter.getValue());
      assertThat(expected).as("the corpus has documents for %s", filter.getKey()).isNotEmpty().hasSizeLessThan(parsed.size());
      Set<String> exported = rows(Files.readString(tmp.resolve("filtered.csv"))).stream().map(r -> r.get("sha256"))
          .collect(Collectors.toSet());
      assertThat(exported).as("%s", filter.getKey()).isEqualTo(expected);
    }
  }

  @Test
  void writesAByteOrderMarkForSpreadsheets() {
    CommandRun run = export("--format", "csv", "--bom", "--lang", "ru");
    assertThat(run.exitCode).isZero();
    assertThat(run.stdout).startsWith("\uFEFFpath,symbols,");
  }

  @Test
  void writesOneContractRecordPerJsonLine() throws Exception {
    ObjectNode contract = (ObjectNode) JSON.readTree(Corpus.contract().toFile());
    // the contract's $id "plenary.document/1" is a name, not a URI; the validator needs a URI
    contract.put("$id", "urn:plenary:document:1");
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(contract, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    CommandRun run = export("--format", "jsonl", "--organ", "GA");
    assertThat(run.exitCode).as(run.stderr).isZero();
    List<String> lines = run.stdout.lines().toList();
    assertThat(lines).hasSize(ids(d -> d.organs().contains(Organ.GA)).size());
    for (String line : lines) {
      JsonNode record = JSON.readTree(line);
      assertThat(schema.validate(record)).as(line).isEmpty();
      Document d = parsed.get(record.path("source").path("sha256").asText());
      assertThat(record.get("symbols")).isEqualTo(JSON.valueToTree(d.symbols()));
      assertThat(record.get("title").asText(null)).isEqualTo(d.title());
    }
  }

  @Test
  void writesTheMatchingDocumentsAlignedWithTheirVersionsAsOneTmx() throws Exception {
    Path file = tmp.resolve("export.tmx");
    CommandRun run = export("--format", "tmx", "--lang", "en", "-o", file.toString());
    assertThat(run.exitCode).as(run.stderr).isZero();
    javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    org.w3c.dom.Document tmx = factory.newDocumentBuilder().parse(file.toFile());
    org.w3c.dom.Element header = (org.w3c.dom.Element) tmx.getElementsByTagName("header").item(0);
    assertThat(header.getAttribute("segtype")).isEqualTo("sentence");
    org.w3c.dom.NodeList units = tmx.getElementsByTagName("tu");
    assertThat(units.getLength()).isGreaterThan(ids(d -> d.language() == Language.EN).size());
    for (int i = 0; i < units.getLength(); i++) {
      org.w3c.dom.Element unit = (org.w3c.dom.Element) units.item(i);
      assertThat(unit.getElementsByTagName("tuv").getLength()).isPositive();
    }
  }

  @Test
  void writesOneValidAknFilePerDocument() throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    Schema schema = factory.newSchema(Corpus.aknSchema().toFile());
    Path folder = tmp.resolve("akn");
    CommandRun run = export("--format", "akn", "--output", folder.toString());
    assertThat(run.exitCode).as(run.stderr).isZero();
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.sorted().toList();
    }
    assertThat(files).hasSize(parsed.size());
    for (Path file : files) {
      Validator validator = schema.newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.validate(new StreamSource(file.toFile()));
    }
    Set<String> names = files.stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
    for (Document d : parsed.values()) {
      if (!d.symbols().isEmpty()) {
        // the file naming documented in the command's help: slashes, spaces and the like as one underscore
        String named = d.symbols().get(0).replaceAll("[^\\p{Alnum}.()-]+", "_") + "-" + d.language().code();
        assertThat(names).as(d.source().path()).anyMatch(n -> n.startsWith(named) && n.endsWith(".xml"));
      }
    }
  }

  @Test
  void anEmptyResultWritesOnlyTheHeader() throws Exception {
    CommandRun run = export("--format", "csv", "--from", "1900", "--to", "1901");
    assertThat(run.exitCode).as(run.stderr).isZero();
    assertThat(rows(run.stdout)).isEmpty();
    assertThat(run.stdout.lines()).hasSize(1);
    assertThat(run.stderr).contains("0 of 0 documents exported");
  }

  @Test
  void aBadFilterOrAMissingOutputFolderIsAUsageError() {
    CommandRun badLanguage = export("--format", "csv", "--lang", "de");
    assertThat(badLanguage.exitCode).isEqualTo(2);
    assertThat(badLanguage.stderr).contains("unknown language 'de'");
    assertThat(badLanguage.stdout).isEmpty();
    CommandRun badDate = export("--format", "jsonl", "--from", "soon");
    assertThat(badDate.exitCode).isEqualTo(2);
    assertThat(badDate.stderr).contains("from must be a date");
    CommandRun noFolder = export("--format", "akn");
    assertThat(noFolder.exitCode).isEqualTo(2);
    assertThat(noFolder.stderr).contains("name a folder with --output DIR");
    assertThat(export("--lang", "zh").exitCode).as("--format is required").isEqualTo(2);
  }

  @Test
  void aRecordThatCannotBeReadFailsAloneWithExitCodeOne() throws Exception {
    Path broken = tmp.resolve("broken");
    try (Stream<Path> files = Files.walk(data)) {
      for (Path from : files.toList()) {
        Path to = broken.resolve(data.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    String id = parsed.keySet().iterator().next();
    Files.writeString(new org.plenary.index.DataFolder(broken).record(id), "{\"schema\": \"plenary.document/1\", \"source\"",
        StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of(true, "export", "--data", broken.toString(), "--format", "csv");
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stderr).contains(id).contains("not JSON").contains((parsed.size() - 1) + " of " + parsed.size());
    assertThat(rows(run.stdout)).hasSize(parsed.size() - 1).noneMatch(r -> r.get("sha256").equals(id));
  }

  @Test
  void helpExplainsEveryOptionWithAnExample() {
    CommandRun run = CommandRun.of(true, "export", "--help");
    assertThat(run.exitCode).isZero();
    assertThat(run.stdout).contains("--format", "--data", "--bom", "--output", "--lang", "--organ", "--type", "--from",
        "Examples:", "plenary export --format csv");
  }
}
