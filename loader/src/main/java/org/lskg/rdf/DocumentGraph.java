package org.lskg.rdf;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * One source document's graph: its graph name, its triples, and the source file name it came from.
 *
 * <p>The graph must state its own provenance with a triple {@code ?doc lskg:sourceFile "sourceFile"}: that
 * triple is how the store finds the graph again when the same file is re-extracted under a different graph
 * name. The graph is not copied; callers must not change it while the store loads it.
 */
public record DocumentGraph(Node graphName, Graph graph, String sourceFile) {

    /**
     * The most triples one document's graph may have: 200,000. A document is refused with one line when its
     * graph would pass it, counted while the document is read ({@link DocumentMapper#leastTriples}) and again
     * as it is mapped. Memory and time grow with the graph, which depends on how densely a text names things,
     * not on its length: 2 MB of one repeated task clause make 737,000 triples (2.7 GB and 48 s to build alone).
     * Why this value: a graph in memory takes some 200 bytes a triple, 280 with its parsed text and facts
     * (measured on 28,800, 128,000 and 737,000 triples), so a document at the limit holds about 56 MB while it
     * is in flight; {@code lskg build} holds up to two documents a core prepared ahead and 16 in its write batch,
     * 24 on four cores, 1.3 GB if all were at the limit, within the 2 GB heap a 10,000-document build is given.
     * The largest real documents seen make 37,220 triples (Bộ luật Lao động, consolidated, 04/VBHN-BYT), 36,878
     * and 34,571: over five times below it. 2 MiB of real task sentences on one line make 128,000, and load.
     */
    public static final int MAX_TRIPLES = 200_000;

    public DocumentGraph {
        Objects.requireNonNull(graphName, "graphName");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(sourceFile, "sourceFile");
        if (!graphName.isURI()) {
            throw new IllegalArgumentException("Graph name must be an IRI: " + graphName);
        }
        if (sourceFile.isBlank()) {
            throw new IllegalArgumentException("Source file name is blank");
        }
        if (graph.stream(Node.ANY, LSKG.sourceFile.asNode(), Node.ANY).noneMatch(t -> statesSourceFile(t, sourceFile))) {
            throw noSourceFile(graphName, sourceFile);
        }
    }

    /** Whether {@code t} is the triple by which a graph states its source file: {@code ?doc lskg:sourceFile "sourceFile"}. */
    public static boolean statesSourceFile(Triple t, String sourceFile) {
        return t.getPredicate().equals(LSKG.sourceFile.asNode()) && t.getObject().isLiteral()
                && t.getObject().getLiteralLexicalForm().equals(sourceFile);
    }

    /** The error for the graph {@code graphName} whose triples do not state {@code sourceFile}. */
    public static IllegalArgumentException noSourceFile(Node graphName, String sourceFile) {
        return new IllegalArgumentException(
                "Graph " + graphName.getURI() + " has no lskg:sourceFile \"" + sourceFile + "\" triple");
    }
}
