package org.plenary.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.plenary.Corpus;
import org.plenary.Plenary;
import org.plenary.model.Document;
import org.plenary.model.Language;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;
import org.plenary.read.akn.AknReader;

class CsvWriterTest {
  private final CsvWriter writer = new CsvWriter();

  /** The corpus texts and, for all six scripts, a slice of the UN's AKN4UN files. */
  private static List<Document> corpus() throws Exception {
    List<Document> documents = new ArrayList<>();
    Plenary plenary = Plenary.create();
    for (Path text : Corpus.texts()) {
      documents.add(plenary.parse(text));
    }
    List<Path> unxml = Corpus.unxml();
    AknReader reader = new AknReader();
    for (int i = 0; i < unxml.size(); i++) {
      try {
        documents.add(reader.read(new Source(unxml.get(i).toString(), Files.readAllBytes(unxml.get(i))),
            new Diagnostics()));
      } catch (org.plenary.UnreadableInput malformed) {
        // the one malformed UN file is tested in AknReaderCorpusTest
      }
    }
    return documents;
  }

  private static List<CSVRecord> parse(String csv) throws Exception {
    String body = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body))
        .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
      assertThat(parser.getHeaderNames()).isEqualTo(CsvWriter.COLUMNS);
      return parser.getRecords();
    }
  }

  @Test
  void writesOneParsableRowPerCorpusDocumentInAllSixScripts() throws Exception {
    List<Document> documents = corpus();
    assertThat(documents.stream().map(Document::language).distinct()).containsExactlyInAnyOrder(Language.values());
    StringBuilder csv = new StringBuilder();
    writer.write(documents, csv, CsvWriter.Options.SPREADSHEET);
    assertThat(csv.charAt(0)).isEqualTo('\uFEFF');
    List<CSVRecord> rows = parse(csv.toString());
    assertThat(rows).hasSameSizeAs(documents);
    for (int i = 0; i < rows.size(); i++) {
      Document d = documents.get(i);
      CSVRecord row = rows.get(i);
      assertThat(row.size()).isEqualTo(CsvWriter.COLUMNS.size());
      assertThat(row.get("title")).isEqualTo(d.title() == null ? "" : d.title());
      assertThat(row.get("symbols")).isEqualTo(String.join("; ", d.symbols()));
      assertThat(row.get("language")).isEqualTo(d.language().code());
      assertThat(row.get("annexCount")).isEqualTo(Integer.toString(d.annexes().size()));
    }
  }

  @Test
  void keepsCommasQuotesAndLineBreaksOfTitlesInTheirCell() throws Exception {
    List<String> titles = List.of(
        "Letter dated 1 May 2020, \"urgent\"\nfrom Armenia",
        "رسالة مؤرخة \"1\" أيار/مايو 2020،\r\nموجهة إلى الأمين العام",
        "2020年5月1日\"亚美尼亚\"常驻代表，给秘书长的信",
        "Lettre datée du 1er mai 2020, « urgente »,\nadressée au Secrétaire général",
        "Письмо от 1 мая 2020 года, \"срочно\"",
        "Carta de fecha 1 de mayo de 2020, \"\"\",\n\n");
    List<Document> documents = new ArrayList<>();
    Document template = Plenary.create().parse(Corpus.texts().get(0));
    for (String title : titles) {
      Document.Builder b = template.toBuilder();
      b.title = title;
      documents.add(b.build());
    }
    StringBuilder csv = new StringBuilder();
    writer.write(documents, csv, CsvWriter.Options.PLAIN);
    List<CSVRecord> rows = parse(csv.toString());
    assertThat(rows).extracting(r -> r.get("title")).containsExactlyElementsOf(titles);
  }
}
