package org.lskg;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.lskg.store.DocumentValidator;
import org.lskg.store.ShaclValidator;
import org.lskg.store.Violation;
import org.lskg.testing.Corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Pipeline#prepare}: a document is lost only when it is not one, never for one of its facts. */
class PipelineTest {

    private static final Pipeline PIPELINE = Pipeline.create();
    private static final DocumentValidator SHAPES = ShaclValidator.fromClasspath();
    private static final Node CITED = NodeFactory.createLiteralString("128/NQ-CP");

    /** lskg's shapes, and one more rule that every node naming {@code literal} breaks. */
    private static DocumentValidator refusing(Node literal) {
        return graph -> {
            List<Violation> results = new ArrayList<>(SHAPES.validate(graph));
            graph.find(Node.ANY, Node.ANY, literal).forEachRemaining(t -> results.add(
                    new Violation(t.getSubject(), "", "refused by the test", Violation.Severity.VIOLATION)));
            return results;
        };
    }

    private static Set<String> literals(Graph g) {
        return g.find().toList().stream().filter(t -> t.getObject().isLiteral())
                .map(t -> t.getObject().getLiteralLexicalForm()).collect(Collectors.toSet());
    }

    @Test
    void aFactThatBreaksTheShapesIsDroppedWithAWarningAndTheDocumentLoads() {
        Pipeline.Prepared.Ready plain = assertInstanceOf(Pipeline.Prepared.Ready.class,
                PIPELINE.prepare(Corpus.seed("001"), SHAPES));
        assertTrue(literals(plain.graph().graph()).contains("128/NQ-CP"));

        Pipeline.Prepared.Ready ready = assertInstanceOf(Pipeline.Prepared.Ready.class,
                PIPELINE.prepare(Corpus.seed("001"), refusing(CITED)));
        Set<String> kept = literals(ready.graph().graph());
        assertTrue(!kept.contains("128/NQ-CP"), "the offending citation is gone");
        assertTrue(kept.contains("320/TB-VPCP"), "the document itself stays");
        assertTrue(plain.graph().graph().size() > ready.graph().graph().size());
        assertTrue(ready.warnings().stream().anyMatch(w -> w.startsWith("dropped a LegalReference of sentence ")
                && w.contains("refused by the test")), ready.warnings()::toString);
    }

    @Test
    void aDocumentWhoseOwnTriplesBreakTheShapesIsRefusedWithTheViolation() {
        Pipeline.Prepared.Refused refused = assertInstanceOf(Pipeline.Prepared.Refused.class,
                PIPELINE.prepare(Corpus.seed("001"), refusing(NodeFactory.createLiteralString("320/TB-VPCP"))));
        assertTrue(refused.reason().startsWith("violates the SHACL shapes: VIOLATION"), refused.reason());
    }

    @Test
    void aFileThatIsNoDocumentIsRefusedInOneLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "Danh sách việc cần làm trong tuần:\n- gọi điện\n");
        Pipeline.Prepared.Refused refused = assertInstanceOf(Pipeline.Prepared.Refused.class,
                PIPELINE.prepare(notes, SHAPES));
        assertEquals(1, refused.reason().lines().count());
        assertTrue(refused.reason().startsWith("not a government document"), refused.reason());
    }
}
