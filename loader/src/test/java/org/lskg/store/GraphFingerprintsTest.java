package org.lskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.rdf.DocumentGraph;
import org.lskg.rdf.LSKG;
import org.lskg.rdf.TripleSource;

/**
 * The graphs' fingerprints kept beside a store: given as kept only while the quad indexes are in the state they were
 * kept under; carried across lskg's own writes without the graphs those wrote; left behind by any other write.
 */
class GraphFingerprintsTest {

    private static final DocumentGraph A = Docs.doc("a", "a.txt", "Thông báo A");
    private static final DocumentGraph B = Docs.doc("b", "b.txt", "Thông báo B");
    private static final DocumentGraph C = Docs.doc("c", "c.txt", "Thông báo C");

    @TempDir Path dir;

    /** Every named graph's fingerprint, through a new reader that then keeps what it read; and that reader. */
    private record Reading(Map<Node, String> fingerprints, GraphFingerprints reader) {}

    private static Reading read(LskgStore store) {
        GraphFingerprints reader = GraphFingerprints.open(store.dataset());
        Map<Node, String> fingerprints = Txn.calculateRead(store.dataset(), () -> store.graphNames().stream()
                .map(NodeFactory::createURI).collect(Collectors.toMap(Function.identity(),
                        g -> reader.of(store.dataset(), g).orElseThrow())));
        reader.keep();
        return new Reading(fingerprints, reader);
    }

    /** What the store's indexes give now, read graph by graph. */
    private static Map<Node, String> fromIndexes(LskgStore store) {
        return Txn.calculateRead(store.dataset(), () -> store.graphNames().stream().map(NodeFactory::createURI)
                .collect(Collectors.toMap(Function.identity(), g -> GraphFingerprint.of(store.dataset(), g).orElseThrow())));
    }

    @Test
    void keptWhileTheIndexesAreAsTheyWereKept() throws Exception {
        try (LskgStore store = LskgStore.open(dir.resolve("tdb"), DocumentValidator.none())) {
            store.replace(A);
            store.replace(B);
            Reading first = read(store);
            assertEquals(2, first.reader().read());
            assertEquals(0, first.reader().kept());
            Reading second = read(store);
            assertEquals(0, second.reader().read());
            assertEquals(2, second.reader().kept());
            assertEquals(fromIndexes(store), second.fingerprints());
        }
    }

    @Test
    void eachGraphsTriplesAreKeptWithItsFingerprint() throws Exception {
        try (LskgStore store = LskgStore.open(dir.resolve("tdb"), DocumentValidator.none())) {
            store.replace(A);
            store.replace(B);
            read(store);
            GraphFingerprints reader = GraphFingerprints.open(store.dataset());
            for (DocumentGraph doc : List.of(A, B)) {
                long triples = Txn.calculateRead(store.dataset(),
                        () -> reader.triples(store.dataset(), doc.graphName()).orElseThrow());
                assertEquals(doc.graph().size(), triples, doc.graphName().toString());
            }
            assertEquals(2, reader.kept());
            assertEquals(0, reader.read());
        }
    }

    @Test
    void lskgsWritesCarryTheOtherGraphsFingerprints() throws Exception {
        try (LskgStore store = LskgStore.open(dir.resolve("tdb"), DocumentValidator.none())) {
            store.replace(A);
            store.replace(B);
            Map<Node, String> before = read(store).fingerprints();
            // a batch that replaces B and adds C: A's fingerprint is carried, B's and C's are read again
            try (WriteBatch batch = store.batch()) {
                batch.replace(Docs.doc("b", "b.txt", "Thông báo B, sửa"), List.of());
                batch.replace(C, List.of());
                batch.commit();
            }
            Reading after = read(store);
            assertEquals(2, after.reader().read());
            assertEquals(1, after.reader().kept());
            assertEquals(fromIndexes(store), after.fingerprints());
            assertEquals(before.get(A.graphName()), after.fingerprints().get(A.graphName()));
            assertNotEquals(before.get(B.graphName()), after.fingerprints().get(B.graphName()));
            // a graph written by difference (a derived graph, as the trace's): the others' carried again
            store.replaceByDifference(derived(), "derived", TripleSource.of(derivedGraph()));
            Reading third = read(store);
            assertEquals(1, third.reader().read());
            assertEquals(3, third.reader().kept());
            assertEquals(fromIndexes(store), third.fingerprints());
        }
    }

    /**
     * A graph lskg writes again by difference or in part (the trace graph, after each build) keeps its fingerprint,
     * made from the one before and the triples the write deleted and added: as its indexes give it, without reading
     * them; and written again as it was, the fingerprint it had.
     */
    @Test
    void aGraphWrittenByDifferenceOrInPartCarriesItsChangedFingerprint() throws Exception {
        try (LskgStore store = LskgStore.open(dir.resolve("tdb"), DocumentValidator.none())) {
            store.replace(A);
            store.replaceByDifference(derived(), "derived", TripleSource.of(derivedGraph()));
            Map<Node, String> first = read(store).fingerprints();
            Graph changed = derivedGraph();
            changed.delete(Docs.docNode("derived"), LSKG.documentNumber.asNode(), NodeFactory.createLiteralString("1"));
            changed.add(Docs.docNode("derived"), LSKG.documentNumber.asNode(), NodeFactory.createLiteralString("2"));
            changed.add(Docs.docNode("derived"), LSKG.issuerText.asNode(), NodeFactory.createLiteralString("UBND"));
            store.replaceByDifference(derived(), "derived", TripleSource.of(changed));
            Reading second = read(store);
            assertEquals(0, second.reader().read());
            assertEquals(2, second.reader().kept());
            assertEquals(fromIndexes(store), second.fingerprints());
            assertNotEquals(first.get(derived()), second.fingerprints().get(derived()));
            GraphFingerprints reader = GraphFingerprints.open(store.dataset());
            assertEquals(3L, Txn.calculateRead(store.dataset(), () -> reader.triples(store.dataset(), derived()))
                    .orElseThrow());
            // the number written back in part: the first graph's fingerprint again, still without reading it
            store.replacePart(derived(), new org.lskg.rdf.GraphPart() {
                @Override
                public void send(java.util.function.Consumer<org.apache.jena.graph.Triple> sink) {
                    derivedGraph().find().forEach(sink);
                }

                @Override
                public java.util.Set<Node> subjects() {
                    return java.util.Set.of(Docs.docNode("derived"));
                }
            });
            Reading third = read(store);
            assertEquals(0, third.reader().read());
            assertEquals(fromIndexes(store), third.fingerprints());
            assertEquals(first, third.fingerprints());
        }
    }

    private static Node derived() {
        return Docs.graphName("derived");
    }

    /** A graph without indexed text, as the trace graph: a source file and a number. */
    private static Graph derivedGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Docs.docNode("derived"), LSKG.sourceFile.asNode(), NodeFactory.createLiteralString("derived"));
        g.add(Docs.docNode("derived"), LSKG.documentNumber.asNode(), NodeFactory.createLiteralString("1"));
        return g;
    }

    @Test
    void anyOtherWriteLeavesThemBehind() throws Exception {
        try (LskgStore store = LskgStore.open(dir.resolve("tdb"), DocumentValidator.none())) {
            store.replace(A);
            store.replace(B);
            Map<Node, String> before = read(store).fingerprints();
            // as SPARQL Update through the server would: straight into the dataset, a triple more in B
            Txn.executeWrite(store.dataset(), () -> store.dataset().add(B.graphName(), Docs.docNode("b"),
                    LSKG.documentNumber.asNode(), NodeFactory.createLiteralString("2/TB-VPCP")));
            Reading after = read(store);
            assertEquals(2, after.reader().read());
            assertEquals(0, after.reader().kept());
            assertNotEquals(before.get(B.graphName()), after.fingerprints().get(B.graphName()));
            assertEquals(fromIndexes(store), after.fingerprints());
        }
    }
}
