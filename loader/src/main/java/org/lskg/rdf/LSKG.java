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

    // ---- Individuals: date sources and signing authorities
    public static final Resource DateFromHeader = cls("DateFromHeader");
    public static final Resource DateFromHeaderMonthOnly = cls("DateFromHeaderMonthOnly");
    public static final Resource DateFromBody = cls("DateFromBody");
    public static final Resource DateFromTitle = cls("DateFromTitle");

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
}
