package org.lskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lskg.store.Docs.doc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.lskg.rdf.DocumentGraph;
import org.lskg.rdf.LSKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-text index: diacritic-free queries, and the index kept in step with replace, reopen and rebuild. */
class StoreTextIndexTest {

    private static final Shapes NO_SHAPES = Docs.shapes("PREFIX sh: <http://www.w3.org/ns/shacl#>\n");

    @TempDir Path dir;

    private LskgStore open() {
        return LskgStore.open(dir.resolve("tdb"), new ShaclValidator(NO_SHAPES));
    }

    /** The subjects {@code text:query} finds for {@code words}, sorted. */
    private static List<String> search(LskgStore store, String words) {
        String csv = StoreFixture.query(store, """
                PREFIX text: <http://jena.apache.org/text#>
                SELECT DISTINCT ?s { ?s text:query "%s" } ORDER BY ?s
                """.formatted(words), ResultFormat.CSV);
        return csv.lines().skip(1).map(line -> line.replace(Docs.docNode("").getURI(), "")).toList();
    }

    @Test
    void findsTitlesWithoutTheirDiacritics() throws Exception {
        try (LskgStore store = open()) {
            store.replace(doc("a", "000_a.txt", "Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030"));
            store.replace(doc("b", "001_b.txt", "Đường cao tốc Đồng Đăng - Trà Lĩnh"));
            assertEquals(List.of("a"), search(store, "quy hoach tinh"));
            assertEquals(List.of("a"), search(store, "Quy hoạch tỉnh"));
            assertEquals(List.of("b"), search(store, "duong cao toc dong dang"));
            assertEquals(List.of("b"), search(store, "tra linh"));
            // a tone mark typed as a combining character (NFD) folds like the precomposed letter
            assertEquals(List.of("a"), search(store, "Quy hoa\u0323ch"));
        }
    }

    @Test
    void replaceKeepsTheIndexInStep() throws Exception {
        try (LskgStore store = open()) {
            store.replace(doc("a", "000_a.txt", "Quy hoạch tỉnh Lạng Sơn"));
            store.replace(doc("a", "000_a.txt", "Cửa khẩu Hữu Nghị"));
            assertEquals(List.of(), search(store, "quy hoach"));
            assertEquals(List.of("a"), search(store, "huu nghi"));
            // the same file loaded again under another graph name replaces the old graph, index included
            store.replace(doc("a2", "000_a.txt", "Cửa khẩu Chi Ma"));
            assertEquals(List.of(), search(store, "huu nghi"));
            assertEquals(List.of("a2"), search(store, "chi ma"));
        }
    }

    /**
     * TDB2 reads an inlined decimal back in a form it cannot look up again ("0.80" comes back as "0.8"), so a
     * graph must be removed whole, not quad by quad, or such values survive a replace (as the follow-ups'
     * confidences of the trace graph did).
     */
    @Test
    void replaceRemovesEveryQuadOfTheOldVersion() throws Exception {
        try (LskgStore store = open()) {
            DocumentGraph first = doc("a", "000_a.txt", "Quy hoạch tỉnh Lạng Sơn");
            first.graph().add(Docs.docNode("a"), LSKG.confidence.asNode(),
                    NodeFactory.createLiteralDT("0.80", XSDDatatype.XSDdecimal));
            store.replace(first);
            store.replace(doc("a", "000_a.txt", "Quy hoạch tỉnh Lạng Sơn"));
            String nquads = StoreFixture.nquads(store);
            assertFalse(nquads.contains("confidence"), nquads);
            assertEquals(List.of("a"), search(store, "lang son"));
        }
    }

    @Test
    void survivesReopeningAndRebuildsWhenMissing() throws Exception {
        try (LskgStore store = open()) {
            store.replace(doc("a", "000_a.txt", "Quy hoạch tỉnh Lạng Sơn"));
        }
        try (LskgStore store = open()) {
            assertEquals(List.of("a"), search(store, "lang son"));
        }
        Path index = dir.resolve("tdb").resolve(StoreTextIndex.DIRECTORY);
        assertTrue(Files.isDirectory(index));
        try (Stream<Path> files = Files.walk(index)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        try (LskgStore store = open()) {
            assertEquals(List.of("a"), search(store, "lang son"));
        }
    }

    @Test
    void analyzerFoldsEveryVietnameseVowelAndD() throws Exception {
        try (LskgStore store = open()) {
            store.replace(doc("a", "000_a.txt", "ĐẨY MẠNH ứng dụng công nghệ thông tin, chuyển đổi số"));
            assertEquals(List.of("a"), search(store, "day manh ung dung cong nghe thong tin chuyen doi so"));
        }
    }

    /**
     * A read that ends in an abort (Fuseki and {@code Txn} abort a read whose query failed or timed out) must not
     * roll back the index: jena-text's TDB2 component would roll back the shared Lucene writer, and with it the
     * pending changes of a write running at the same time.
     */
    @Test
    void anAbortedReadLeavesAConcurrentWriteIndexed() throws Exception {
        try (LskgStore store = open()) {
            DatasetGraph ds = store.dataset();
            Node graph = Docs.docNode("w");
            ds.begin(TxnType.WRITE);
            try {
                ds.add(graph, graph, StoreTextIndex.PREDICATES.get(0), NodeFactory.createLiteralString("Cửa khẩu Tân Thanh"));
                Thread reader = new Thread(() -> {
                    ds.begin(TxnType.READ);
                    ds.abort();
                    ds.end();
                });
                reader.start();
                reader.join();
                ds.commit();
            } finally {
                ds.end();
            }
            assertEquals(List.of("w"), search(store, "tan thanh"));
        }
    }

    /** Whether the in-step record of the closed store in {@code tdb} matches the database and index on disk. */
    private static boolean recordHolds(Path tdb) throws Exception {
        DatasetGraph db = DatabaseMgr.connectDatasetGraph(Location.create(tdb));
        try (Directory index = FSDirectory.open(tdb.resolve(StoreTextIndex.DIRECTORY))) {
            return TextIndexInStep.holds(tdb.resolve(StoreTextIndex.DIRECTORY), db, index);
        } finally {
            TDBInternal.expel(db);
        }
    }

    /** Each write through the store leaves a record that the next opening trusts instead of counting literals. */
    @Test
    void aWriteThroughTheStoreRecordsThatTheIndexIsInStep() throws Exception {
        Path tdb = dir.resolve("tdb");
        try (LskgStore store = open()) {
            store.replace(doc("a", "000_a.txt", "Quy hoạch tỉnh Lạng Sơn"));
            store.replace(doc("b", "001_b.txt", "Cửa khẩu Hữu Nghị"));
        }
        assertTrue(recordHolds(tdb));
        try (LskgStore store = open()) {
            assertEquals(List.of("a"), search(store, "lang son"));
            store.compact(); // a new generation of the database, the same content
        }
        assertTrue(recordHolds(tdb));
        try (LskgStore store = open()) {
            assertEquals(List.of("b"), search(store, "huu nghi"));
        }
    }

    /**
     * A write that bypassed the index (another program on the database, or a crash between TDB2's commit and
     * Lucene's) changes the database's state on disk: the record no longer matches, and the index is rebuilt.
     */
    @Test
    void aWriteThatBypassedTheIndexIsNoticedOnOpening() throws Exception {
        Path tdb = dir.resolve("tdb");
        try (LskgStore store = open()) {
            store.replace(doc("a", "000_a.txt", "Quy hoạch tỉnh Lạng Sơn"));
        }
        DatasetGraph db = DatabaseMgr.connectDatasetGraph(Location.create(tdb));
        try {
            Node graph = Docs.docNode("w");
            Txn.executeWrite(db, () -> db.add(graph, graph, StoreTextIndex.PREDICATES.get(0),
                    NodeFactory.createLiteralString("Cửa khẩu Tân Thanh")));
        } finally {
            TDBInternal.expel(db);
        }
        assertFalse(recordHolds(tdb));
        try (LskgStore store = open()) {
            assertEquals(List.of("w"), search(store, "tan thanh"));
            assertEquals(List.of("a"), search(store, "lang son"));
        }
        assertTrue(recordHolds(tdb));
    }

    /**
     * An index written before hits were read from doc values is rebuilt on opening, even with a record that it is in
     * step: here jena-text's own index of another literal, recorded as in step, would otherwise be searched.
     */
    @Test
    void anIndexWithoutDocValuesIsRebuiltOnOpening() throws Exception {
        Path tdb = dir.resolve("tdb");
        try (LskgStore store = open()) {
            store.replace(doc("a", "000_a.txt", "Quy hoạch tỉnh Lạng Sơn"));
        }
        Path indexDir = tdb.resolve(StoreTextIndex.DIRECTORY);
        try (Stream<Path> files = Files.walk(indexDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        DatasetGraph db = DatabaseMgr.connectDatasetGraph(Location.create(tdb));
        try (Directory directory = FSDirectory.open(indexDir)) {
            TextIndexLucene older = new TextIndexLucene(directory, StoreTextIndex.config());
            Node graph = Docs.docNode("w");
            older.addEntity(TextQueryFuncs.entityFromQuad(older.getDocDef(), Quad.create(graph, graph,
                    StoreTextIndex.PREDICATES.get(0), NodeFactory.createLiteralString("Cửa khẩu Tân Thanh"))));
            older.commit();
            older.close();
            TextIndexInStep.record(indexDir, db, directory);
        } finally {
            TDBInternal.expel(db);
        }
        assertTrue(recordHolds(tdb));
        try (LskgStore store = open()) {
            assertEquals(List.of("a"), search(store, "lang son"));
            assertEquals(List.of(), search(store, "tan thanh"));
        }
    }
}
