package org.lskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.rdf.DocumentGraph;
import org.lskg.rdf.GraphPart;
import org.lskg.rdf.LSKG;

/**
 * {@link LskgStore#replacePart} leaves the store as replacing the whole graph by its new version would: the part's
 * subjects with the part's triples, the others untouched, the part validated with the nodes it points to.
 */
class ReplacePartTest {

    private static final Node GRAPH = NodeFactory.createURI("https://w3id.org/lskg/graph/trace");
    private static final Node COMMITMENT = NodeFactory.createURI("https://w3id.org/lskg/id/doc/x/commitment/1-1");

    @TempDir Path dir;

    @Test
    void aPartReplacesItsSubjectsAndLeavesTheOthersAsAWholeReplaceWould() throws Exception {
        Graph before = trace("2024-01-05", 1, 2, 3);
        Graph after = trace("2024-01-05", 1, 2, 3);
        replaceAssessment(after, 2, "2024-02-01", followUp(2));
        String byPart;
        try (LskgStore store = LskgStore.open(dir.resolve("part"), DocumentValidator.none())) {
            store.replaceByDifference(new DocumentGraph(GRAPH, before, "trace"));
            PartOutcome outcome = store.replacePart(GRAPH, part(after, Set.of(assessment(2))));
            assertEquals(6, outcome.triples());
            assertEquals(1, outcome.deleted());
            assertEquals(1, outcome.added());
            byPart = nquads(store);
        }
        try (LskgStore store = LskgStore.open(dir.resolve("whole"), DocumentValidator.none())) {
            store.replaceByDifference(new DocumentGraph(GRAPH, after, "trace"));
            assertEquals(nquads(store), byPart);
        }
        assertTrue(byPart.contains("\"2024-02-01\""), byPart);
    }

    @Test
    void aSubjectThePartCoversButGivesNoTripleIsRemoved() throws Exception {
        Graph before = trace("2024-01-05", 1, 2);
        try (LskgStore store = LskgStore.open(dir.resolve("tdb"), DocumentValidator.none())) {
            store.replaceByDifference(new DocumentGraph(GRAPH, before, "trace"));
            Graph none = GraphFactory.createDefaultGraph();
            PartOutcome outcome = store.replacePart(GRAPH, part(none, Set.of(assessment(2), followUp(2))));
            assertEquals(12, outcome.deleted());
            String after = nquads(store);
            assertFalse(after.contains(assessment(2).getURI()), after);
            assertFalse(after.contains(followUp(2).getURI() + ">"), after);
            assertTrue(after.contains(assessment(1).getURI()), after);
        }
    }

    @Test
    void aTripleOfASubjectThePartDoesNotCoverIsRefusedAndTheStoreKeptAsItWas() throws Exception {
        try (LskgStore store = LskgStore.open(dir.resolve("tdb"), DocumentValidator.none())) {
            store.replaceByDifference(new DocumentGraph(GRAPH, trace("2024-01-05", 1, 2), "trace"));
            String before = nquads(store);
            Graph changed = trace("2024-03-01", 1, 2);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.replacePart(GRAPH, wholeAs(changed, Set.of(assessment(1)))));
            assertTrue(e.getMessage().contains("does not cover"), e.getMessage());
            assertEquals(before, nquads(store));
        }
    }

    @Test
    void thePartIsValidatedWithTheStoredNodesItPointsTo() throws Exception {
        // Assessment 1 changes and stays derived from its follow-up, which the part does not cover: the stored
        // follow-up must be seen as a lskg:FollowUp. Derived from a sentence instead, it is refused.
        try (LskgStore store = LskgStore.open(dir.resolve("tdb"), ShaclValidator.fromClasspath())) {
            store.replaceByDifference(new DocumentGraph(GRAPH, trace("2024-01-05", 1, 2), "trace"));
            Graph changed = trace("2024-01-05", 1, 2);
            replaceAssessment(changed, 1, "2024-02-01", followUp(1));
            store.replacePart(GRAPH, part(changed, Set.of(assessment(1))));
            String accepted = nquads(store);
            assertTrue(accepted.contains("\"2024-02-01\""), accepted);
            Graph wrong = trace("2024-01-05", 1, 2);
            replaceAssessment(wrong, 1, "2024-02-02", sentence(1));
            DocumentRejectedException e = assertThrows(DocumentRejectedException.class,
                    () -> store.replacePart(GRAPH, part(wrong, Set.of(assessment(1)))));
            assertTrue(e.violations().stream().anyMatch(v -> v.toString().contains("lskg:FollowUp")), e.violations().toString());
            assertEquals(accepted, nquads(store));
        }
    }

    /** The triples of {@code graph} whose subject is in {@code subjects}, as a part covering those subjects. */
    private static GraphPart part(Graph graph, Set<Node> subjects) {
        return new GraphPart() {
            @Override
            public void send(Consumer<Triple> sink) {
                graph.find().filterKeep(t -> subjects.contains(t.getSubject())).forEachRemaining(sink);
            }

            @Override
            public Set<Node> subjects() {
                return subjects;
            }
        };
    }

    /** Every triple of {@code graph}, as a part that claims to cover only {@code subjects}. */
    private static GraphPart wholeAs(Graph graph, Set<Node> subjects) {
        return new GraphPart() {
            @Override
            public void send(Consumer<Triple> sink) {
                graph.find().forEachRemaining(sink);
            }

            @Override
            public Set<Node> subjects() {
                return subjects;
            }
        };
    }

    /** A trace graph: for each {@code i}, a follow-up and an assessment as of {@code asOf} derived from it. */
    private static Graph trace(String asOf, int... ids) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(GRAPH, LSKG.sourceFile.asNode(), NodeFactory.createLiteralString("trace"));
        for (int i : ids) {
            Node link = followUp(i);
            g.add(link, RDF.type.asNode(), LSKG.FollowUp.asNode());
            g.add(link, LSKG.ofCommitment.asNode(), COMMITMENT);
            g.add(link, LSKG.evidence.asNode(), sentence(i));
            g.add(link, LSKG.signal.asNode(), LSKG.SIGNAL_LEXICAL_OVERLAP.asNode());
            g.add(link, LSKG.confidence.asNode(), NodeFactory.createLiteralDT("0.61", XSDDatatype.XSDdecimal));
            g.add(link, LSKG.suggestsStatus.asNode(), LSKG.STATUS_IN_PROGRESS.asNode());
            Node a = assessment(i);
            g.add(a, RDF.type.asNode(), LSKG.StatusAssessment.asNode());
            g.add(a, LSKG.ofCommitment.asNode(), COMMITMENT);
            g.add(a, LSKG.status.asNode(), LSKG.STATUS_IN_PROGRESS.asNode());
            g.add(a, LSKG.asOf.asNode(), NodeFactory.createLiteralDT(asOf, XSDDatatype.XSDdate));
            g.add(a, LSKG.reason.asNode(), NodeFactory.createLiteralString("reported in progress"));
            g.add(a, LSKG.PROV_wasDerivedFrom.asNode(), link);
        }
        return g;
    }

    /** Assessment {@code i} of {@code g} made as of {@code asOf} and derived from {@code basis}. */
    private static void replaceAssessment(Graph g, int i, String asOf, Node basis) {
        g.remove(assessment(i), LSKG.asOf.asNode(), Node.ANY);
        g.remove(assessment(i), LSKG.PROV_wasDerivedFrom.asNode(), Node.ANY);
        g.add(assessment(i), LSKG.asOf.asNode(), NodeFactory.createLiteralDT(asOf, XSDDatatype.XSDdate));
        g.add(assessment(i), LSKG.PROV_wasDerivedFrom.asNode(), basis);
    }

    private static Node followUp(int i) {
        return NodeFactory.createURI("https://w3id.org/lskg/id/trace/followup/" + i);
    }

    private static Node assessment(int i) {
        return NodeFactory.createURI("https://w3id.org/lskg/id/trace/status/" + i);
    }

    private static Node sentence(int i) {
        return NodeFactory.createURI("https://w3id.org/lskg/id/doc/y/sentence/" + i);
    }

    private static String nquads(LskgStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(ExportFormat.NQUADS, Optional.empty(), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
