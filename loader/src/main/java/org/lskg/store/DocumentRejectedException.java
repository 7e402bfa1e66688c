package org.lskg.store;

import org.lskg.rdf.DocumentGraph;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;

/** A document graph failed validation and was not loaded; the store is unchanged. */
public class DocumentRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Node graphName;
    private final String sourceFile;
    private final transient List<Violation> violations;

    public DocumentRejectedException(Node graphName, String sourceFile, List<Violation> violations) {
        super(message(graphName, sourceFile, violations));
        this.graphName = Objects.requireNonNull(graphName, "graphName");
        this.sourceFile = Objects.requireNonNull(sourceFile, "sourceFile");
        this.violations = List.copyOf(violations);
    }

    /**
     * The warnings among {@code results} (what {@code doc}'s validation gave), those below
     * {@link Violation.Severity#VIOLATION}, which do not block loading.
     *
     * @throws DocumentRejectedException if {@code results} holds a VIOLATION
     */
    static List<Violation> warningsOrReject(DocumentGraph doc, List<Violation> results)
            throws DocumentRejectedException {
        return warningsOrReject(doc.graphName(), doc.sourceFile(), results);
    }

    /** As {@link #warningsOrReject(DocumentGraph, List)}, for the graph {@code graphName} of {@code sourceFile}. */
    static List<Violation> warningsOrReject(Node graphName, String sourceFile, List<Violation> results)
            throws DocumentRejectedException {
        List<Violation> violations = results.stream().filter(Violation::isViolation).toList();
        if (!violations.isEmpty()) {
            throw new DocumentRejectedException(graphName, sourceFile, violations);
        }
        return results.stream().filter(v -> !v.isViolation()).toList();
    }

    public Node graphName() {
        return graphName;
    }

    public String sourceFile() {
        return sourceFile;
    }

    /** The results that caused the rejection; never empty. */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(Node graphName, String sourceFile, List<Violation> violations) {
        return violations.stream()
                .map(v -> "  " + v)
                .collect(Collectors.joining("\n",
                        sourceFile + " (" + graphName.getURI() + ") rejected, " + violations.size()
                                + " violation(s):\n", ""));
    }
}
