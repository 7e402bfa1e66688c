package org.lskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class ShaclValidatorTest {

    private static final String SHAPES = """
            PREFIX sh: <http://www.w3.org/ns/shacl#>
            PREFIX lskg: <https://w3id.org/lskg/ontology#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            [] a sh:NodeShape ; sh:targetClass lskg:Document ;
               sh:property [ sh:path lskg:sourceFile ; sh:pattern "^\\\\d{3}_.*\\\\.txt$" ] ;
               sh:property [ sh:path lskg:issueDateText ; sh:minCount 1 ; sh:severity sh:Warning ;
                             sh:message "Không có ngày ban hành" ] .
            """;
    private static final ShaclValidator VALIDATOR = new ShaclValidator(Docs.shapes(SHAPES));

    @Test
    void aConformingGraphHasOnlyTheWarning() {
        List<Violation> results = VALIDATOR.validate(Docs.doc("a", "000_a.txt", "Hà Nội").graph());

        assertEquals(1, results.size());
        Violation warning = results.get(0);
        assertEquals(Violation.Severity.WARNING, warning.severity());
        assertEquals("WARNING <https://w3id.org/lskg/id/doc/a> lskg:issueDateText: Không có ngày ban hành",
                warning.toString());
    }

    @Test
    void aViolationNamesItsNodePathAndConstraint() {
        Graph graph = Docs.doc("a", "notes.md", "Hà Nội").graph();

        Violation v = VALIDATOR.validate(graph).stream().filter(Violation::isViolation).findFirst().orElseThrow();

        assertEquals(Docs.docNode("a"), v.focusNode());
        assertEquals("lskg:sourceFile", v.path());
        assertTrue(v.message().contains("Pattern"), v.message());
    }

    @Test
    void theShippedShapesLoadFromTheClasspath() {
        assumeTrue(ShaclValidator.class.getClassLoader().getResource(ShaclValidator.SHAPES_RESOURCE) != null,
                "ontology/shapes.ttl is not in this build yet");
        ShaclValidator shipped = ShaclValidator.fromClasspath();
        shipped.validate(Docs.doc("a", "000_a.txt", "Hà Nội").graph()); // parses and runs without error
    }

    @Test
    void aGraphValidatedInPartsGivesJenasResultsInJenasOrder() {
        Graph graph = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 40; i++) { // every third document breaks the pattern; each lacks its issue date
            GraphUtil.addInto(graph, Docs.doc("d" + i, i % 3 == 0 ? "notes-" + i + ".md" : String.format("%03d_a.txt", i), "Hà Nội").graph());
        }
        List<Violation> jena = VALIDATOR.validate(graph);
        assertEquals(40 + 14, jena.size());

        for (int parts : new int[] {1, 2, 3, 7, 80, 500}) {
            assertEquals(jena, VALIDATOR.inParts(graph, parts), parts + " parts");
        }
        assertEquals(jena, new ShaclValidator(Docs.shapes(SHAPES), 0).validate(graph), "above the size for parts");
    }
}
