package org.lskg.store;

import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;

/**
 * What {@link LskgStore#replacePart} did.
 *
 * @param graphName the graph written
 * @param triples   how many triples the part gave (its subjects' new triples)
 * @param deleted   how many quads it deleted
 * @param added     how many quads it added
 * @param warnings  validation results below {@link Violation.Severity#VIOLATION}, which do not block writing
 */
public record PartOutcome(Node graphName, int triples, int deleted, int added, List<Violation> warnings) {

    public PartOutcome {
        Objects.requireNonNull(graphName, "graphName");
        warnings = List.copyOf(warnings);
    }
}
