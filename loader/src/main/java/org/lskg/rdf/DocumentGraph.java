package org.lskg.rdf;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One source document's graph: its graph name, its triples, and the source file name it came from.
 *
 * <p>The graph must state its own provenance with a triple {@code ?doc lskg:sourceFile "sourceFile"}: that
 * triple is how the store finds the graph again when the same file is re-extracted under a different graph
 * name. The graph is not copied; callers must not change it while the store loads it.
 */
public record DocumentGraph(Node graphName, Graph graph, String sourceFile) {

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
        if (!declaresSourceFile(graph, sourceFile)) {
            throw new IllegalArgumentException(
                    "Graph " + graphName.getURI() + " has no lskg:sourceFile \"" + sourceFile + "\" triple");
        }
    }

    private static boolean declaresSourceFile(Graph graph, String sourceFile) {
        return graph.stream(Node.ANY, LSKG.sourceFile.asNode(), Node.ANY)
                .anyMatch(t -> t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals(sourceFile));
    }
}
