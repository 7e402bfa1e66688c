package org.lskg.store;

import org.lskg.rdf.DocumentGraph;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;

/**
 * What {@link LskgStore#replace(DocumentGraph)} did.
 *
 * @param graphName      the graph now holding the document
 * @param triplesAdded   how many triples that graph has
 * @param replacedGraphs the graphs removed to make room: the graph of the same name and any other graph
 *                       from the same source file, in IRI order; empty for a first load
 * @param warnings       validation results below {@link Violation.Severity#VIOLATION}, which do not block loading
 */
public record LoadOutcome(Node graphName, long triplesAdded, List<Node> replacedGraphs, List<Violation> warnings) {

    public LoadOutcome {
        Objects.requireNonNull(graphName, "graphName");
        replacedGraphs = List.copyOf(replacedGraphs);
        warnings = List.copyOf(warnings);
    }

    /** True if the document (or an earlier extraction of its source file) was already in the store. */
    public boolean replacedPrevious() {
        return !replacedGraphs.isEmpty();
    }
}
