package org.lskg.rdf;

import org.lskg.rdf.DocumentGraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class DocumentGraphTest {

    @Test
    void theGraphMustDeclareItsSourceFile() {
        DocumentGraph doc = Docs.doc("a", "000_a.txt", "Hà Nội");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DocumentGraph(doc.graphName(), doc.graph(), "001_b.txt"));

        assertEquals("Graph https://w3id.org/lskg/id/graph/a has no lskg:sourceFile \"001_b.txt\" triple",
                e.getMessage());
    }

    @Test
    void theGraphNameMustBeAnIri() {
        DocumentGraph doc = Docs.doc("a", "000_a.txt", "Hà Nội");
        assertThrows(IllegalArgumentException.class,
                () -> new DocumentGraph(NodeFactory.createBlankNode(), doc.graph(), "000_a.txt"));
    }
}
