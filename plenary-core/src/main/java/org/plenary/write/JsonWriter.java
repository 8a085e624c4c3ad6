package org.plenary.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.plenary.model.AgendaItem;
import org.plenary.model.Annex;
import org.plenary.model.Block;
import org.plenary.model.Document;
import org.plenary.model.Mention;
import org.plenary.model.Organ;
import org.plenary.model.Signatory;

/**
 * Writes a record as the JSON of the contract {@code plenary.document/1}: every field, in the
 * contract's order, null where the text does not show it. Pretty-printed, or compact on one line
 * for JSON Lines.
 */
public final class JsonWriter {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final boolean pretty;

  private JsonWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /** One document per call, indented for a person to read. */
  public static JsonWriter pretty() {
    return new JsonWriter(true);
  }

  /** One document per line (JSON Lines). */
  public static JsonWriter compact() {
    return new JsonWriter(false);
  }

  public String write(Document document) {
    StringWriter out = new StringWriter();
    write(document, out);
    return out.toString();
  }

  public void write(Document document, Writer out) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        g.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      document(g, document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void document(JsonGenerator g, Document d) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", Document.SCHEMA);
    g.writeObjectFieldStart("source");
    g.writeStringField("path", d.source().path());
    g.writeStringField("sha256", d.source().sha256());
    g.writeStringField("format", d.source().format().id());
    integer(g, "pages", d.source().pages());
    if (d.source().ocr()) {
      // the contract's source may hold more than its named properties: a scan says it was OCR'd
      g.writeBooleanField("ocr", true);
    }
    g.writeEndObject();
    g.writeStringField("language", d.language().code());
    strings(g, "symbols", d.symbols());
    g.writeArrayFieldStart("organs");
    for (Organ organ : d.organs()) {
      g.writeString(organ.name());
    }
    g.writeEndArray();
    integer(g, "session", d.session());
    integer(g, "securityCouncilYear", d.securityCouncilYear());
    integer(g, "year", d.year());
    g.writeArrayFieldStart("agendaItems");
    for (AgendaItem item : d.agendaItems()) {
      g.writeStartObject();
      g.writeNumberField("number", item.number());
      string(g, "subItem", item.subItem());
      string(g, "title", item.title());
      string(g, "titleEn", item.titleEn());
      g.writeBooleanField("provisional", item.provisional());
      g.writeEndObject();
    }
    g.writeEndArray();
    string(g, "distribution", d.distribution() == null ? null : d.distribution().label());
    date(g, "date", d.date());
    string(g, "originalLanguage", d.originalLanguage() == null ? null : d.originalLanguage().code());
    g.writeStringField("type", d.type().id());
    string(g, "title", d.title());
    date(g, "letterDate", d.letterDate());
    if (d.author() == null) {
      g.writeNullField("author");
    } else {
      g.writeObjectFieldStart("author");
      string(g, "state", d.author().state());
      g.writeStringField("name", d.author().name());
      string(g, "role", d.author().role());
      g.writeEndObject();
    }
    strings(g, "addressees", d.addressees());
    g.writeArrayFieldStart("signatories");
    for (Signatory s : d.signatories()) {
      g.writeStartObject();
      g.writeStringField("name", s.name());
      strings(g, "titles", s.titles());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (d.circulation() == null) {
      g.writeNullField("circulation");
    } else {
      g.writeObjectFieldStart("circulation");
      strings(g, "organs", d.circulation().organs().stream().map(Organ::name).toList());
      g.writeArrayFieldStart("agendaItems");
      for (int n : d.circulation().agendaItems()) {
        g.writeNumber(n);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    blocks(g, "body", d.body());
    g.writeArrayFieldStart("annexes");
    for (Annex a : d.annexes()) {
      g.writeStartObject();
      g.writeStringField("label", a.label());
      integer(g, "number", a.number());
      string(g, "title", a.title());
      date(g, "date", a.date());
      blocks(g, "body", a.body());
      g.writeEndObject();
    }
    g.writeEndArray();
    string(g, "jobNumber", d.jobNumber());
    strings(g, "references", d.references());
    g.writeObjectFieldStart("mentions");
    mentions(g, "states", d.mentions().states());
    mentions(g, "organizations", d.mentions().organizations());
    g.writeEndObject();
    g.writeObjectFieldStart("evidence");
    for (Map.Entry<String, String> e : d.evidence().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    strings(g, "warnings", d.warnings());
    g.writeEndObject();
  }

  private static void blocks(JsonGenerator g, String field, List<Block> blocks) throws IOException {
    g.writeArrayFieldStart(field);
    for (Block b : blocks) {
      g.writeStartObject();
      g.writeStringField("kind", b.kind().id());
      string(g, "number", b.number());
      g.writeStringField("text", b.text());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void mentions(JsonGenerator g, String field, List<Mention> mentions) throws IOException {
    g.writeArrayFieldStart(field);
    for (Mention m : mentions) {
      g.writeStartObject();
      g.writeStringField("code", m.code());
      g.writeNumberField("count", m.count());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void string(JsonGenerator g, String field, String value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }

  private static void integer(JsonGenerator g, String field, Integer value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, value);
    }
  }

  private static void date(JsonGenerator g, String field, LocalDate value) throws IOException {
    string(g, field, value == null ? null : value.toString());
  }
}
