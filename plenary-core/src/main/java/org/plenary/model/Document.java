package org.plenary.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parsed United Nations document: the record that {@code plenary parse} prints, field by field
 * as the contract {@code plenary.document/1} names them. A field the text does not show is null
 * (or empty), never guessed. Build one with {@link #builder()}.
 */
public record Document(
    SourceInfo source,
    Language language,
    List<String> symbols,
    List<Organ> organs,
    Integer session,
    Integer securityCouncilYear,
    Integer year,
    List<AgendaItem> agendaItems,
    Distribution distribution,
    LocalDate date,
    Language originalLanguage,
    DocumentType type,
    String title,
    LocalDate letterDate,
    Author author,
    List<String> addressees,
    List<Signatory> signatories,
    Circulation circulation,
    List<Block> body,
    List<Annex> annexes,
    String jobNumber,
    List<String> references,
    Mentions mentions,
    Map<String, String> evidence,
    List<String> warnings) {

  public static final String SCHEMA = "plenary.document/1";

  public Document {
    symbols = List.copyOf(symbols);
    organs = List.copyOf(organs);
    agendaItems = List.copyOf(agendaItems);
    addressees = List.copyOf(addressees);
    signatories = List.copyOf(signatories);
    body = List.copyOf(body);
    annexes = List.copyOf(annexes);
    references = List.copyOf(references);
    evidence = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    warnings = List.copyOf(warnings);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this record's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.source = source;
    b.language = language;
    b.symbols.addAll(symbols);
    b.organs.addAll(organs);
    b.session = session;
    b.securityCouncilYear = securityCouncilYear;
    b.year = year;
    b.agendaItems.addAll(agendaItems);
    b.distribution = distribution;
    b.date = date;
    b.originalLanguage = originalLanguage;
    b.type = type;
    b.title = title;
    b.letterDate = letterDate;
    b.author = author;
    b.addressees.addAll(addressees);
    b.signatories.addAll(signatories);
    b.circulation = circulation;
    b.body.addAll(body);
    b.annexes.addAll(annexes);
    b.jobNumber = jobNumber;
    b.references.addAll(references);
    b.mentions = mentions;
    b.evidence.putAll(evidence);
    b.warnings.addAll(warnings);
    return b;
  }

  /** A builder that a new document is assembled in, field by field; {@link #build()} freezes it. */
  public static final class Builder {
    public SourceInfo source;
    public Language language = Language.EN;
    public final List<String> symbols = new ArrayList<>();
    public final List<Organ> organs = new ArrayList<>();
    public Integer session;
    public Integer securityCouncilYear;
    public Integer year;
    public final List<AgendaItem> agendaItems = new ArrayList<>();
    public Distribution distribution;
    public LocalDate date;
    public Language originalLanguage;
    public DocumentType type;
    public String title;
    public LocalDate letterDate;
    public Author author;
    public final List<String> addressees = new ArrayList<>();
    public final List<Signatory> signatories = new ArrayList<>();
    public Circulation circulation;
    public final List<Block> body = new ArrayList<>();
    public final List<Annex> annexes = new ArrayList<>();
    public String jobNumber;
    public final List<String> references = new ArrayList<>();
    public Mentions mentions = Mentions.NONE;
    public final Map<String, String> evidence = new LinkedHashMap<>();
    public final List<String> warnings = new ArrayList<>();

    private Builder() {}

    /** Notes the snippet a field was read from; the first snippet for a field wins. */
    public Builder evidence(String field, String snippet) {
      if (snippet != null && !snippet.isBlank()) {
        evidence.putIfAbsent(field, snippet.strip());
      }
      return this;
    }

    public Document build() {
      return new Document(source, language, symbols, organs, session, securityCouncilYear, year,
          agendaItems, distribution, date, originalLanguage, type, title, letterDate, author,
          addressees, signatories, circulation, body, annexes, jobNumber, references, mentions,
          evidence, warnings);
    }
  }
}
