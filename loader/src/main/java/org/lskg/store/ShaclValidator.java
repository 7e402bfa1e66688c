package org.lskg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.lskg.rdf.Prefixes;

/** Validates document graphs against SHACL shapes. Immutable and thread-safe. */
public final class ShaclValidator implements DocumentValidator {

    /** Where the build puts {@code ontology/shapes.ttl} (see the resources of loader/pom.xml). */
    public static final String SHAPES_RESOURCE = "org/lskg/ontology/shapes.ttl";

    private final Shapes shapes;

    public ShaclValidator(Shapes shapes) {
        this.shapes = Objects.requireNonNull(shapes, "shapes");
    }

    /**
     * The validator for the lskg shapes shipped in the jar.
     *
     * @throws IllegalStateException if the shapes are not on the classpath (a packaging error)
     */
    public static ShaclValidator fromClasspath() {
        try (InputStream in = ShaclValidator.class.getClassLoader().getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("SHACL shapes not found on the classpath: " + SHAPES_RESOURCE);
            }
            Graph graph = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
            return new ShaclValidator(Shapes.parse(graph));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SHAPES_RESOURCE, e);
        }
    }

    @Override
    public List<Violation> validate(Graph graph) {
        return org.apache.jena.shacl.ShaclValidator.get().validate(shapes, graph).getEntries().stream()
                .map(ShaclValidator::toViolation)
                .toList();
    }

    private static Violation toViolation(ReportEntry entry) {
        String path = entry.resultPath() == null
                ? ""
                : PathWriter.asString(entry.resultPath(), new Prologue(Prefixes.STANDARD));
        String message = entry.message() == null ? "(no message)" : entry.message();
        return new Violation(entry.focusNode(), path, message, severity(entry));
    }

    private static Violation.Severity severity(ReportEntry entry) {
        return switch (entry.severity().level().getLocalName()) {
            case "Info" -> Violation.Severity.INFO;
            case "Warning" -> Violation.Severity.WARNING;
            default -> Violation.Severity.VIOLATION; // sh:Violation, and custom severities count as errors
        };
    }
}
