package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.rdf.LSKG;
import org.lskg.store.GraphFingerprint;
import org.lskg.store.LskgStore;

/**
 * The document graphs' scans kept on disk give, row for row and in order, what scanning the store gives, and are
 * never used for a graph that changed since.
 */
class GraphScanCacheTest {

    @TempDir Path dir;
    private LskgStore store;
    private DatasetGraph dataset;

    @BeforeEach
    void build() {
        store = SeedStore.build(dir); // its trace scans every document graph and keeps the scans
        dataset = store.dataset();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path cacheDir() {
        return GraphFingerprint.derivedDirectory(dataset, GraphScanCache.NAME).orElseThrow();
    }

    private List<Node> graphs() {
        return Txn.calculateRead(dataset, () -> DocumentGraphScan.graphs(dataset));
    }

    private Map<String, Rows> scanned(Optional<GraphScanCache> cache) {
        return Txn.calculateRead(dataset, () -> DocumentGraphScan.scan(dataset, graphs(), cache));
    }

    private static void assertSameRows(Map<String, Rows> expected, Map<String, Rows> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((input, rows) -> {
            assertEquals(rows.vars(), actual.get(input).vars(), input);
            assertEquals(rows.values().size(), actual.get(input).values().size(), input);
            for (int i = 0; i < rows.values().size(); i++) {
                assertArrayEquals(rows.values().get(i), actual.get(input).values().get(i), input + " row " + i);
            }
        });
    }

    @Test
    void theBuildKeepsEveryGraphsScanAndTheyGiveWhatTheStoreGives() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir())) {
            assertEquals(graphs().size(), files.count()); // 5 seeds, the ontology and the gazetteer
        }
        assertEquals(7, graphs().size());
        GraphScanCache cache = GraphScanCache.of(dataset).orElseThrow();
        Map<String, Rows> kept = scanned(Optional.of(cache));
        assertEquals(7, cache.hits());
        assertEquals(0, cache.misses());
        assertSameRows(scanned(Optional.empty()), kept);
        assertEquals(663, kept.get(DocumentGraphScan.SENTENCES).values().size());
    }

    @Test
    void aGraphThatChangedIsScannedAgain() {
        Node graph = graphs().stream().filter(g -> g.getURI().contains("/doc/")).findFirst().orElseThrow();
        Node sentence = Txn.calculateRead(dataset, () -> dataset.find(graph, Node.ANY, LSKG.NIF_anchorOf.asNode(),
                Node.ANY).next().getSubject());
        Txn.executeWrite(dataset, () -> dataset.add(new Quad(graph, sentence, LSKG.NIF_anchorOf.asNode(),
                NodeFactory.createLiteralString("Một câu khác."))));
        GraphScanCache cache = GraphScanCache.of(dataset).orElseThrow();
        Map<String, Rows> kept = scanned(Optional.of(cache));
        assertEquals(6, cache.hits());
        assertEquals(1, cache.misses());
        assertSameRows(scanned(Optional.empty()), kept);
        assertTrue(kept.get(DocumentGraphScan.SENTENCES).values().stream().anyMatch(r -> "Một câu khác.".equals(r[4])));
        // and its new scan was kept in place of the old
        GraphScanCache again = GraphScanCache.of(dataset).orElseThrow();
        scanned(Optional.of(again));
        assertEquals(7, again.hits());
    }

    @Test
    void anUnreadableFileIsAMissAndIsWrittenAgain() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir())) {
            for (Path f : files.toList()) {
                byte[] bytes = Files.readAllBytes(f);
                Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            }
        }
        GraphScanCache cache = GraphScanCache.of(dataset).orElseThrow();
        assertSameRows(scanned(Optional.empty()), scanned(Optional.of(cache)));
        assertEquals(7, cache.misses());
        GraphScanCache again = GraphScanCache.of(dataset).orElseThrow();
        scanned(Optional.of(again));
        assertEquals(7, again.hits());
    }

    @Test
    void theStoresSizeOnDiskLeavesTheScansOut() throws IOException {
        long withScans = store.diskBytes();
        try (Stream<Path> files = Files.list(cacheDir())) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        assertEquals(withScans, store.diskBytes());
    }

    @Test
    void theScansOfRemovedGraphsAreDeleted() throws IOException {
        Node graph = graphs().stream().filter(g -> g.getURI().contains("/doc/")).findFirst().orElseThrow();
        Txn.executeWrite(dataset, () -> dataset.removeGraph(graph));
        GraphScanCache cache = GraphScanCache.of(dataset).orElseThrow();
        cache.retainOnly(graphs());
        try (Stream<Path> files = Files.list(cacheDir())) {
            assertEquals(6, files.count());
        }
        assertFalse(graphs().contains(graph));
    }
}
