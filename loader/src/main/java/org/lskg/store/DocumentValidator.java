package org.lskg.store;

import java.util.List;
import org.apache.jena.graph.Graph;

/**
 * Checks one document graph before it enters the store. Implementations must not modify the graph and must
 * be safe to call from several threads. They may read the graph on threads of their own ({@link ShaclValidator}
 * does for a large one), so a caller hands them a graph any thread can read: in memory, not a view of the store
 * inside the caller's transaction ({@link LskgStore#validate()} copies each stored graph for that reason).
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
