package org.lskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.rdf.DocumentGraph;
import org.lskg.rdf.LSKG;

/** The counts read on the indexes are those of the SPARQL a VoID description used to run: on TDB2 and in memory. */
class StoreStatisticsTest {

    private static final Shapes NO_SHAPES = Docs.shapes("PREFIX sh: <http://www.w3.org/ns/shacl#>\n");

    @TempDir Path dir;

    /** The first two columns of a SELECT, as a map in row order. */
    private static Map<Node, Long> counted(DatasetGraph dataset, String query) {
        Map<Node, Long> out = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> QueryExec.dataset(dataset).query(query).select().forEachRemaining(row ->
                out.put(row.get("k"), Long.parseLong(row.get("n").getLiteralLexicalForm()))));
        return out;
    }

    @Test
    void manyGraphsAreEachCountedOnceAndTheirCountsKeptForTheNextReader() throws Exception {
        // graphs whose ids are far apart and side by side, among a store's other node ids
        try (LskgStore store = LskgStore.open(dir.resolve("many"), new ShaclValidator(NO_SHAPES))) {
            for (int i = 0; i < 40; i++) {
                store.replace(Docs.doc("d" + i, String.format("%03d_d.txt", i), "Thông báo số " + i + " ".repeat(i % 3)));
            }
            DatasetGraph dataset = store.dataset();
            Map<Node, Long> expected = counted(dataset,
                    "SELECT ?k (COUNT(*) AS ?n) { GRAPH ?k { ?s ?p ?o } } GROUP BY ?k ORDER BY ?k");
            assertEquals(40, expected.size());
            assertEquals(expected, Txn.calculateRead(dataset, () -> StoreStatistics.triplesByGraph(dataset)));
            GraphFingerprints next = GraphFingerprints.open(dataset);
            Txn.executeRead(dataset, () -> expected.forEach((g, n) ->
                    assertEquals(n, next.triples(dataset, g).orElseThrow(), g.toString())));
            assertEquals(40, next.kept(), "the counts kept by the first reader");
        }
    }

    @Test
    void countsWhatSparqlCounts() throws Exception {
        DocumentGraph a = Docs.doc("a", "000_a.txt", "Quy hoạch tỉnh Lạng Sơn");
        DocumentGraph b = Docs.doc("b", "001_b.txt", "Cửa khẩu Hữu Nghị");
        // the same subject typed in two graphs counts once for its class
        b.graph().add(Docs.docNode("a"), org.apache.jena.vocabulary.RDF.type.asNode(), LSKG.Document.asNode());
        try (LskgStore store = LskgStore.open(dir.resolve("tdb"), new ShaclValidator(NO_SHAPES))) {
            store.replace(a);
            store.replace(b);
            DatasetGraph memory = Docs.inMemory(a, b);
            for (DatasetGraph dataset : new DatasetGraph[] {store.dataset(), memory}) {
                Map<Node, Long> triples = Txn.calculateRead(dataset, () -> StoreStatistics.triplesByGraph(dataset));
                assertEquals(counted(dataset, "SELECT ?k (COUNT(*) AS ?n) { GRAPH ?k { ?s ?p ?o } } GROUP BY ?k ORDER BY ?k"),
                        triples);
                assertEquals(2, triples.size());
                Map<Node, Long> classes = Txn.calculateRead(dataset, () -> StoreStatistics.subjectsByClass(dataset));
                assertEquals(counted(dataset, "SELECT ?k (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?k } } GROUP BY ?k ORDER BY ?k"),
                        classes);
                assertEquals(2L, classes.get(LSKG.Document.asNode()));
                Map<Node, Node> sources = Txn.calculateRead(dataset,
                        () -> StoreStatistics.objectByGraph(dataset, LSKG.sourceFile.asNode()));
                assertEquals("000_a.txt", sources.get(a.graphName()).getLiteralLexicalForm());
                assertEquals("001_b.txt", sources.get(b.graphName()).getLiteralLexicalForm());
            }
        }
    }
}
