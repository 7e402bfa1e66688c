package org.lskg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentGraphTest {

    private static final Node NAME = NodeFactory.createURI(Iris.GRAPH + "doc/a");

    private static Graph declaring(String sourceFile) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI(LSKG.ID + "doc/a"), LSKG.sourceFile.asNode(), NodeFactory.createLiteralString(sourceFile));
        return g;
    }

    @Test
    void theGraphMustDeclareItsSourceFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DocumentGraph(NAME, declaring("000_a.txt"), "001_b.txt"));
        assertEquals("Graph https://w3id.org/lskg/graph/doc/a has no lskg:sourceFile \"001_b.txt\" triple",
                e.getMessage());
    }

    @Test
    void theGraphNameMustBeAnIri() {
        assertThrows(IllegalArgumentException.class,
                () -> new DocumentGraph(NodeFactory.createBlankNode(), declaring("000_a.txt"), "000_a.txt"));
    }
}
