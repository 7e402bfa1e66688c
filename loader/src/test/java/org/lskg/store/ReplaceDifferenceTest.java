package org.lskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.rdf.DocumentGraph;
import org.lskg.rdf.LSKG;

/** {@link LskgStore#replaceDifference}: the stored graph ends equal to the new one, whatever it held before. */
class ReplaceDifferenceTest {
    private static final Node NAME = NodeFactory.createURI("https://w3id.org/lskg/graph/trace");
    private static final Node STATUS = NodeFactory.createURI("https://w3id.org/lskg/id/trace/status/1");
    private static final Node AS_OF = NodeFactory.createURI("https://w3id.org/lskg/ontology#asOf");

    @TempDir Path dir;

    @Test
    void theStoredGraphBecomesTheNewOneAndTheOtherGraphsStay() throws Exception {
        try (LskgStore store = LskgStore.open(dir.resolve("tdb"), DocumentValidator.none())) {
            Node other = NodeFactory.createURI("https://w3id.org/lskg/graph/doc/x");
            store.replace(new DocumentGraph(other, graph("x.txt", "2024-01-01"), "x.txt"));
            LoadOutcome first = store.replaceDifference(new DocumentGraph(NAME, graph("trace", "2024-01-01", "2024-02-01"), "trace"));
            assertEquals(List.of(), first.replacedGraphs(), "nothing to replace in a new store");
            LoadOutcome second = store.replaceDifference(new DocumentGraph(NAME, graph("trace", "2024-02-01", "2024-03-01"), "trace"));
            assertEquals(List.of(NAME), second.replacedGraphs());
            assertEquals(Set.of("2024-02-01", "2024-03-01"), dates(store, NAME));
            assertEquals(Set.of("2024-01-01"), dates(store, other), "another graph with the same triple keeps it");
        }
    }

    @Test
    void aGraphThatBreaksTheShapesLeavesTheStoredOne() throws Exception {
        try (LskgStore store = LskgStore.open(dir.resolve("tdb"),
                g -> g.size() > 3 ? List.of(new Violation(STATUS, "asOf", "too big", Violation.Severity.VIOLATION)) : List.of())) {
            store.replaceDifference(new DocumentGraph(NAME, graph("trace", "2024-01-01"), "trace"));
            assertThrows(DocumentRejectedException.class, () -> store.replaceDifference(
                    new DocumentGraph(NAME, graph("trace", "2024-02-01", "2024-03-01", "2024-04-01"), "trace")));
            assertEquals(Set.of("2024-01-01"), dates(store, NAME));
        }
    }

    /** A graph naming its source, with one asOf triple per date. */
    private static Graph graph(String source, String... dates) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NAME, LSKG.sourceFile.asNode(), NodeFactory.createLiteralString(source)));
        for (String d : dates) {
            g.add(Triple.create(STATUS, AS_OF, NodeFactory.createLiteralString(d)));
        }
        return g;
    }

    private static Set<String> dates(LskgStore store, Node graph) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(graph).find(STATUS, AS_OF, Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toSet().stream().collect(Collectors.toSet()));
    }
}
