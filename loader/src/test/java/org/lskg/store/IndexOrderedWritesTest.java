package org.lskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lskg.store.Docs.doc;
import static org.lskg.store.Docs.graphName;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.rdf.DocumentGraph;
import org.lskg.rdf.LSKG;

/** The index-ordered write of a transaction's new graphs: the same store as quad-by-quad adds, in one commit. */
class IndexOrderedWritesTest {

    private static final Shapes NO_SHAPES = Docs.shapes("PREFIX sh: <http://www.w3.org/ns/shacl#>\n");

    @TempDir Path dir;

    /** A graph with two forms of one decimal value (TDB2 inlines decimals) and a text literal. */
    private static Graph twoFormsOfOneValue() {
        Node s = Docs.docNode("x");
        Graph g = GraphFactory.createDefaultGraph();
        g.add(s, LSKG.text.asNode(), NodeFactory.createLiteralString("Trường Chinh"));
        g.add(s, LSKG.sourceFile.asNode(), NodeFactory.createLiteralString("x.txt"));
        g.add(s, NodeFactory.createURI(LSKG.ID + "confidence"), NodeFactory.createLiteralDT("0.50", XSDDatatype.XSDdecimal));
        g.add(s, NodeFactory.createURI(LSKG.ID + "confidence"), NodeFactory.createLiteralDT("0.5", XSDDatatype.XSDdecimal));
        return g;
    }

    private static List<Quad> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> Iter.toList(dsg.find())).stream()
                .sorted(java.util.Comparator.comparing(Quad::toString)).toList();
    }

    @Test
    void aTdb2DatabaseGetsTheSameQuadsAsFromQuadByQuadAdds() {
        DatasetGraph sorted = DatabaseMgr.connectDatasetGraph(Location.create(dir.resolve("sorted")));
        DatasetGraph plain = DatabaseMgr.connectDatasetGraph(Location.create(dir.resolve("plain")));
        try {
            Graph g1 = twoFormsOfOneValue();
            Graph g2 = doc("b", "b.txt", "Kế hoạch").graph();
            List<Quad> heard = new ArrayList<>();
            sorted.begin(TxnType.WRITE);
            IndexOrderedWrites writes = IndexOrderedWrites.of(sorted).orElseThrow();
            writes.add(graphName("a"), g1, StoreTextIndex::indexes, (g, s, p, o) -> heard.add(Quad.create(g, s, p, o)));
            writes.add(graphName("b"), g2, StoreTextIndex::indexes, (g, s, p, o) -> heard.add(Quad.create(g, s, p, o)));
            assertTrue(writes.holdsAny(List.of(graphName("b"))));
            assertEquals(0, sorted.stream().count(), "nothing reaches the indexes before the flush");
            writes.flush();
            sorted.commit();
            sorted.end();
            Txn.executeWrite(plain, () -> {
                g1.find().forEachRemaining(t -> plain.add(graphName("a"), t.getSubject(), t.getPredicate(), t.getObject()));
                g2.find().forEachRemaining(t -> plain.add(graphName("b"), t.getSubject(), t.getPredicate(), t.getObject()));
            });

            assertEquals(quads(plain), quads(sorted));
            assertEquals(g1.size() + g2.size(), quads(sorted).size(), "TDB2 keeps 0.50 and 0.5 apart either way");
            // each term's id asked once per document, at its first quad: the node table allocates as quad by quad
            assertEquals(nodeIds(plain), nodeIds(sorted));
            assertEquals(List.of("Trường Chinh", "Kế hoạch"),
                    heard.stream().map(q -> q.getObject().getLiteralLexicalForm()).toList(),
                    "only the literals the text index takes, each once");
        } finally {
            TDBInternal.expel(sorted);
            TDBInternal.expel(plain);
        }
    }

    /** Every term of the store's quads with its node id, in quad order. */
    private static List<String> nodeIds(DatasetGraph dsg) {
        NodeTable nodes = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getNodeTable();
        return Txn.calculateRead(dsg, () -> quads(dsg).stream()
                .flatMap(q -> java.util.stream.Stream.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()))
                .map(n -> n + "=" + nodes.getNodeIdForNode(n)).toList());
    }

    /**
     * The writes' sort order is the B+trees' own: a seed document's keys in every quad index (node ids of
     * IRIs, literals and inlined numbers and dates, whose first byte is 0x80 or more), compared in pairs.
     */
    @Test
    void keysSortAsTheTreesCompareThem() throws Exception {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.resolve("keys")));
        try {
            org.lskg.document.ParsedDocument parsed = org.lskg.document.DocumentParser.create()
                    .parse(org.lskg.testing.Corpus.documents().resolve("001_df7bcefca2f647a1.txt"));
            Graph seed = new org.lskg.rdf.DocumentMapper(org.lskg.rdf.FactMappers.standard()).map(parsed,
                    org.lskg.extract.Extractors.run(org.lskg.extract.Extractors.standard(
                            org.lskg.resolve.EntityResolver.standard()), parsed)).graph();
            Txn.executeWrite(dsg, () -> seed.find().forEachRemaining(t ->
                    dsg.add(graphName("seed"), t.getSubject(), t.getPredicate(), t.getObject())));
            List<Record> keys = new ArrayList<>();
            Txn.executeRead(dsg, () -> {
                for (TupleIndex index : TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable()
                        .getTupleTable().getIndexes()) {
                    ((TupleIndexRecord) index).getRangeIndex().iterator().forEachRemaining(keys::add);
                }
            });
            assertTrue(keys.size() > 10_000, keys.size() + " keys");
            assertTrue(keys.stream().anyMatch(r -> (r.getKey()[0] & 0xFF) >= 0x80), "inlined values among them");
            java.util.Collections.shuffle(keys, new java.util.Random(1));
            for (int i = 1; i < keys.size(); i++) {
                Record a = keys.get(i - 1);
                Record b = keys.get(i);
                assertEquals(Integer.signum(Record.compareByKey(a, b)), Integer.signum(IndexOrderedWrites.KEY_ORDER.compare(a, b)));
            }
            List<Record> jena = new ArrayList<>(keys);
            jena.sort(Record::compareByKey);
            keys.sort(IndexOrderedWrites.KEY_ORDER);
            assertEquals(jena, keys);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void aDocumentReplacedWithinItsBatchLeavesNoQuadAndTheTextIndexInStep() throws Exception {
        Path tdb = dir.resolve("store");
        try (LskgStore store = LskgStore.open(tdb, new ShaclValidator(NO_SHAPES))) {
            try (WriteBatch batch = store.batch()) {
                batch.replace(new DocumentGraph(graphName("x"), twoFormsOfOneValue(), "x.txt"), List.of());
                batch.replace(doc("x", "x.txt", "Lạng Sơn"), List.of()); // the same graph again, in the same batch
                batch.replace(doc("y", "y.txt", "Cao Bằng"), List.of());
                batch.commit();
            }
            String nquads = StoreFixture.query(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
                    ResultFormat.CSV);
            assertEquals(String.valueOf(2 * doc("x", "x.txt", "").graph().size()), nquads.lines().skip(1).findFirst().orElseThrow().trim());
            String found = StoreFixture.query(store, """
                    PREFIX text: <http://jena.apache.org/text#>
                    SELECT ?s { ?s text:query "truong chinh" }""", ResultFormat.CSV);
            assertEquals(1, found.lines().count(), "the first version's text left the index with it: " + found);
        }
        try (LskgStore reopened = LskgStore.open(tdb, new ShaclValidator(NO_SHAPES))) {
            String found = StoreFixture.query(reopened, """
                    PREFIX text: <http://jena.apache.org/text#>
                    SELECT ?s { ?s text:query "lang son" }""", ResultFormat.CSV);
            assertEquals(2, found.lines().count(), found);
        }
    }
}
