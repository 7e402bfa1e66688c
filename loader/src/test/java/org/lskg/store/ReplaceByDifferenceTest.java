package org.lskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.rdf.DocumentGraph;
import org.lskg.rdf.LSKG;
import org.lskg.rdf.TripleSource;

/** {@link LskgStore#replaceByDifference} leaves the store as {@link LskgStore#replace} would, quad for quad. */
class ReplaceByDifferenceTest {

    private static final Node GRAPH = NodeFactory.createURI("https://w3id.org/lskg/graph/trace");
    private static final Node LINK = NodeFactory.createURI("https://w3id.org/lskg/id/trace/followup/1");
    private static final Node OTHER = NodeFactory.createURI("https://w3id.org/lskg/id/trace/followup/2");

    @TempDir Path dir;

    @Test
    void aChangedInlinedDecimalIsReplacedNotKeptBesideTheNewValue() throws Exception {
        // TDB2 reads "0.80"^^xsd:decimal back as "0.8": deleting by value, in either form, left it in place.
        DocumentGraph first = graph("0.80", "similarity 0.80");
        DocumentGraph second = graph("0.79", "similarity 0.79");
        String byDifference;
        try (LskgStore store = LskgStore.open(dir.resolve("difference"), DocumentValidator.none())) {
            assertFalse(store.replaceByDifference(first).replacedPrevious());
            assertTrue(store.replaceByDifference(second).replacedPrevious());
            byDifference = nquads(store);
        }
        String byReplace;
        try (LskgStore store = LskgStore.open(dir.resolve("replace"), DocumentValidator.none())) {
            store.replace(second);
            byReplace = nquads(store);
        }
        assertEquals(byReplace, byDifference);
        assertTrue(byDifference.contains("\"0.79\"^^<http://www.w3.org/2001/XMLSchema#decimal>"), byDifference);
        assertFalse(byDifference.contains("0.8\""), byDifference);
    }

    @Test
    void theSameGraphTwiceChangesNothingAndAFewerGraphDropsWhatItLacks() throws Exception {
        DocumentGraph full = graph("0.50", "why");
        Graph smaller = GraphFactory.createDefaultGraph();
        full.graph().find().filterDrop(t -> t.getSubject().equals(OTHER)).forEachRemaining(smaller::add);
        try (LskgStore store = LskgStore.open(dir.resolve("tdb"), DocumentValidator.none())) {
            store.replaceByDifference(full);
            String once = nquads(store);
            store.replaceByDifference(full);
            assertEquals(once, nquads(store));
            store.replaceByDifference(new DocumentGraph(GRAPH, smaller, "trace"));
            String after = nquads(store);
            assertFalse(after.contains(OTHER.getURI()), after);
            assertEquals(smaller.size(), after.lines().count());
        }
    }

    @Test
    void aGraphWithIndexedTextIsRefusedAndTheStoreKeptAsItWas() throws Exception {
        Graph g = graph("0.50", "why").graph();
        g.add(LINK, RDFS.label.asNode(), NodeFactory.createLiteralString("Quy hoạch tỉnh"));
        try (LskgStore store = LskgStore.open(dir.resolve("tdb"), DocumentValidator.none())) {
            store.replaceByDifference(graph("0.50", "why"));
            String before = nquads(store);
            assertThrows(IllegalArgumentException.class,
                    () -> store.replaceByDifference(new DocumentGraph(GRAPH, g, "trace")));
            assertEquals(before, nquads(store));
        }
    }

    @Test
    void aStoredGraphWithIndexedTextIsNotWrittenByDifference() throws Exception {
        Graph g = graph("0.50", "why").graph();
        g.add(LINK, RDFS.label.asNode(), NodeFactory.createLiteralString("Quy hoạch tỉnh"));
        try (LskgStore store = LskgStore.open(dir.resolve("tdb"), DocumentValidator.none())) {
            store.replace(new DocumentGraph(GRAPH, g, "trace"));
            String before = nquads(store);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.replaceByDifference(graph("0.50", "why")));
            assertTrue(e.getMessage().contains(RDFS.label.getURI()), e.getMessage());
            assertEquals(before, nquads(store));
        }
    }

    @Test
    void theChangedPartIsValidatedWithTheNodesItPointsTo() throws Exception {
        // Only the assessment's reason changes: its follow-up, unchanged, must still be seen as a lskg:FollowUp.
        try (LskgStore store = LskgStore.open(dir.resolve("tdb"), ShaclValidator.fromClasspath())) {
            store.replaceByDifference(assessed("as before", LINK));
            store.replaceByDifference(assessed("a new reason", LINK));
            String accepted = nquads(store);
            assertTrue(accepted.contains("\"a new reason\""), accepted);
            DocumentRejectedException e = assertThrows(DocumentRejectedException.class,
                    () -> store.replaceByDifference(assessed("derived from a node that is no follow-up", OTHER)));
            assertTrue(e.violations().stream().anyMatch(v -> v.toString().contains("lskg:FollowUp")), e.violations().toString());
            assertEquals(accepted, nquads(store));
        }
    }

    @Test
    void aGraphGivenTripleByTripleWithRepeatsIsWrittenAsTheGraphOfItsTriples() throws Exception {
        DocumentGraph graph = graph("0.80", "why");
        TripleSource twice = sink -> {
            graph.graph().find().forEachRemaining(sink);
            graph.graph().find().forEachRemaining(sink);
        };
        try (LskgStore streamed = LskgStore.open(dir.resolve("streamed"), DocumentValidator.none());
             LskgStore whole = LskgStore.open(dir.resolve("whole"), DocumentValidator.none())) {
            assertEquals(graph.graph().size(), streamed.replaceByDifference(GRAPH, "trace", twice).triplesAdded());
            whole.replace(graph);
            assertEquals(nquads(whole), nquads(streamed));
        }
    }

    @Test
    void triplesThatDoNotStateTheirSourceFileAreRefusedAndTheStoreKeptAsItWas() throws Exception {
        DocumentGraph graph = graph("0.50", "why");
        try (LskgStore store = LskgStore.open(dir.resolve("tdb"), DocumentValidator.none())) {
            store.replaceByDifference(graph);
            String before = nquads(store);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.replaceByDifference(GRAPH, "other-file", TripleSource.of(graph("0.61", "new").graph())));
            assertTrue(e.getMessage().contains("other-file"), e.getMessage());
            assertEquals(before, nquads(store));
        }
    }

    @Test
    void aGraphOfManyPartsIsValidatedPartByPartWithTheNodesEachPartPointsTo() throws Exception {
        // More assessments than one validation part holds, each derived from a follow-up that another part may
        // describe: all accepted as new and as changed; one derived from a node that is no follow-up refused.
        int n = GraphDifference.PART_TRIPLES / 5;
        try (LskgStore store = LskgStore.open(dir.resolve("tdb"), ShaclValidator.fromClasspath())) {
            assertEquals(many(n, "first", -1).size(), store.replaceByDifference(GRAPH, "trace",
                    TripleSource.of(many(n, "first", -1))).triplesAdded());
            store.replaceByDifference(GRAPH, "trace", TripleSource.of(many(n, "second", -1)));
            String accepted = nquads(store);
            assertTrue(accepted.contains("\"second 0\""), "replaced by its second version");
            assertFalse(accepted.contains("\"first 0\""), "replaced by its second version");
            DocumentRejectedException e = assertThrows(DocumentRejectedException.class,
                    () -> store.replaceByDifference(GRAPH, "trace", TripleSource.of(many(n, "third", n - 7))));
            assertTrue(e.violations().stream().anyMatch(v -> v.toString().contains("lskg:FollowUp")), e.violations().toString());
            assertEquals(accepted, nquads(store));
        }
        try (LskgStore store = LskgStore.open(dir.resolve("new"), ShaclValidator.fromClasspath())) {
            assertThrows(DocumentRejectedException.class,
                    () -> store.replaceByDifference(GRAPH, "trace", TripleSource.of(many(n, "first", 3))));
            assertFalse(nquads(store).contains(GRAPH.getURI()), "nothing of a refused new graph is written");
        }
    }

    /**
     * {@code n} follow-ups and {@code n} assessments, assessment i derived from follow-up n - 1 - i (so that
     * sorted by subject they fall in other parts), but assessment {@code wrong} derived from a node that is no
     * follow-up.
     */
    private static Graph many(int n, String reason, int wrong) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(GRAPH, LSKG.sourceFile.asNode(), NodeFactory.createLiteralString("trace"));
        Node commitment = NodeFactory.createURI("https://w3id.org/lskg/id/doc/x/commitment/1-1");
        for (int i = 0; i < n; i++) {
            Node link = NodeFactory.createURI("https://w3id.org/lskg/id/trace/followup/" + i);
            g.add(link, RDF.type.asNode(), LSKG.FollowUp.asNode());
            g.add(link, LSKG.ofCommitment.asNode(), commitment);
            g.add(link, LSKG.evidence.asNode(), NodeFactory.createURI("https://w3id.org/lskg/id/doc/y/sentence/" + i));
            g.add(link, LSKG.signal.asNode(), LSKG.SIGNAL_LEXICAL_OVERLAP.asNode());
            g.add(link, LSKG.confidence.asNode(), NodeFactory.createLiteralDT("0.61", XSDDatatype.XSDdecimal));
            Node assessment = NodeFactory.createURI("https://w3id.org/lskg/id/trace/status/" + i);
            g.add(assessment, RDF.type.asNode(), LSKG.StatusAssessment.asNode());
            g.add(assessment, LSKG.ofCommitment.asNode(), commitment);
            g.add(assessment, LSKG.status.asNode(), LSKG.STATUS_IN_PROGRESS.asNode());
            g.add(assessment, LSKG.asOf.asNode(), NodeFactory.createLiteralDT("2024-01-05", XSDDatatype.XSDdate));
            g.add(assessment, LSKG.reason.asNode(), NodeFactory.createLiteralString(reason + " " + i));
            g.add(assessment, LSKG.PROV_wasDerivedFrom.asNode(), i == wrong
                    ? NodeFactory.createURI("https://w3id.org/lskg/id/doc/y/sentence/" + i)
                    : NodeFactory.createURI("https://w3id.org/lskg/id/trace/followup/" + (n - 1 - i)));
        }
        return g;
    }

    /** A follow-up and a status assessment derived from {@code basis}, with some flags that never change. */
    private static DocumentGraph assessed(String reason, Node basis) {
        Graph g = GraphFactory.createDefaultGraph();
        Node commitment = NodeFactory.createURI("https://w3id.org/lskg/id/doc/x/commitment/1-1");
        Node assessment = NodeFactory.createURI("https://w3id.org/lskg/id/trace/status/1");
        g.add(GRAPH, LSKG.sourceFile.asNode(), NodeFactory.createLiteralString("trace"));
        g.add(LINK, RDF.type.asNode(), LSKG.FollowUp.asNode());
        g.add(LINK, LSKG.ofCommitment.asNode(), commitment);
        g.add(LINK, LSKG.evidence.asNode(), NodeFactory.createURI("https://w3id.org/lskg/id/doc/y/sentence/3"));
        g.add(LINK, LSKG.signal.asNode(), LSKG.SIGNAL_LEXICAL_OVERLAP.asNode());
        g.add(LINK, LSKG.confidence.asNode(), NodeFactory.createLiteralDT("0.61", XSDDatatype.XSDdecimal));
        g.add(assessment, RDF.type.asNode(), LSKG.StatusAssessment.asNode());
        g.add(assessment, LSKG.ofCommitment.asNode(), commitment);
        g.add(assessment, LSKG.status.asNode(), LSKG.STATUS_IN_PROGRESS.asNode());
        g.add(assessment, LSKG.asOf.asNode(), NodeFactory.createLiteralDT("2024-01-05", XSDDatatype.XSDdate));
        g.add(assessment, LSKG.reason.asNode(), NodeFactory.createLiteralString(reason));
        g.add(assessment, LSKG.PROV_wasDerivedFrom.asNode(), basis);
        for (int i = 0; i < 5; i++) {
            Node flag = NodeFactory.createURI("https://w3id.org/lskg/id/trace/flag/name-variant/" + i);
            g.add(flag, RDF.type.asNode(), LSKG.DataQualityFlag.asNode());
            g.add(flag, LSKG.flagType.asNode(), LSKG.FLAG_NAME_VARIANT.asNode());
            g.add(flag, LSKG.flaggedResource.asNode(), NodeFactory.createURI("https://w3id.org/lskg/id/person/p" + i));
            g.add(flag, LSKG.reason.asNode(), NodeFactory.createLiteralString("one person written 2 ways"));
        }
        return new DocumentGraph(GRAPH, g, "trace");
    }

    private static DocumentGraph graph(String confidence, String why) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(GRAPH, LSKG.sourceFile.asNode(), NodeFactory.createLiteralString("trace"));
        for (Node n : new Node[] {LINK, OTHER}) {
            g.add(n, LSKG.confidence.asNode(), NodeFactory.createLiteralDT(confidence, XSDDatatype.XSDdecimal));
            g.add(n, LSKG.reason.asNode(), NodeFactory.createLiteralString(why));
            g.add(n, LSKG.evidenceDate.asNode(), NodeFactory.createLiteralDT("2024-01-05", XSDDatatype.XSDdate));
        }
        return new DocumentGraph(GRAPH, g, "trace");
    }

    private static String nquads(LskgStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(ExportFormat.NQUADS, Optional.empty(), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
