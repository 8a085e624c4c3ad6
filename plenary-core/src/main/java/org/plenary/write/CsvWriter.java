package org.plenary.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.plenary.model.AgendaItem;
import org.plenary.model.Document;
import org.plenary.model.Mention;
import org.plenary.model.Organ;
import org.plenary.model.Signatory;

/**
 * Writes records as a table for analysts: one row per document, one column per metadata field
 * (RFC 4180 quoting, so titles with commas, quotes and line breaks stay in their cell). A list is
 * one cell, its values separated by {@value #LIST_SEPARATOR}. Characters XML 1.0 forbids (control
 * characters) are left out, so that a spreadsheet or parser never meets them. Thread-safe.
 */
public final class CsvWriter {
  /** Separates the values of a list inside one cell. */
  public static final String LIST_SEPARATOR = "; ";

  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("path", "symbols", "language", "type", "date", "letterDate",
      "session", "securityCouncilYear", "year", "organs", "agendaItems", "authorState", "author", "addressees",
      "signatories", "title", "annexCount", "statesMentioned", "jobNumber", "sha256");

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
      .get();

  /**
   * How the table is written.
   *
   * @param byteOrderMark whether to open with U+FEFF, which spreadsheet programs need to read the
   *     UTF-8 as UTF-8
   */
  public record Options(boolean byteOrderMark) {
    /** Plain UTF-8, no byte order mark. */
    public static final Options PLAIN = new Options(false);

    /** With a byte order mark, for spreadsheet users. */
    public static final Options SPREADSHEET = new Options(true);
  }

  /** Writes the header and one row per document. */
  public void write(Iterable<Document> documents, Appendable out, Options options) {
    try {
      if (options.byteOrderMark()) {
        out.append('\uFEFF');
      }
      CSVPrinter printer = new CSVPrinter(out, FORMAT);
      for (Document d : documents) {
        printer.printRecord(row(d));
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cells of one document's row, in {@link #COLUMNS} order. */
  public List<String> row(Document d) {
    return List.of(
        cell(d.source() == null ? null : d.source().path()),
        list(d.symbols()),
        d.language().code(),
        d.type().id(),
        cell(d.date()),
        cell(d.letterDate()),
        cell(d.session()),
        cell(d.securityCouncilYear()),
        cell(d.year()),
        list(d.organs().stream().map(Organ::name).toList()),
        list(d.agendaItems().stream().map(CsvWriter::item).toList()),
        cell(d.author() == null ? null : d.author().state()),
        cell(d.author() == null ? null : d.author().name()),
        list(d.addressees()),
        list(d.signatories().stream().map(Signatory::name).toList()),
        cell(d.title()),
        Integer.toString(d.annexes().size()),
        list(d.mentions().states().stream().map(Mention::code).toList()),
        cell(d.jobNumber()),
        cell(d.source() == null ? null : d.source().sha256()));
  }

  private static String item(AgendaItem item) {
    return item.number() + (item.subItem() == null ? "" : " " + item.subItem());
  }

  private static String list(List<String> values) {
    return values.stream().map(CsvWriter::cell).collect(Collectors.joining(LIST_SEPARATOR));
  }

  private static String cell(Object value) {
    return value == null ? "" : XmlText.clean(value.toString());
  }
}
