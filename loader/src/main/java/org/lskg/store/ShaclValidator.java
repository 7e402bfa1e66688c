package org.lskg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.lskg.rdf.Prefixes;

/** Validates document graphs against SHACL shapes. Immutable and thread-safe. */
public final class ShaclValidator implements DocumentValidator {

    /** Where the build puts {@code ontology/shapes.ttl} (see the resources of loader/pom.xml). */
    public static final String SHAPES_RESOURCE = "org/lskg/ontology/shapes.ttl";

    /**
     * Graphs of at least this many triples are validated on all cores ({@link #validate}). A document's graph
     * has a few thousand; one of 2 MB of dense tasks has 128,000 to 740,000, where one thread spent 4 s in SHACL.
     */
    static final int PARALLEL_FROM_TRIPLES = 20_000;

    private final Shapes shapes;
    private final int parallelFrom;

    public ShaclValidator(Shapes shapes) {
        this(shapes, PARALLEL_FROM_TRIPLES);
    }

    /** A validator that validates graphs of {@code parallelFrom} triples or more on all cores (tests use 0). */
    ShaclValidator(Shapes shapes, int parallelFrom) {
        this.shapes = Objects.requireNonNull(shapes, "shapes");
        this.parallelFrom = parallelFrom;
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

    /**
     * The results of validating {@code graph}, in Jena's order. A large graph is validated in parts on all
     * cores, with the same results in the same order: Jena's plain validation ({@code ValidationProc.plainValidation})
     * validates each target shape's focus nodes in turn ({@link VLib#validateShape}), each against the
     * read-only data graph alone, and lists the results in the order they were found; here the same
     * (shape, focus node) pairs, in the same order, are cut into consecutive runs, each run validated with a
     * context of its own, and the runs' results joined in run order.
     */
    @Override
    public List<Violation> validate(Graph graph) {
        if (graph.size() < parallelFrom) {
            return org.apache.jena.shacl.ShaclValidator.get().validate(shapes, graph).getEntries().stream()
                    .map(ShaclValidator::toViolation)
                    .toList();
        }
        return inParts(graph, 4 * Runtime.getRuntime().availableProcessors());
    }

    /** See {@link #validate}: the (shape, focus node) pairs of {@code graph} validated in {@code parts} runs. */
    List<Violation> inParts(Graph graph, int parts) {
        List<Shape> targetShapes = new ArrayList<>();
        List<Node> focusNodes = new ArrayList<>();
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node focus : VLib.focusNodes(graph, shape)) {
                targetShapes.add(shape);
                focusNodes.add(focus);
            }
        }
        int n = focusNodes.size();
        int runs = Math.max(1, Math.min(parts, n));
        return IntStream.range(0, runs).parallel()
                .mapToObj(run -> {
                    ValidationContext context = ValidationContext.create(shapes, graph);
                    for (int i = (int) ((long) n * run / runs), to = (int) ((long) n * (run + 1) / runs); i < to; i++) {
                        VLib.validateShape(context, graph, targetShapes.get(i), focusNodes.get(i));
                    }
                    return context.generateReport().getEntries().stream().map(ShaclValidator::toViolation).toList();
                })
                .flatMap(List::stream)
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
