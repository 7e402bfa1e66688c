package org.lskg.store;

import org.lskg.rdf.DocumentGraph;
import static org.apache.jena.graph.NodeFactory.createLiteralLang;
import static org.apache.jena.graph.NodeFactory.createLiteralString;
import static org.apache.jena.graph.NodeFactory.createURI;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.lskg.rdf.LSKG;

/** Small document graphs for the store tests, shaped like the mapper's output. */
final class Docs {
    private Docs() {}

    static Node graphName(String id) {
        return createURI(LSKG.ID + "graph/" + id);
    }

    static Node docNode(String id) {
        return createURI(LSKG.ID + "doc/" + id);
    }

    /** A document with a type, its source file, a Vietnamese title and a number. */
    static DocumentGraph doc(String id, String sourceFile, String title) {
        Node doc = docNode(id);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(doc, RDF.type.asNode(), LSKG.Document.asNode());
        g.add(doc, LSKG.sourceFile.asNode(), createLiteralString(sourceFile));
        g.add(doc, LSKG.DCT_title.asNode(), createLiteralLang(title, "vi"));
        g.add(doc, LSKG.documentNumber.asNode(), createLiteralString(id + "/TB-VPCP"));
        return new DocumentGraph(graphName(id), g, sourceFile);
    }

    /** Shapes written inline in a test. */
    static Shapes shapes(String turtle) {
        return Shapes.parse(RDFParser.fromString(turtle, Lang.TURTLE).toGraph());
    }

    /**
     * A transactional in-memory dataset holding {@code docs}, one named graph each, whose default graph is the
     * union of them, as a store's is: the same content as a store they were loaded into.
     */
    static DatasetGraph inMemory(DocumentGraph... docs) {
        DatasetGraph memory = DatasetGraphFactory.createTxnMem();
        memory.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(memory, () -> {
            for (DocumentGraph d : docs) {
                d.graph().find().forEachRemaining(t -> memory.add(d.graphName(), t.getSubject(), t.getPredicate(),
                        t.getObject()));
            }
        });
        return memory;
    }
}
