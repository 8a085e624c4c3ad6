package org.plenary.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.plenary.model.AgendaItem;
import org.plenary.model.Annex;
import org.plenary.model.Author;
import org.plenary.model.Block;
import org.plenary.model.BlockKind;
import org.plenary.model.Circulation;
import org.plenary.model.Distribution;
import org.plenary.model.Document;
import org.plenary.model.DocumentType;
import org.plenary.model.Language;
import org.plenary.model.Mention;
import org.plenary.model.Mentions;
import org.plenary.model.Organ;
import org.plenary.model.Signatory;
import org.plenary.model.Source;
import org.plenary.model.SourceFormat;
import org.plenary.model.SourceInfo;
import org.plenary.model.Span;
import org.plenary.pipeline.Diagnostics;
import org.plenary.read.akn.AknReader;

/**
 * Whatever a record holds (arbitrary strings with control characters, lone surrogates, markup and
 * quotes in every text field, missing fields), the AKN output validates against the schema and
 * reads back, and the CSV output parses into one row of every column.
 */
class WriterProperties {
  private static final AknWriter AKN = AknWriter.withMarkupDate(LocalDate.of(2026, 1, 1));

  @Property(tries = 200)
  void aknOutputOfAnyRecordIsValidXml(@ForAll("records") Document d) throws Exception {
    String xml = AKN.write(d);
    AknSchema.validate(xml);
    Document back = new AknReader().read(new Source("property", xml.getBytes(StandardCharsets.UTF_8)),
        new Diagnostics());
    assertThat(back.type()).isEqualTo(d.type());
    assertThat(back.annexes()).hasSameSizeAs(d.annexes());
  }

  @Property(tries = 200)
  void csvOutputOfAnyRecordIsOneRow(@ForAll("records") Document d) throws Exception {
    StringBuilder csv = new StringBuilder();
    new CsvWriter().write(List.of(d, d), csv, CsvWriter.Options.SPREADSHEET);
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv.substring(1)))
        .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
      List<CSVRecord> rows = parser.getRecords();
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).size()).isEqualTo(CsvWriter.COLUMNS.size());
      assertThat(rows.get(0).get("title")).isEqualTo(d.title() == null ? "" : XmlText.clean(d.title()));
    }
  }

  @Property(tries = 100)
  void markdownOfAnyRecordIsWritten(@ForAll("records") Document d) {
    assertThat(new MarkdownWriter().write(d)).endsWith("\n");
  }

  private static Arbitrary<String> text() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30),
        Arbitraries.strings().withChars("<>&\"'\n\r\t\u0000\u0001\u001F\uFFFE\uD800,;|*_#").ofMaxLength(12),
        Arbitraries.strings().withCharRange('\u0600', '\u06FF').withCharRange('\u4E00', '\u4E50').ofMaxLength(20));
  }

  private static Arbitrary<String> nullable() {
    return text().injectNull(0.3);
  }

  private static Arbitrary<LocalDate> date() {
    return Arbitraries.integers().between(0, 30000).map(n -> LocalDate.of(1946, 1, 1).plusDays(n)).injectNull(0.3);
  }

  private static Arbitrary<List<Block>> blocks() {
    return Combinators.combine(Arbitraries.of(BlockKind.class), nullable(), text())
        .as((k, n, t) -> new Block(k, n, t, new Span(0, 0), 0, 1)).list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<Document> records() {
    Arbitrary<AgendaItem> item = Combinators.combine(Arbitraries.integers().between(1, 400), nullable(), nullable(),
        nullable(), Arbitraries.of(true, false)).as(AgendaItem::new);
    Arbitrary<Annex> annex = Combinators.combine(text(), Arbitraries.integers().between(1, 9).injectNull(0.3),
        nullable(), date(), blocks()).as(Annex::new);
    Arbitrary<Author> author = Combinators.combine(nullable(), text(), nullable()).as(Author::new).injectNull(0.3);
    Arbitrary<Signatory> signatory = Combinators.combine(text(), text().list().ofMaxSize(3)).as(Signatory::new);
    Arbitrary<Document.Builder> head = Combinators.combine(
        Arbitraries.of(Language.class), text().list().ofMaxSize(3), Arbitraries.of(Organ.class).list().uniqueElements().ofMaxSize(3),
        Arbitraries.integers().between(1, 99).injectNull(0.4), Arbitraries.integers().between(1, 99).injectNull(0.4),
        item.list().ofMaxSize(3), Arbitraries.of(Distribution.class).injectNull(0.3), date())
        .as((language, symbols, organs, session, scYear, items, distribution, date) -> {
          Document.Builder b = Document.builder();
          b.source = new SourceInfo("any", "0".repeat(64), SourceFormat.TEXT, null);
          b.language = language;
          b.symbols.addAll(symbols);
          b.organs.addAll(organs);
          b.session = session;
          b.securityCouncilYear = scYear;
          b.agendaItems.addAll(items);
          b.distribution = distribution;
          b.date = date;
          return b;
        });
    Arbitrary<Document.Builder> middle = Combinators.combine(head, Arbitraries.of(DocumentType.class), nullable(),
        date(), author, text().list().ofMaxSize(2), signatory.list().ofMaxSize(2), blocks())
        .as((b, type, title, letterDate, who, addressees, signatories, body) -> {
          b.type = type;
          b.title = title;
          b.letterDate = letterDate;
          b.author = who;
          b.addressees.addAll(addressees);
          b.signatories.addAll(signatories);
          b.body.addAll(body);
          return b;
        });
    return Combinators.combine(middle, annex.list().ofMaxSize(2), nullable(), text().list().ofMaxSize(3))
        .as((b, annexes, job, references) -> {
          b.annexes.addAll(annexes);
          b.jobNumber = job;
          b.references.addAll(references);
          b.circulation = new Circulation(b.organs, List.of(34));
          b.mentions = new Mentions(List.of(new Mention("ARM", 2), new Mention("x y<", 1)),
              List.of(new Mention("OSCE", 1)));
          b.originalLanguage = Language.EN;
          return b.build();
        });
  }
}
