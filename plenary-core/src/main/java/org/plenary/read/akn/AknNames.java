package org.plenary.read.akn;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.plenary.model.DocumentType;
import org.plenary.model.Language;
import org.plenary.model.Organ;

/**
 * The Akoma Ntoso vocabulary plenary reads and writes: the namespace, the AKN document class of each
 * {@link DocumentType}, the ISO 639-2 language codes of FRBR expressions and the organs as TLC
 * references. One table each way, so that {@link AknReader} reads back what the writer wrote.
 */
public final class AknNames {
  /** The Akoma Ntoso 3.0 namespace (the final OASIS one that the UN's published files use). */
  public static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

  /** The AKN4UN extension namespace the UN uses inside {@code <meta><presentation>}. */
  public static final String AKN4UN_NS = "http://un.org/akn4un";

  /** The root element's local name. */
  public static final String ROOT = "akomaNtoso";

  /**
   * How a document type is written: the document element (a child of the root), its {@code @name}
   * and the FRBR subtype of the AKN4UN class (guidelines part 1, section 3.3).
   */
  public record DocClass(String element, String name, String subtype) {}

  /** An organ as a TLC organization: its eId, the FRBR actor of the UN's IRIs and its English name. */
  public record OrganRef(String eId, String actor, String showAs, String ontology) {
    public String href() {
      return "/akn/ontology/organization/un/" + ontology;
    }
  }

  private static final Map<DocumentType, DocClass> CLASSES = new EnumMap<>(DocumentType.class);
  private static final Map<Organ, OrganRef> ORGANS = new EnumMap<>(Organ.class);
  private static final Map<Language, String> LANGUAGES = new EnumMap<>(Language.class);

  static {
    CLASSES.put(DocumentType.LETTER, new DocClass("doc", "officialLetter", "communication"));
    CLASSES.put(DocumentType.NOTE_VERBALE, new DocClass("doc", "noteVerbale", "communication"));
    CLASSES.put(DocumentType.NOTE, new DocClass("doc", "note", "communication"));
    CLASSES.put(DocumentType.STATEMENT, new DocClass("doc", "officialStatement", "communication"));
    CLASSES.put(DocumentType.REPORT, new DocClass("doc", "report", "paper"));
    CLASSES.put(DocumentType.RESOLUTION, new DocClass("statement", "resolution", "deliberation"));
    CLASSES.put(DocumentType.DRAFT_RESOLUTION, new DocClass("statement", "draftResolution", "deliberation"));
    CLASSES.put(DocumentType.DECISION, new DocClass("statement", "decision", "deliberation"));
    CLASSES.put(DocumentType.DRAFT_DECISION, new DocClass("statement", "draftDecision", "deliberation"));
    CLASSES.put(DocumentType.PRESIDENTIAL_STATEMENT,
        new DocClass("statement", "presidentialStatement", "deliberation"));
    CLASSES.put(DocumentType.AGENDA, new DocClass("debateReport", "agendaListing", "agenda"));
    CLASSES.put(DocumentType.PROGRAMME_OF_WORK, new DocClass("debateReport", "programmeOfWork", "agenda"));
    CLASSES.put(DocumentType.MEETING_RECORD, new DocClass("debateReport", "verbatimRecord", "record"));
    CLASSES.put(DocumentType.SUMMARY_STATEMENT, new DocClass("doc", "summaryStatement", "paper"));
    CLASSES.put(DocumentType.OTHER, new DocClass("doc", "document", "paper"));

    ORGANS.put(Organ.GA, new OrganRef("ga", "unga", "General Assembly", "generalAssembly"));
    ORGANS.put(Organ.SC, new OrganRef("sc", "unsc", "Security Council", "securityCouncil"));
    ORGANS.put(Organ.ECOSOC, new OrganRef("ecosoc", "unecosoc", "Economic and Social Council",
        "economicAndSocialCouncil"));
    ORGANS.put(Organ.HRC, new OrganRef("hrc", "unhrc", "Human Rights Council", "humanRightsCouncil"));
    ORGANS.put(Organ.TC, new OrganRef("tc", "untc", "Trusteeship Council", "trusteeshipCouncil"));
    ORGANS.put(Organ.ICJ, new OrganRef("icj", "unicj", "International Court of Justice",
        "internationalCourtOfJustice"));
    ORGANS.put(Organ.SECRETARIAT, new OrganRef("secretariat", "unsecretariat", "Secretariat", "secretariat"));
    ORGANS.put(Organ.OTHER, new OrganRef("otherOrgan", "un", "United Nations", "unitedNations"));

    LANGUAGES.put(Language.AR, "ara");
    LANGUAGES.put(Language.ZH, "zho");
    LANGUAGES.put(Language.EN, "eng");
    LANGUAGES.put(Language.FR, "fra");
    LANGUAGES.put(Language.RU, "rus");
    LANGUAGES.put(Language.ES, "spa");
  }

  private AknNames() {}

  public static DocClass docClass(DocumentType type) {
    return CLASSES.get(type);
  }

  /**
   * The document type of a document element and its {@code @name}; the UN's own names
   * ("draftResolution", "resolution") included. Empty when the pair is not one plenary knows.
   */
  public static Optional<DocumentType> type(String element, String name) {
    for (Map.Entry<DocumentType, DocClass> e : CLASSES.entrySet()) {
      if (e.getValue().element().equals(element) && e.getValue().name().equals(name)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  public static OrganRef organ(Organ organ) {
    return ORGANS.get(organ);
  }

  /** The organ of a TLC eId ("ga") or FRBR actor ("unga"), ignoring a leading '#'. */
  public static Optional<Organ> organ(String eIdOrActor) {
    if (eIdOrActor == null) {
      return Optional.empty();
    }
    String key = eIdOrActor.startsWith("#") ? eIdOrActor.substring(1) : eIdOrActor;
    for (Map.Entry<Organ, OrganRef> e : ORGANS.entrySet()) {
      if (e.getValue().eId().equals(key) || e.getValue().actor().equals(key)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** Whether a {@code <session>}'s {@code refersTo} names the Security Council: its year, not a session. */
  static boolean securityCouncilYear(String refersTo) {
    return "#sc".equals(refersTo) || "#securityCouncil".equals(refersTo);
  }

  /** The ISO 639-2 code of an FRBR expression: "eng", "zho", ... */
  public static String alpha3(Language language) {
    return LANGUAGES.get(language);
  }

  public static Optional<Language> language(String alpha3) {
    for (Map.Entry<Language, String> e : LANGUAGES.entrySet()) {
      if (e.getValue().equals(alpha3)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }
}
