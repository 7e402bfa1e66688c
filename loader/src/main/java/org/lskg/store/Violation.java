package org.lskg.store;

import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.util.FmtUtils;
import org.lskg.rdf.Prefixes;

/**
 * One validation result: the node that failed, the property path checked (empty when the constraint is on
 * the node itself), a human-readable message and its severity.
 */
public record Violation(Node focusNode, String path, String message, Severity severity) {

    /** SHACL's three severities. Only {@link #VIOLATION} stops a document from being loaded. */
    public enum Severity { INFO, WARNING, VIOLATION }

    public Violation {
        Objects.requireNonNull(focusNode, "focusNode");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /** True if this result makes the graph unacceptable. */
    public boolean isViolation() {
        return severity == Severity.VIOLATION;
    }

    /** For example {@code VIOLATION id:doc/x lskg:sourceFile: MinCount[1]: Invalid cardinality: ...}. */
    @Override
    public String toString() {
        String node = FmtUtils.stringForNode(focusNode, Prefixes.STANDARD);
        return severity + " " + node + (path.isEmpty() ? "" : " " + path) + ": " + message;
    }
}
