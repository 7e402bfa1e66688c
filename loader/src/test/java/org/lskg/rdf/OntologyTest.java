package org.lskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks {@code ontology/lskg.ttl} and {@code ontology/shapes.ttl}: both parse, every {@link LSKG} term is declared,
 * every lskg term is labelled and defined in English and Vietnamese, the concept schemes hold what the law says,
 * and the shapes accept legitimate data and reject broken data with the expected violations.
 */
class OntologyTest {

    private static final String SH = LSKG.SH;
    private static final String DOCTYPE = LSKG.ID + "doctype/";

    private static Model ontology;
    private static Model shapesModel;
    private static Shapes shapes;

    @BeforeAll
    static void load() {
        Path dir = Path.of(System.getProperty("lskg.project.dir", "..")).resolve("ontology");
        ontology = RDFParser.source(dir.resolve("lskg.ttl")).toModel();
        shapesModel = RDFParser.source(dir.resolve("shapes.ttl")).toModel();
        shapes = Shapes.parse(shapesModel.getGraph());
    }

    // ---- The ontology

    @Test
    void headerNamesTitleVersionLicenceAndPrefix() {
        Resource header = ontology.getResource("https://w3id.org/lskg/ontology");
        assertTrue(header.hasProperty(RDF.type, OWL.Ontology));
        assertEquals("0.1.0", header.getProperty(OWL.versionInfo).getString());
        assertEquals("https://creativecommons.org/licenses/by/4.0/",
                header.getPropertyResourceValue(ontology.createProperty(LSKG.DCT + "license")).getURI());
        assertEquals("lskg",
                header.getProperty(ontology.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix"))
                        .getString());
        assertEquals(Set.of("en", "vi"), languagesOf(header, ontology.createProperty(LSKG.DCT + "title")));
    }

    @Test
    void everyVocabularyConstantIsDeclaredWithItsKind() throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Field field : LSKG.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || !Resource.class.isAssignableFrom(field.getType())) {
                continue;
            }
            Resource term = (Resource) field.get(null);
            if (!term.getURI().startsWith(LSKG.NS) && !term.getURI().startsWith(LSKG.ID)) {
                continue;
            }
            checked++;
            Resource declared = ontology.getResource(term.getURI());
            boolean isProperty = declared.hasProperty(RDF.type, OWL.ObjectProperty)
                    || declared.hasProperty(RDF.type, OWL.DatatypeProperty);
            boolean isClassOrIndividual = declared.hasProperty(RDF.type, OWL.Class) || isIndividual(declared);
            boolean ok = term instanceof Property ? isProperty : isClassOrIndividual;
            if (!ok) {
                problems.add(field.getName() + " <" + term.getURI() + ">");
            }
        }
        assertTrue(checked > 150, "expected the whole vocabulary, found " + checked);
        assertEquals(List.of(), problems, "LSKG constants not declared (with the right kind) in lskg.ttl");
    }

    @Test
    void everyLskgClassAndPropertyIsLabelledAndDefinedInEnglishAndVietnamese() {
        List<String> problems = new ArrayList<>();
        for (Resource term : lskgTerms()) {
            if (!languagesOf(term, RDFS.label).containsAll(Set.of("en", "vi"))) {
                problems.add("rdfs:label " + term.getLocalName());
            }
            if (!languagesOf(term, SKOS.definition).containsAll(Set.of("en", "vi"))) {
                problems.add("skos:definition " + term.getLocalName());
            }
        }
        assertTrue(lskgTerms().size() > 130, "lskg terms: " + lskgTerms().size());
        assertEquals(List.of(), problems);
    }

    @Test
    void everyConceptHasBilingualPrefLabelAndScheme() {
        List<String> problems = new ArrayList<>();
        for (Resource concept : ontology.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            if (!languagesOf(concept, SKOS.prefLabel).equals(Set.of("en", "vi"))) {
                problems.add("prefLabel " + concept);
            }
            Resource scheme = concept.getPropertyResourceValue(SKOS.inScheme);
            if (scheme == null || !scheme.hasProperty(RDF.type, SKOS.ConceptScheme)) {
                problems.add("scheme " + concept);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void documentTypesFollowDecree30() {
        Resource article7 = ontology.getResource(DOCTYPE + "nd30-dieu-7");
        assertEquals(29, article7.listProperties(SKOS.member).toList().size());

        Map<String, String> notations = new TreeMap<>();
        for (Statement member : article7.listProperties(SKOS.member).toList()) {
            Resource type = member.getResource();
            assertTrue(type.hasProperty(RDF.type, LSKG.DocumentType), type + " is a DocumentType");
            Statement notation = type.getProperty(SKOS.notation);
            notations.put(type.getURI().substring(DOCTYPE.length()), notation == null ? "" : notation.getString());
        }
        assertEquals("TB", notations.get("thong-bao"));
        assertEquals("QyĐ", notations.get("quy-dinh"));
        assertEquals("HD", notations.get("huong-dan"));
        assertEquals("HĐ", notations.get("hop-dong"));
        assertEquals("DA", notations.get("du-an"));
        assertEquals("ĐA", notations.get("de-an"));
        assertEquals("", notations.get("cong-van"), "Công văn has no type code");
        assertEquals("", notations.get("thu-cong"), "Thư công has no type code");
        assertEquals("Thông báo", ontology.getResource(DOCTYPE + "thong-bao").getProperty(SKOS.prefLabel, "vi").getString());
    }

    @Test
    void signingAuthoritiesAndStatusesHaveTheirNotations() {
        assertEquals("TUQ.", LSKG.AUTHORITY_TUQ.inModel(ontology).getProperty(SKOS.notation).getString());
        assertEquals("thừa lệnh", LSKG.AUTHORITY_TL.inModel(ontology).getProperty(SKOS.prefLabel, "vi").getString());
        assertEquals("in_progress", LSKG.STATUS_IN_PROGRESS.inModel(ontology).getProperty(SKOS.notation).getString());
        assertEquals("border_gate", LSKG.CATEGORY_BORDER_GATE.inModel(ontology).getProperty(SKOS.notation).getString());
        assertEquals(Set.of("fulfilled", "in_progress", "overdue", "no_evidence"),
                ontology.listSubjectsWithProperty(RDF.type, LSKG.Status).toList().stream()
                        .map(s -> s.getProperty(SKOS.notation).getString()).collect(Collectors.toSet()));
    }

    // ---- The shapes

    @Test
    void shapesParseAndEveryPropertyShapeHasAMessage() {
        assertTrue(shapes.numRootShapes() >= 30, "root shapes: " + shapes.numRootShapes());
        List<Resource> silent = shapesModel.listObjectsOfProperty(shapesModel.createProperty(SH + "property"))
                .toList().stream().map(RDFNode::asResource)
                .filter(shape -> !shape.hasProperty(shapesModel.createProperty(SH + "message")))
                .toList();
        assertEquals(List.of(), silent);
    }

    @Test
    void conceptListsInShapesMatchTheOntology() {
        assertEquals(individualsOf(LSKG.DocumentType), shapeInList(LSKG.documentType));
        assertEquals(individualsOf(LSKG.DateSource), shapeInList(LSKG.issueDateSource));
        assertEquals(individualsOf(LSKG.SigningAuthority), shapeInList(LSKG.signingAuthority));
        assertEquals(individualsOf(LSKG.Status), shapeInList(LSKG.status));
        assertEquals(individualsOf(LSKG.FlagType), shapeInList(LSKG.flagType));
        assertEquals(individualsOf(LSKG.FollowUpSignal), shapeInList(LSKG.signal));
        assertEquals(individualsOf(LSKG.BorderGateLevel), shapeInList(LSKG.gateLevel));
    }

    @Test
    void documentLayerSampleConforms() {
        ValidationReport report = validate(PREFIXES + DOCUMENT_LAYER_SAMPLE);
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void missionSampleConforms() {
        ValidationReport report = validate(PREFIXES + DOCUMENT_LAYER_SAMPLE + MISSION_SAMPLE);
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void brokenDocumentReportsMissingTypeAndInvertedOffsets() {
        String broken = (PREFIXES + DOCUMENT_LAYER_SAMPLE)
                .replace("lskg:documentType doctype:thong-bao ;", "")
                .replace("nif:beginIndex \"0\"^^xsd:nonNegativeInteger", "nif:beginIndex \"200\"^^xsd:nonNegativeInteger");
        ValidationReport report = validate(broken);

        assertFalse(report.conforms());
        Map<String, String> found = new TreeMap<>();
        for (ReportEntry entry : report.getEntries()) {
            found.put(entry.focusNode().getURI(), entry.sourceConstraintComponent().getLocalName());
        }
        assertEquals(2, report.getEntries().size(), () -> describe(report));
        assertEquals(Map.of(
                LSKG.ID + "doc/vpcp-320-tb-2021", "MinCountConstraintComponent",
                LSKG.ID + "doc/vpcp-320-tb-2021/s/1", "LessThanConstraintComponent"), found);
        assertTrue(report.getEntries().stream().allMatch(e -> e.message().endsWith(".")), () -> describe(report));
    }

    @Test
    void brokenCommitmentReportsMissingSentenceAndUnknownStatus() {
        String broken = (PREFIXES + DOCUMENT_LAYER_SAMPLE + MISSION_SAMPLE)
                .replace("    prov:wasDerivedFrom <doc/vpcp-320-tb-2021/s/1> ;\n    lskg:text", "    lskg:text")
                .replace("lskg:status <status/overdue>", "lskg:status <status/late>");
        ValidationReport report = validate(broken);

        Map<String, String> found = new TreeMap<>();
        for (ReportEntry entry : report.getEntries()) {
            found.put(entry.focusNode().getURI(), entry.sourceConstraintComponent().getLocalName());
        }
        assertEquals(2, report.getEntries().size(), () -> describe(report));
        assertEquals(Map.of(
                LSKG.ID + "c/vpcp-320-tb-2021/1", "QualifiedMinCountConstraintComponent",
                LSKG.ID + "st/1", "InConstraintComponent"), found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"320/TB-VPCP", "12/2023/NQ-HĐND", "95-NQ/TU", "202/2025/QH15", "1672/NQ-UBTVQH15",
            "6411/VPCP-KTTH", "3027/QĐUBND", "34/TTr-LĐTBXH", "1133-CV/VPTW", "126-QĐNS/TW", "5141/SNNMT-KS",
            "30/2020/NĐ-CP", "07/KH&ĐT-TH"})
    void documentNumbersAsPrintedAreAccepted(String number) {
        assertTrue(validate(numberSample(number)).conforms(), number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/TB-UBND", "20/9/2022", "1088/2-1089", "199/200", "Số: 320/TB-VPCP", "320 /TB-VPCP", "Km18-Km80"})
    void thingsThatAreNotDocumentNumbersAreRejected(String number) {
        assertFalse(validate(numberSample(number)).conforms(), number);
    }

    // ---- Helpers

    private static boolean isIndividual(Resource resource) {
        return resource.listProperties(RDF.type).toList().stream()
                .map(Statement::getResource)
                .anyMatch(type -> type.equals(SKOS.Concept)
                        || (type.getURI().startsWith(LSKG.NS) && type.inModel(ontology).hasProperty(RDF.type, OWL.Class)));
    }

    private static Set<Resource> lskgTerms() {
        Set<Resource> terms = new HashSet<>();
        for (Resource kind : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDFS.Datatype)) {
            ontology.listSubjectsWithProperty(RDF.type, kind).toList().stream()
                    .filter(r -> r.isURIResource() && r.getURI().startsWith(LSKG.NS))
                    .forEach(terms::add);
        }
        return terms;
    }

    private static Set<String> languagesOf(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream()
                .map(Statement::getObject).filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                .map(Literal::getLanguage).filter(lang -> !lang.isEmpty())
                .collect(Collectors.toSet());
    }

    private static Set<String> individualsOf(Resource type) {
        return ontology.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .map(Resource::getURI).collect(Collectors.toSet());
    }

    /** The sh:in list of the (single) property shape whose sh:path is the given property. */
    private static Set<String> shapeInList(Property path) {
        List<Resource> propertyShapes = shapesModel
                .listSubjectsWithProperty(shapesModel.createProperty(SH + "path"), path).toList().stream()
                .filter(shape -> shape.hasProperty(shapesModel.createProperty(SH + "in")))
                .toList();
        assertEquals(1, propertyShapes.size(), "one sh:in shape for " + path);
        Resource list = propertyShapes.get(0).getPropertyResourceValue(shapesModel.createProperty(SH + "in"));
        return list.as(RDFList.class).asJavaList().stream()
                .map(node -> node.asResource().getURI()).collect(Collectors.toSet());
    }

    private static ValidationReport validate(String turtle) {
        Model data = RDFParser.fromString(turtle, Lang.TURTLE).toModel();
        return ShaclValidator.get().validate(shapes, data.getGraph());
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream()
                .map(e -> nodeString(e.focusNode()) + " " + e.resultPath() + ": " + e.message())
                .collect(Collectors.joining("\n", "violations:\n", ""));
    }

    private static String nodeString(Node node) {
        return node.isURI() ? "<" + node.getURI() + ">" : node.toString();
    }

    private static String numberSample(String number) {
        return PREFIXES + """
                <doc/n> a lskg:Document ;
                    lskg:documentType doctype:cong-van ;
                    lskg:sourceFile "n.txt" ;
                    lskg:documentNumber "%s" .
                <doc/n/text> a nif:Context ; nif:isString "x" ; lskg:inDocument <doc/n> .
                """.formatted(number);
    }

    private static final String PREFIXES = """
            PREFIX lskg:    <https://w3id.org/lskg/ontology#>
            BASE <https://w3id.org/lskg/id/>
            PREFIX doctype: <https://w3id.org/lskg/id/doctype/>
            PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX foaf:    <http://xmlns.com/foaf/0.1/>
            PREFIX prov:    <http://www.w3.org/ns/prov#>
            PREFIX time:    <http://www.w3.org/2006/time#>
            PREFIX nif:     <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            """;

    /** What the loader writes for one notice: header, text context, one section, one sentence, signature. */
    private static final String DOCUMENT_LAYER_SAMPLE = """
            <doc/vpcp-320-tb-2021> a lskg:Document ;
                lskg:documentType doctype:thong-bao ;
                lskg:documentNumber "320/TB-VPCP" ;
                dcterms:issued "2021-11-28"^^xsd:date ;
                lskg:issueDateText "Hà Nội, ngày 28 tháng 11 năm 2021" ;
                lskg:issueDateSource lskg:DateFromHeader ;
                lskg:issuePlace "Hà Nội" ;
                dcterms:title "Kết luận của Phó Thủ tướng Lê Văn Thành tại buổi làm việc với lãnh đạo tỉnh Lạng Sơn" ;
                lskg:issuer <body/van-phong-chinh-phu> ;
                lskg:issuerText "VĂN PHÒNG CHÍNH PHỦ" ;
                lskg:sourceFile "001_df7bcefca2f647a1.txt" ;
                lskg:sourceSha256 "3f1c0d5e9a7b2c4d6e8f00112233445566778899aabbccddeeff001122334455" ;
                lskg:sourceEncoding "UTF-8" ;
                lskg:concludes <doc/vpcp-320-tb-2021/meeting> ;
                lskg:hasSignature <doc/vpcp-320-tb-2021/signature> ;
                lskg:hasRecipient <doc/vpcp-320-tb-2021/r/1> ;
                lskg:hasSection <doc/vpcp-320-tb-2021/sec/2> ;
                lskg:hasSentence <doc/vpcp-320-tb-2021/s/1> ;
                lskg:hasFootnote <doc/vpcp-320-tb-2021/fn/1> .
            <body/van-phong-chinh-phu> a lskg:Body ; skos:prefLabel "Văn phòng Chính phủ"@vi .
            <doc/vpcp-320-tb-2021/text> a nif:Context ;
                nif:isString "Khẩn trương hoàn thành lập Quy hoạch tỉnh Lạng Sơn, trình cấp có thẩm quyền phê duyệt chậm nhất trước tháng 6 năm 2022." ;
                lskg:inDocument <doc/vpcp-320-tb-2021> .
            <doc/vpcp-320-tb-2021/sec/2> a lskg:Section ;
                lskg:marker "II." ; lskg:heading "NHIỆM VỤ TRONG THỜI GIAN TỚI" ;
                lskg:level "1"^^xsd:int ; lskg:order "2"^^xsd:int ;
                lskg:inDocument <doc/vpcp-320-tb-2021> .
            <doc/vpcp-320-tb-2021/s/1> a lskg:Sentence ;
                nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "119"^^xsd:nonNegativeInteger ;
                nif:anchorOf "Khẩn trương hoàn thành lập Quy hoạch tỉnh Lạng Sơn, trình cấp có thẩm quyền phê duyệt chậm nhất trước tháng 6 năm 2022." ;
                nif:referenceContext <doc/vpcp-320-tb-2021/text> ;
                lskg:inDocument <doc/vpcp-320-tb-2021> ;
                lskg:inSection <doc/vpcp-320-tb-2021/sec/2> ;
                lskg:order "1"^^xsd:int .
            <doc/vpcp-320-tb-2021/fn/1> a lskg:Footnote ;
                lskg:marker "1" ; lskg:text "Theo Nghị quyết số 128/NQ-CP ngày 11/10/2021." ;
                lskg:inDocument <doc/vpcp-320-tb-2021> ;
                lskg:refersToSentence <doc/vpcp-320-tb-2021/s/1> .
            <doc/vpcp-320-tb-2021/meeting> a lskg:Meeting ;
                lskg:meetingDate "2021-11-21"^^xsd:date ; lskg:meetingPlace "tỉnh Lạng Sơn" ;
                lskg:chair <person/le-van-thanh> ; lskg:chairText "Phó Thủ tướng Chính phủ Lê Văn Thành" .
            <person/le-van-thanh> a lskg:Person ; foaf:name "Lê Văn Thành" .
            <doc/vpcp-320-tb-2021/signature> a lskg:Signature ;
                lskg:signingAuthority <authority/kt> ;
                lskg:authorityLine "KT. BỘ TRƯỞNG, CHỦ NHIỆM" ;
                lskg:signerPosition "PHÓ CHỦ NHIỆM" .
            <doc/vpcp-320-tb-2021/r/1> a lskg:Recipient ;
                lskg:text "UBND tỉnh Lạng Sơn;" ; lskg:recipientRole <recipient-role/copy> ; lskg:order "1"^^xsd:int .
            """;

    /** What extraction, resolution and tracing write on top: a commitment with its trace and status. */
    private static final String MISSION_SAMPLE = """
            <c/vpcp-320-tb-2021/1> a lskg:Commitment ;
                lskg:statedIn <doc/vpcp-320-tb-2021> ;
                prov:wasDerivedFrom <doc/vpcp-320-tb-2021/s/1> ;
                lskg:text "Khẩn trương hoàn thành lập Quy hoạch tỉnh Lạng Sơn, trình cấp có thẩm quyền phê duyệt chậm nhất trước tháng 6 năm 2022." ;
                lskg:leadBody <place/tinh-lang-son> ;
                lskg:about <programme/quy-hoach-tinh-lang-son-2021-2030> ;
                lskg:deadline <c/vpcp-320-tb-2021/1/deadline> .
            <c/vpcp-320-tb-2021/1/deadline> a lskg:Deadline ;
                time:inXSDDate "2022-05-31"^^xsd:date ;
                lskg:deadlineText "chậm nhất trước tháng 6 năm 2022" ;
                lskg:deadlineBasis <deadline-basis/stated> .
            <place/tinh-lang-son> a lskg:Place ; skos:prefLabel "tỉnh Lạng Sơn"@vi ;
                lskg:category <category/place> ; lskg:adminLevel <admin-level/province> .
            <programme/quy-hoach-tinh-lang-son-2021-2030> a lskg:Programme ;
                skos:prefLabel "Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030"@vi ;
                lskg:programmeKind <programme-kind/master-plan> .
            <m/vpcp-320-tb-2021/1> a lskg:Mention ;
                nif:beginIndex "27"^^xsd:nonNegativeInteger ; nif:endIndex "50"^^xsd:nonNegativeInteger ;
                nif:referenceContext <doc/vpcp-320-tb-2021/text> ;
                lskg:inSentence <doc/vpcp-320-tb-2021/s/1> ;
                lskg:surfaceForm "Quy hoạch tỉnh Lạng Sơn" ;
                lskg:refersTo <programme/quy-hoach-tinh-lang-son-2021-2030> ;
                lskg:category <category/program> .
            <t/bc-2023-11/1> a lskg:Target ;
                lskg:statedIn <doc/vpcp-320-tb-2021> ; prov:wasDerivedFrom <doc/vpcp-320-tb-2021/s/1> ;
                lskg:indicatorText "Tốc độ tăng trưởng kinh tế (GRDP)" ;
                lskg:valueText "7 - 7,5" ; lskg:minValue 7.0 ; lskg:maxValue 7.5 ; lskg:unit "%" ;
                lskg:year "2024"^^xsd:gYear .
            <fu/1> a lskg:FollowUp ;
                lskg:ofCommitment <c/vpcp-320-tb-2021/1> ;
                lskg:evidence <doc/vpcp-320-tb-2021/s/1> ;
                lskg:evidenceDate "2023-11"^^xsd:gYearMonth ;
                lskg:signal <signal/shared-entity> ; lskg:confidence 0.9 ;
                lskg:suggestsStatus <status/in-progress> .
            <st/1> a lskg:StatusAssessment ;
                lskg:ofCommitment <c/vpcp-320-tb-2021/1> ;
                lskg:status <status/overdue> ; lskg:asOf "2024-04-30"^^xsd:date ;
                lskg:reason "deadline passed; latest evidence still 'trình ... phê duyệt'" ;
                prov:wasDerivedFrom <fu/1> .
            <flag/1> a lskg:DataQualityFlag ;
                lskg:flagType <flag/unresolved-reference> ;
                lskg:flaggedResource <doc/cp-128-nq-2021> ;
                lskg:reason "128/NQ-CP is cited but not loaded" .
            <doc/cp-128-nq-2021> a lskg:LegalReference ;
                lskg:documentNumber "128/NQ-CP" ; dcterms:issued "2021-10-11"^^xsd:date .
            """;
}
