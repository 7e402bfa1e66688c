package org.lskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.rdf.DocumentGraph;
import org.lskg.rdf.LSKG;

/** A graph read as ids gives, once decoded, the quads that finding them by term gives: on TDB2 and in memory. */
class GraphIdScanTest {

    private static final Shapes NO_SHAPES = Docs.shapes("PREFIX sh: <http://www.w3.org/ns/shacl#>\n");

    @TempDir Path dir;

    /** "subject object" of each quad of {@code predicate} (and {@code object}, unless ANY), sorted. */
    private static Set<String> decoded(DatasetGraph dataset, Node graph, Node predicate, Node object) {
        return Txn.calculateRead(dataset, () -> {
            GraphIdScan scan = GraphIdScan.of(dataset, graph);
            Set<String> out = new TreeSet<>();
            if (object == Node.ANY) {
                scan.pairs(predicate, (s, o) -> out.add(scan.node(s) + " " + scan.node(o)));
            } else {
                scan.subjects(predicate, object).forEach(s -> out.add(scan.node(s) + " " + object));
            }
            return out;
        });
    }

    private static Set<String> found(DatasetGraph dataset, Node graph, Node predicate, Node object) {
        return Txn.calculateRead(dataset, () -> dataset.stream(graph, Node.ANY, predicate, object)
                .map(q -> q.getSubject() + " " + q.getObject()).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void givesWhatFindingByTermGives() throws Exception {
        DocumentGraph a = Docs.doc("a", "000_a.txt", "Quy hoạch tỉnh Lạng Sơn");
        DocumentGraph b = Docs.doc("b", "001_b.txt", "Cửa khẩu Hữu Nghị");
        Node decimal = NodeFactory.createLiteralDT("0.80", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal);
        a.graph().add(Docs.docNode("a"), LSKG.confidence.asNode(), decimal); // an inline literal
        try (LskgStore store = LskgStore.open(dir.resolve("tdb"), new ShaclValidator(NO_SHAPES))) {
            store.replace(a);
            store.replace(b);
            DatasetGraph memory = Docs.inMemory(a, b);
            for (DatasetGraph dataset : new DatasetGraph[] {store.dataset(), memory}) {
                Node type = RDF.type.asNode();
                Set<String> typed = decoded(dataset, a.graphName(), type, LSKG.Document.asNode());
                assertEquals(found(dataset, a.graphName(), type, LSKG.Document.asNode()), typed);
                assertEquals(1, typed.size());
                Set<String> titles = decoded(dataset, a.graphName(), LSKG.DCT_title.asNode(), Node.ANY);
                assertEquals(found(dataset, a.graphName(), LSKG.DCT_title.asNode(), Node.ANY), titles);
                assertTrue(titles.iterator().next().contains("Lạng Sơn"), titles.toString());
                assertEquals(found(dataset, a.graphName(), LSKG.confidence.asNode(), Node.ANY),
                        decoded(dataset, a.graphName(), LSKG.confidence.asNode(), Node.ANY));
                // a predicate the graph lacks, and a graph the store lacks
                assertEquals(Set.of(), decoded(dataset, b.graphName(), LSKG.confidence.asNode(), Node.ANY));
                assertEquals(Set.of(), decoded(dataset, Docs.graphName("none"), type, Node.ANY));
            }
        }
    }
}
