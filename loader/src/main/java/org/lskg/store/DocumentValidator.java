package org.lskg.store;

import java.util.List;
import org.apache.jena.graph.Graph;

/**
 * Checks one document graph before it enters the store. Implementations must not modify the graph and must
 * be safe to call from several threads.
 */
@FunctionalInterface
public interface DocumentValidator {

    /** The results for {@code graph}, of any severity; empty if it conforms. */
    List<Violation> validate(Graph graph);

    /** A validator that accepts every graph. */
    static DocumentValidator none() {
        return graph -> List.of();
    }
}
