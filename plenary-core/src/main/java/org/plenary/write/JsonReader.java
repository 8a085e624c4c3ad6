package org.plenary.write;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.plenary.UnreadableInput;
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
import org.plenary.model.SourceFormat;
import org.plenary.model.SourceInfo;

/**
 * Reads the JSON of the contract {@code plenary.document/1}, as {@link JsonWriter} writes it, back
 * into a {@link Document}, so that stored records can be written again in another format. What
 * the JSON does not carry (a block's offsets, indent and page) is left empty. Thread-safe.
 */
public final class JsonReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Reads one record.
   *
   * @param name what the JSON is called in an error message (a file name, an id)
   * @throws UnreadableInput when the text is not a record of the contract
   */
  public Document read(String json, String name) throws UnreadableInput {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new UnreadableInput(name, "not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !Document.SCHEMA.equals(root.path("schema").asText(null))) {
      throw new UnreadableInput(name, "not a " + Document.SCHEMA + " record (its \"schema\" field says otherwise)");
    }
    try {
      return document(root);
    } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
      throw new UnreadableInput(name, "a field does not follow " + Document.SCHEMA + ": " + e.getMessage(), e);
    }
  }

  private static Document document(JsonNode r) {
    Document.Builder b = Document.builder();
    JsonNode source = r.get("source");
    b.source = new SourceInfo(text(source, "path"), text(source, "sha256"),
        SourceFormat.valueOf(source.get("format").asText().toUpperCase(Locale.ROOT)), integer(source, "pages"), source.path("ocr").asBoolean(false));
    b.language = language(text(r, "language"));
    b.symbols.addAll(strings(r.path("symbols")));
    b.organs.addAll(list(r.path("organs"), n -> Organ.valueOf(n.asText())));
    b.session = integer(r, "session");
    b.securityCouncilYear = integer(r, "securityCouncilYear");
    b.year = integer(r, "year");
    b.agendaItems.addAll(list(r.path("agendaItems"), n -> new AgendaItem(n.get("number").asInt(),
        text(n, "subItem"), text(n, "title"), text(n, "titleEn"), n.path("provisional").asBoolean())));
    b.distribution = distribution(text(r, "distribution"));
    b.date = date(r, "date");
    b.originalLanguage = text(r, "originalLanguage") == null ? null : language(text(r, "originalLanguage"));
    b.type = DocumentType.fromId(text(r, "type"));
    b.title = text(r, "title");
    b.letterDate = date(r, "letterDate");
    JsonNode author = r.path("author");
    b.author = author.isObject() ? new Author(text(author, "state"), text(author, "name"), text(author, "role")) : null;
    b.addressees.addAll(strings(r.path("addressees")));
    b.signatories.addAll(list(r.path("signatories"), n -> new Signatory(text(n, "name"), strings(n.path("titles")))));
    JsonNode circulation = r.path("circulation");
    b.circulation = circulation.isObject() ? new Circulation(
        list(circulation.path("organs"), n -> Organ.valueOf(n.asText())),
        list(circulation.path("agendaItems"), JsonNode::asInt)) : null;
    b.body.addAll(blocks(r.path("body")));
    b.annexes.addAll(list(r.path("annexes"), n -> new Annex(text(n, "label"), integer(n, "number"),
        text(n, "title"), date(n, "date"), blocks(n.path("body")))));
    b.jobNumber = text(r, "jobNumber");
    b.references.addAll(strings(r.path("references")));
    JsonNode mentions = r.path("mentions");
    b.mentions = new Mentions(mentions(mentions.path("states")), mentions(mentions.path("organizations")));
    r.path("evidence").properties().forEach(e -> b.evidence.put(e.getKey(), e.getValue().asText()));
    b.warnings.addAll(strings(r.path("warnings")));
    return b.build();
  }

  private static List<Block> blocks(JsonNode array) {
    return list(array, n -> new Block(BlockKind.valueOf(text(n, "kind").toUpperCase(Locale.ROOT).replace('-', '_')),
        text(n, "number"), text(n, "text"), null, 0, 0));
  }

  private static List<Mention> mentions(JsonNode array) {
    return list(array, n -> new Mention(text(n, "code"), n.path("count").asInt()));
  }

  private static Language language(String code) {
    return Language.find(code).orElseThrow(() -> new IllegalArgumentException("unknown language '" + code + "'"));
  }

  private static Distribution distribution(String label) {
    if (label == null) {
      return null;
    }
    for (Distribution d : Distribution.values()) {
      if (d.label().equals(label)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown distribution '" + label + "'");
  }

  private static List<String> strings(JsonNode array) {
    return list(array, JsonNode::asText);
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
    List<T> values = new ArrayList<>();
    for (JsonNode n : array) {
      values.add(element.apply(n));
    }
    return values;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNull() || value.isMissingNode() ? null : value.asText();
  }

  private static Integer integer(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNull() || value.isMissingNode() ? null : value.asInt();
  }

  private static LocalDate date(JsonNode node, String field) {
    String value = text(node, field);
    return value == null ? null : LocalDate.parse(value);
  }
}
