package org.lskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The lskg vocabulary: every class and property of {@code ontology/lskg.ttl} that the code uses, and the
 * namespaces of the vocabularies we reuse. The ontology file is the authority; a test checks that each
 * term here is declared there.
 */
public final class LSKG {
    private LSKG() {}

    /** Ontology namespace (classes and properties). */
    public static final String NS = "https://w3id.org/lskg/ontology#";
    /** Namespace of minted instance IRIs (documents, sentences, entities ...). */
    public static final String ID = "https://w3id.org/lskg/id/";

    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String TIME = "http://www.w3.org/2006/time#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String SH = "http://www.w3.org/ns/shacl#";

    private static Resource cls(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property prop(String local) { return ResourceFactory.createProperty(NS + local); }
    private static Property p(String ns, String local) { return ResourceFactory.createProperty(ns + local); }
    private static Resource r(String ns, String local) { return ResourceFactory.createResource(ns + local); }
    /** A concept minted in the instance namespace: {@code ID + scheme + "/" + slug}. */
    private static Resource concept(String scheme, String slug) { return r(ID, scheme + "/" + slug); }

    // ---- Classes: the document layer
    public static final Resource Document = cls("Document");
    public static final Resource DocumentType = cls("DocumentType");
    public static final Resource Section = cls("Section");
    public static final Resource Sentence = cls("Sentence");
    public static final Resource Footnote = cls("Footnote");
    public static final Resource Meeting = cls("Meeting");
    public static final Resource Signature = cls("Signature");
    public static final Resource SigningAuthority = cls("SigningAuthority");
    public static final Resource Recipient = cls("Recipient");
    public static final Resource DateSource = cls("DateSource");

    // ---- Classes: entities (issuer and signer already; the rest filled by extraction)
    public static final Resource Body = cls("Body");
    public static final Resource Person = cls("Person");
    public static final Resource Post = cls("Post");
    public static final Resource Place = cls("Place");
    public static final Resource Entity = cls("Entity");
    public static final Resource BorderGate = cls("BorderGate");
    public static final Resource Project = cls("Project");
    public static final Resource Programme = cls("Programme");
    public static final Resource Indicator = cls("Indicator");
    public static final Resource LegalReference = cls("LegalReference");

    // ---- Classes: statements read from documents
    public static final Resource DocumentStatement = cls("DocumentStatement");
    public static final Resource Commitment = cls("Commitment");
    public static final Resource Responsibility = cls("Responsibility");
    public static final Resource Deadline = cls("Deadline");
    public static final Resource Target = cls("Target");
    public static final Resource ReportedFigure = cls("ReportedFigure");

    // ---- Classes: mentions, resolution, follow-up, status, quality
    public static final Resource Mention = cls("Mention");
    public static final Resource MergeDecision = cls("MergeDecision");
    public static final Resource FollowUp = cls("FollowUp");
    public static final Resource StatusAssessment = cls("StatusAssessment");
    public static final Resource DataQualityFlag = cls("DataQualityFlag");

    // ---- Classes: concept kinds (each a skos:Concept subclass with its scheme in lskg.ttl)
    public static final Resource EntityCategory = cls("EntityCategory");
    public static final Resource AdminLevel = cls("AdminLevel");
    public static final Resource BorderGateLevel = cls("BorderGateLevel");
    public static final Resource ProgrammeKind = cls("ProgrammeKind");
    public static final Resource ProjectKind = cls("ProjectKind");
    public static final Resource ResponsibilityRole = cls("ResponsibilityRole");
    public static final Resource ResponsibilityBasis = cls("ResponsibilityBasis");
    public static final Resource DeadlineBasis = cls("DeadlineBasis");
    public static final Resource RecipientRole = cls("RecipientRole");
    public static final Resource Status = cls("Status");
    public static final Resource FollowUpSignal = cls("FollowUpSignal");
    public static final Resource FlagType = cls("FlagType");

    // ---- Document properties
    public static final Property documentType = prop("documentType");
    public static final Property documentNumber = prop("documentNumber");
    public static final Property issueDateText = prop("issueDateText");
    public static final Property issueDateSource = prop("issueDateSource");
    public static final Property issuePlace = prop("issuePlace");
    public static final Property issuer = prop("issuer");
    public static final Property issuerText = prop("issuerText");
    public static final Property concludes = prop("concludes");
    public static final Property hasSignature = prop("hasSignature");
    public static final Property hasRecipient = prop("hasRecipient");
    public static final Property hasSection = prop("hasSection");
    public static final Property hasSentence = prop("hasSentence");
    public static final Property sentenceCount = prop("sentenceCount");
    public static final Property hasFootnote = prop("hasFootnote");
    public static final Property sourceFile = prop("sourceFile");
    public static final Property sourceSha256 = prop("sourceSha256");
    public static final Property sourceEncoding = prop("sourceEncoding");
    public static final Property text = prop("text");

    // ---- Meeting, signature, recipients
    public static final Property meetingDate = prop("meetingDate");
    public static final Property meetingPlace = prop("meetingPlace");
    public static final Property chair = prop("chair");
    public static final Property chairText = prop("chairText");
    public static final Property signer = prop("signer");
    public static final Property signerName = prop("signerName");
    public static final Property signingAuthority = prop("signingAuthority");
    public static final Property signerPosition = prop("signerPosition");
    public static final Property authorityLine = prop("authorityLine");

    // ---- Structure
    public static final Property marker = prop("marker");
    public static final Property heading = prop("heading");
    public static final Property level = prop("level");
    public static final Property order = prop("order");
    public static final Property inSection = prop("inSection");
    public static final Property refersToSentence = prop("refersToSentence");
    public static final Property inDocument = prop("inDocument");

    // ---- Meeting participants, recipient roles
    public static final Property participant = prop("participant");
    public static final Property recipientRole = prop("recipientRole");
    public static final Property addressee = prop("addressee");

    // ---- Entities
    public static final Property category = prop("category");
    public static final Property adminLevel = prop("adminLevel");
    public static final Property parentPlace = prop("parentPlace");
    public static final Property gsoCode = prop("gsoCode");
    public static final Property validFrom = prop("validFrom");
    public static final Property validUntil = prop("validUntil");
    public static final Property gateLevel = prop("gateLevel");
    public static final Property counterpartGate = prop("counterpartGate");
    public static final Property borderMarkers = prop("borderMarkers");
    public static final Property location = prop("location");
    public static final Property projectKind = prop("projectKind");
    public static final Property chainageText = prop("chainageText");
    public static final Property programmeKind = prop("programmeKind");
    public static final Property approvedBy = prop("approvedBy");
    public static final Property period = prop("period");
    public static final Property periodText = prop("periodText");

    // ---- Commitments, responsibility, deadlines, citations
    public static final Property statedIn = prop("statedIn");
    public static final Property responsibleBody = prop("responsibleBody");
    public static final Property leadBody = prop("leadBody");
    public static final Property partnerBody = prop("partnerBody");
    public static final Property defaultAddressee = prop("defaultAddressee");
    public static final Property qualifiedResponsibility = prop("qualifiedResponsibility");
    public static final Property responsibleParty = prop("responsibleParty");
    public static final Property responsibilityRole = prop("responsibilityRole");
    public static final Property responsibilityBasis = prop("responsibilityBasis");
    public static final Property deadline = prop("deadline");
    public static final Property deadlineText = prop("deadlineText");
    public static final Property deadlineBasis = prop("deadlineBasis");
    public static final Property inheritedFrom = prop("inheritedFrom");
    public static final Property about = prop("about");
    public static final Property cites = prop("cites");

    // ---- Targets and reported figures
    public static final Property indicator = prop("indicator");
    public static final Property indicatorText = prop("indicatorText");
    public static final Property value = prop("value");
    public static final Property minValue = prop("minValue");
    public static final Property maxValue = prop("maxValue");
    public static final Property valueText = prop("valueText");
    public static final Property unit = prop("unit");
    public static final Property unitCode = prop("unitCode");
    public static final Property year = prop("year");
    public static final Property percentOfPlan = prop("percentOfPlan");
    public static final Property changeVsSamePeriod = prop("changeVsSamePeriod");

    // ---- Mentions and entity resolution
    public static final Property hasMention = prop("hasMention");
    public static final Property inSentence = prop("inSentence");
    public static final Property surfaceForm = prop("surfaceForm");
    public static final Property refersTo = prop("refersTo");
    public static final Property mentions = prop("mentions");
    public static final Property mergedInto = prop("mergedInto");
    public static final Property merges = prop("merges");
    public static final Property mergedLabel = prop("mergedLabel");

    // ---- Follow-up, status, evidence, data quality
    public static final Property ofCommitment = prop("ofCommitment");
    public static final Property evidence = prop("evidence");
    public static final Property evidenceDate = prop("evidenceDate");
    public static final Property signal = prop("signal");
    public static final Property confidence = prop("confidence");
    public static final Property suggestsStatus = prop("suggestsStatus");
    public static final Property status = prop("status");
    public static final Property asOf = prop("asOf");
    public static final Property overdueCount = prop("overdueCount");
    public static final Property reason = prop("reason");
    public static final Property flagType = prop("flagType");
    public static final Property flaggedResource = prop("flaggedResource");

    // ---- Individuals: date sources and signing authorities
    public static final Resource DateFromHeader = cls("DateFromHeader");
    public static final Resource DateFromHeaderMonthOnly = cls("DateFromHeaderMonthOnly");
    public static final Resource DateFromBody = cls("DateFromBody");
    public static final Resource DateFromTitle = cls("DateFromTitle");

    // ---- Concepts in the instance namespace (schemes in lskg.ttl). Document types are looked up in the
    // doctype scheme by skos:prefLabel or skos:notation rather than listed here.
    public static final Resource AUTHORITY_TM = concept("authority", "tm");
    public static final Resource AUTHORITY_KT = concept("authority", "kt");
    public static final Resource AUTHORITY_TL = concept("authority", "tl");
    public static final Resource AUTHORITY_TUQ = concept("authority", "tuq");
    public static final Resource AUTHORITY_Q = concept("authority", "q");

    public static final Resource STATUS_FULFILLED = concept("status", "fulfilled");
    public static final Resource STATUS_IN_PROGRESS = concept("status", "in-progress");
    public static final Resource STATUS_OVERDUE = concept("status", "overdue");
    public static final Resource STATUS_NO_EVIDENCE = concept("status", "no-evidence");

    public static final Resource CATEGORY_AGENCY = concept("category", "agency");
    public static final Resource CATEGORY_PERSON = concept("category", "person");
    public static final Resource CATEGORY_PLACE = concept("category", "place");
    public static final Resource CATEGORY_BORDER_GATE = concept("category", "border-gate");
    public static final Resource CATEGORY_PROJECT = concept("category", "project");
    public static final Resource CATEGORY_PROGRAM = concept("category", "program");

    public static final Resource ROLE_LEAD = concept("responsibility-role", "lead");
    public static final Resource ROLE_PARTNER = concept("responsibility-role", "partner");
    public static final Resource ROLE_ASSIGNEE = concept("responsibility-role", "assignee");
    public static final Resource BASIS_EXPLICIT = concept("responsibility-basis", "explicit");
    public static final Resource BASIS_HEADING = concept("responsibility-basis", "heading");
    public static final Resource BASIS_DEFAULT_ADDRESSEE = concept("responsibility-basis", "default-addressee");
    public static final Resource DEADLINE_STATED = concept("deadline-basis", "stated");
    public static final Resource DEADLINE_INHERITED = concept("deadline-basis", "inherited");
    public static final Resource RECIPIENT_ADDRESSED = concept("recipient-role", "addressed");
    public static final Resource RECIPIENT_COPY = concept("recipient-role", "copy");

    public static final Resource SIGNAL_SHARED_ENTITY = concept("signal", "shared-entity");
    public static final Resource SIGNAL_SHARED_LEGAL_REFERENCE = concept("signal", "shared-legal-reference");
    public static final Resource SIGNAL_SAME_RESPONSIBLE_BODY = concept("signal", "same-responsible-body");
    public static final Resource SIGNAL_LEXICAL_OVERLAP = concept("signal", "lexical-overlap");
    public static final Resource SIGNAL_CITES_ORIGIN = concept("signal", "cites-origin");
    public static final Resource SIGNAL_ESTABLISHING_DECISION = concept("signal", "establishing-decision");
    public static final Resource SIGNAL_PROGRESS_CUE = concept("signal", "progress-cue");

    public static final Resource FLAG_DEADLINE_BEFORE_DOCUMENT = concept("flag", "deadline-before-document");
    public static final Resource FLAG_NAME_VARIANT = concept("flag", "name-variant");
    public static final Resource FLAG_UNRESOLVED_REFERENCE = concept("flag", "unresolved-reference");
    public static final Resource FLAG_BLANK_NUMBER = concept("flag", "blank-number");
    public static final Resource FLAG_INCOMPLETE_DATE = concept("flag", "incomplete-date");

    // ---- Reused vocabularies
    public static final Resource ELI_LegalResource = r(ELI, "LegalResource");
    public static final Property DCT_title = p(DCT, "title");
    public static final Property DCT_issued = p(DCT, "issued");
    public static final Property DCT_isPartOf = p(DCT, "isPartOf");
    public static final Property DCT_source = p(DCT, "source");
    public static final Property SKOS_prefLabel = p(SKOS, "prefLabel");
    public static final Property SKOS_altLabel = p(SKOS, "altLabel");
    public static final Property SKOS_notation = p(SKOS, "notation");
    public static final Property SKOS_inScheme = p(SKOS, "inScheme");
    public static final Property FOAF_name = p(FOAF, "name");
    public static final Property PROV_wasDerivedFrom = p(PROV, "wasDerivedFrom");
    public static final Resource NIF_Context = r(NIF, "Context");
    public static final Property NIF_isString = p(NIF, "isString");
    public static final Property NIF_beginIndex = p(NIF, "beginIndex");
    public static final Property NIF_endIndex = p(NIF, "endIndex");
    public static final Property NIF_anchorOf = p(NIF, "anchorOf");
    public static final Property NIF_referenceContext = p(NIF, "referenceContext");
    public static final Resource ORG_Organization = r(ORG, "Organization");
    public static final Resource ORG_Membership = r(ORG, "Membership");
    public static final Property ORG_subOrganizationOf = p(ORG, "subOrganizationOf");
    public static final Property ORG_holds = p(ORG, "holds");
    public static final Property ORG_postIn = p(ORG, "postIn");
    public static final Property ORG_member = p(ORG, "member");
    public static final Property ORG_organization = p(ORG, "organization");
    public static final Property ORG_memberDuring = p(ORG, "memberDuring");
    public static final Resource TIME_Instant = r(TIME, "Instant");
    public static final Resource TIME_Interval = r(TIME, "Interval");
    public static final Property TIME_inXSDDate = p(TIME, "inXSDDate");
    public static final Property TIME_hasBeginning = p(TIME, "hasBeginning");
    public static final Property TIME_hasEnd = p(TIME, "hasEnd");
    public static final Property ELI_cites = p(ELI, "cites");
    public static final Property DCT_date = p(DCT, "date");
}
