package org.lskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.lskg.rdf.LSKG;

/**
 * The shipped shapes ({@code ontology/shapes.ttl}) on a fragment of what lskg writes for the VPCP notice 320/TB-VPCP
 * (seed 001), whole and broken one fact at a time. The expected results are those of the shapes before their
 * entity references were rewritten from an sh:or of nine sh:class into one test on the SHACL types, and before
 * the sh:or alternatives were put in the order lskg writes them (measured with that jar): the rewrite must keep
 * every result's focus node, path, message and severity.
 */
class ShippedShapesTest {

    private static final ShaclValidator SHAPES = ShaclValidator.fromClasspath();

    private static final String DOC = LSKG.ID + "doc/van-phong-chinh-phu/2021/320-tb-vpcp";
    private static final Node MENTION = NodeFactory.createURI(DOC + "/mention/9-58-71-place");
    private static final Node MERGE = NodeFactory.createURI(DOC + "/mention/9-58-71-place/merge");
    private static final Node COMMITMENT = NodeFactory.createURI(DOC + "/commitment/33-1");
    private static final Node RESPONSIBILITY = NodeFactory.createURI(DOC + "/commitment/33-1/responsibility/1");
    private static final Node PLACE = NodeFactory.createURI(LSKG.ID + "place/tinh-lang-son");
    private static final Node DOCUMENT = NodeFactory.createURI(DOC);

    private static final String FRAGMENT = """
            PREFIX lskg:    <https://w3id.org/lskg/ontology#>
            PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov:    <http://www.w3.org/ns/prov#>
            PREFIX nif:     <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            BASE <https://w3id.org/lskg/id/>
            <doc/van-phong-chinh-phu/2021/320-tb-vpcp> a lskg:Document ;
                lskg:documentType <doctype/thong-bao> ; lskg:sourceFile "001_df7bcefca2f647a1.txt" ;
                lskg:documentNumber "320/TB-VPCP" ; dcterms:issued "2021-11-28"^^xsd:date ;
                dcterms:title "Kết luận của Phó Thủ tướng Lê Văn Thành tại buổi làm việc với lãnh đạo tỉnh Lạng Sơn"@vi .
            <doc/van-phong-chinh-phu/2021/320-tb-vpcp/text> a nif:Context ; nif:isString "…" ;
                lskg:inDocument <doc/van-phong-chinh-phu/2021/320-tb-vpcp> .
            <doc/van-phong-chinh-phu/2021/320-tb-vpcp/s9> a lskg:Sentence ;
                nif:beginIndex "983"^^xsd:nonNegativeInteger ; nif:endIndex "1190"^^xsd:nonNegativeInteger ;
                nif:referenceContext <doc/van-phong-chinh-phu/2021/320-tb-vpcp/text> ;
                nif:anchorOf "…" ; lskg:inDocument <doc/van-phong-chinh-phu/2021/320-tb-vpcp> .
            <doc/van-phong-chinh-phu/2021/320-tb-vpcp/mention/9-58-71-place> a lskg:Mention ;
                nif:beginIndex "1041"^^xsd:nonNegativeInteger ; nif:endIndex "1054"^^xsd:nonNegativeInteger ;
                nif:referenceContext <doc/van-phong-chinh-phu/2021/320-tb-vpcp/text> ;
                lskg:category <category/place> ; lskg:inSentence <doc/van-phong-chinh-phu/2021/320-tb-vpcp/s9> ;
                lskg:refersTo <place/tinh-lang-son> ; lskg:surfaceForm "tỉnh Lạng Sơn" .
            <doc/van-phong-chinh-phu/2021/320-tb-vpcp/mention/9-58-71-place/merge> a lskg:MergeDecision ;
                lskg:confidence 1.0 ;
                lskg:evidence <doc/van-phong-chinh-phu/2021/320-tb-vpcp/mention/9-58-71-place> ;
                lskg:merges <doc/van-phong-chinh-phu/2021/320-tb-vpcp/mention/9-58-71-place> ;
                lskg:mergedInto <place/tinh-lang-son> ; lskg:mergedLabel "tỉnh Lạng Sơn" ;
                lskg:reason "\\"tỉnh Lạng Sơn\\" is a label of the known entity \\"tỉnh Lạng Sơn\\"" .
            <place/tinh-lang-son> a lskg:Place ;
                skos:prefLabel "tỉnh Lạng Sơn"@vi ; skos:altLabel "Lạng Sơn"@vi .
            <doc/van-phong-chinh-phu/2021/320-tb-vpcp/commitment/33-1> a lskg:Commitment ;
                prov:wasDerivedFrom <doc/van-phong-chinh-phu/2021/320-tb-vpcp/s9> ;
                lskg:statedIn <doc/van-phong-chinh-phu/2021/320-tb-vpcp> ;
                lskg:about <place/tinh-lang-son> ;
                lskg:responsibleBody <place/tinh-lang-son> ;
                lskg:qualifiedResponsibility <doc/van-phong-chinh-phu/2021/320-tb-vpcp/commitment/33-1/responsibility/1> ;
                lskg:text "Đồng thời, cần nghiên cứu và triển khai đồng bộ công tác quy hoạch các khu công nghiệp." .
            <doc/van-phong-chinh-phu/2021/320-tb-vpcp/commitment/33-1/responsibility/1> a lskg:Responsibility ;
                lskg:responsibleParty <place/tinh-lang-son> ;
                lskg:responsibilityRole <responsibility-role/assignee> ;
                lskg:responsibilityBasis <responsibility-basis/explicit> .
            """;

    private static final String PLACE_LINE = "<place/tinh-lang-son> a lskg:Place ;";

    private static List<Violation> validate(String turtle) {
        Graph graph = RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
        return SHAPES.validate(graph);
    }

    private static Violation violation(Node focus, String path, String message) {
        return new Violation(focus, path, message, Violation.Severity.VIOLATION);
    }

    /** The results every reference to the place gives when the place is not (or no longer) an entity. */
    private static List<Violation> referencesToANonEntity() {
        return List.of(
                violation(MENTION, "lskg:refersTo", "A mention refers to at most one lskg:Entity."),
                violation(MERGE, "lskg:mergedInto", "A merge decision has exactly one lskg:mergedInto, a lskg:Entity."),
                violation(COMMITMENT, "lskg:about", "lskg:about must point to a lskg:Entity."),
                violation(COMMITMENT, "lskg:responsibleBody",
                        "lskg:responsibleBody (and leadBody, partnerBody) must be a lskg:Body or a lskg:Place."),
                violation(RESPONSIBILITY, "lskg:responsibleParty",
                        "A responsibility has exactly one lskg:responsibleParty, a lskg:Body or lskg:Place."));
    }

    private static void assertSameResults(List<Violation> expected, List<Violation> actual) {
        // One result per broken fact; the order of results across shapes is Jena's and not part of the contract.
        assertEquals(expected.stream().map(Violation::toString).sorted().toList(),
                actual.stream().map(Violation::toString).sorted().toList());
        assertEquals(expected.size(), actual.size());
    }

    @Test
    void theFragmentConforms() {
        assertEquals(List.of(), validate(FRAGMENT));
    }

    @Test
    void aReferenceToANodeOfANonEntityClassBreaksEveryReferringShape() {
        // lskg:DocumentType is an lskg class that no shape targets, so only the references break.
        assertSameResults(referencesToANonEntity(),
                validate(FRAGMENT.replace(PLACE_LINE, "<place/tinh-lang-son> a lskg:DocumentType ;")));
    }

    @Test
    void aReferenceToAnUntypedNodeBreaksEveryReferringShape() {
        assertSameResults(referencesToANonEntity(),
                validate(FRAGMENT.replace(PLACE_LINE, "<place/tinh-lang-son>")));
    }

    @Test
    void aReferenceToALiteralIsNoEntity() {
        List<Violation> results = validate(FRAGMENT.replace(
                "lskg:refersTo <place/tinh-lang-son>", "lskg:refersTo \"tỉnh Lạng Sơn\"@vi"));
        assertEquals(List.of(violation(MENTION, "lskg:refersTo", "A mention refers to at most one lskg:Entity.")),
                results);
    }

    @Test
    void anyOneEntityClassAmongSeveralTypesIsEnough() {
        assertEquals(List.of(), validate(FRAGMENT.replace(PLACE_LINE, "<place/tinh-lang-son> a lskg:DocumentType , lskg:Place ;")));
    }

    @Test
    void aSubclassOfAnEntityClassInTheDataCountsAsThatClassAsWithShClass() {
        String province = FRAGMENT.replace(PLACE_LINE, """
                <place/tinh-lang-son> a lskg:Province ;""") + "lskg:Province rdfs:subClassOf lskg:Place .\n";
        // The place is no longer a target of the entity shapes, and it is a lskg:Place through the subclass.
        assertEquals(List.of(), validate(province));

        String notAnEntity = FRAGMENT.replace(PLACE_LINE, """
                <place/tinh-lang-son> a lskg:NoticeType ;""") + "lskg:NoticeType rdfs:subClassOf lskg:DocumentType .\n";
        assertSameResults(referencesToANonEntity(), validate(notAnEntity));
    }

    @Test
    void evidenceThatIsNeitherSentenceNorMentionIsRefused() {
        List<Violation> results = validate(FRAGMENT.replace(
                "lskg:evidence <doc/van-phong-chinh-phu/2021/320-tb-vpcp/mention/9-58-71-place>",
                "lskg:evidence <place/tinh-lang-son>"));
        assertEquals(List.of(violation(MERGE, "lskg:evidence", "lskg:evidence must point to a sentence or mention (nif:String).")),
                results);
    }

    @Test
    void aLabelOfTheWrongDatatypeIsRefusedAndBothStringKindsAreAccepted() {
        List<Violation> results = validate(FRAGMENT.replace("skos:altLabel \"Lạng Sơn\"@vi", "skos:altLabel 1"));
        assertEquals(List.of(violation(PLACE, "skos:altLabel", "skos:altLabel must be a string.")), results);

        results = validate(FRAGMENT.replace("skos:prefLabel \"tỉnh Lạng Sơn\"@vi", "skos:prefLabel \"2021-11-28\"^^xsd:date"));
        assertEquals(List.of(violation(PLACE, "skos:prefLabel", "skos:prefLabel is a string, at most one per language.")),
                results);

        assertEquals(List.of(), validate(FRAGMENT.replace("skos:prefLabel \"tỉnh Lạng Sơn\"@vi", "skos:prefLabel \"tỉnh Lạng Sơn\"")));
    }

    @Test
    void aTitleOfTheWrongDatatypeIsRefused() {
        List<Violation> results = validate(FRAGMENT.replace("lãnh đạo tỉnh Lạng Sơn\"@vi", "lãnh đạo tỉnh Lạng Sơn\"^^xsd:token"));
        assertEquals(List.of(violation(DOCUMENT, "dcterms:title", "A document has at most one dcterms:title, a string.")),
                results);
    }

    @Test
    void anIssueDateOfTheWrongDatatypeIsRefusedAndAMonthIsAccepted() {
        List<Violation> results = validate(FRAGMENT.replace("\"2021-11-28\"^^xsd:date", "\"2021-11-28T00:00:00\"^^xsd:dateTime"));
        assertEquals(List.of(violation(DOCUMENT, "dcterms:issued",
                "A document has at most one dcterms:issued, an xsd:date, xsd:gYearMonth or xsd:gYear.")), results);

        assertEquals(List.of(), validate(FRAGMENT.replace("\"2021-11-28\"^^xsd:date", "\"2021-11\"^^xsd:gYearMonth")));
    }
}
