package org.lskg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.lskg.rdf.LSKG;
import org.lskg.rdf.Prefixes;
import org.junit.jupiter.api.Test;

/** The Turtle written while the shapes check a large graph is the Turtle written after them. */
class TurtleAheadTest {

    private static Graph graph(int mentions) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
        for (int i = 0; i < mentions; i++) {
            var m = NodeFactory.createURI(LSKG.ID + "doc/d/mention/" + i);
            g.add(Triple.create(m, LSKG.surfaceForm.asNode(), NodeFactory.createLiteralString("tỉnh Lạng Sơn " + i)));
            g.add(Triple.create(m, LSKG.refersTo.asNode(), NodeFactory.createURI(LSKG.ID + "place/tinh-lang-son")));
        }
        return g;
    }

    private static byte[] afterwards(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(g).format(RDFFormat.TURTLE_PRETTY).output(out);
        return out.toByteArray();
    }

    @Test
    void aLargeGraphWrittenAheadGivesTheSameBytes() {
        Graph large = graph(TurtleAhead.FROM_TRIPLES);
        TurtleAhead ahead = new TurtleAhead();
        assertEquals(List.of(), ahead.writingWhile(g -> List.of()).validate(large));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ahead.write(large, out);
        assertArrayEquals(afterwards(large), out.toByteArray());
    }

    @Test
    void anotherGraphThanTheOneCheckedFirstIsWrittenAnew() {
        Graph first = graph(TurtleAhead.FROM_TRIPLES);
        Graph screened = graph(TurtleAhead.FROM_TRIPLES - 1); // what is left once a fact broke the shapes
        TurtleAhead ahead = new TurtleAhead();
        ahead.writingWhile(g -> List.of()).validate(first);
        ahead.writingWhile(g -> List.of()).validate(screened);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ahead.write(screened, out);
        assertArrayEquals(afterwards(screened), out.toByteArray());
    }
}
