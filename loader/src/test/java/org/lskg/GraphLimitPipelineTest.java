package org.lskg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.document.DocumentException;
import org.lskg.rdf.DocumentGraph;
import org.lskg.rdf.Iris;
import org.lskg.store.DocumentValidator;
import org.lskg.store.LskgStore;
import org.lskg.store.ShaclValidator;
import org.lskg.testing.Corpus;

/**
 * A document whose graph would pass the limit on triples is refused as other bad input is: one line naming
 * the count reached and the limit, the store left without any of it, the other files loaded. The limit is made
 * small here so that a seed passes it; {@code CliTest} reaches the real one.
 */
class GraphLimitPipelineTest {

    /** Seed 001 makes 3,349 triples, seed 004 2,739: a limit between them. */
    private static final int LIMIT = 3_000;
    private static final Pipeline SMALL = Pipeline.create().withMaxTriples(LIMIT);

    @Test
    void aDocumentOverTheLimitIsRefusedWithTheCountAndTheLimit() {
        Pipeline.Prepared.Refused refused = assertInstanceOf(Pipeline.Prepared.Refused.class,
                SMALL.prepare(Corpus.seed("001"), DocumentValidator.none()));
        assertTrue(refused.reason().startsWith("its graph passes lskg's limit of 3,000 triples for one document ("),
                refused.reason());
        assertTrue(refused.reason().endsWith("); split the document"), refused.reason());
        assertEquals(1, refused.reason().lines().count());
    }

    @Test
    void explainingADocumentOverTheLimitIsRefusedToo() throws DocumentException {
        var doc = SMALL.parse(Corpus.seed("001"));
        DocumentException e = org.junit.jupiter.api.Assertions.assertThrows(DocumentException.class,
                () -> SMALL.facts(doc, p -> {}));
        assertTrue(e.getMessage().startsWith("its graph passes lskg's limit of 3,000 triples"), e.getMessage());
    }

    @Test
    void aBuildRejectsTheDocumentOverTheLimitAndLoadsTheOthers(@TempDir Path dir) {
        OutcomeRecorder listener = new OutcomeRecorder();
        try (LskgStore store = LskgStore.open(dir.resolve("store"), ShaclValidator.fromClasspath())) {
            Pipeline.BuildReport report = SMALL.build(store, List.of(Corpus.seed("001"), Corpus.seed("004")), listener);
            assertEquals(new Pipeline.BuildReport(1, 1, 0), report);
            assertEquals(List.of(), listener.failures);
            assertTrue(listener.outcome.get(Corpus.seed("001"))
                    .startsWith("rejected: its graph passes lskg's limit of 3,000"), listener.outcome::toString);
            assertEquals("loaded", listener.outcome.get(Corpus.seed("004")));
            assertEquals(1, store.graphNames().stream().filter(g -> g.startsWith(Iris.GRAPH + "doc/")).count(),
                    "the store holds seed 004's graph and nothing of seed 001: " + store.graphNames());
        }
    }

    @Test
    void theLargestRealDocumentLoadsWellBelowTheLimit() {
        Optional<Path> real = Corpus.shared("corpus-real/documents");
        assumeTrue(real.isPresent(), "corpus-real is not beside the project");
        Path largest = real.get().resolve("tvpl-5a80798bbf985e87.md"); // the longest text of corpus-real
        assumeTrue(Files.isRegularFile(largest));
        Pipeline.Prepared.Ready ready = assertInstanceOf(Pipeline.Prepared.Ready.class,
                Pipeline.create().prepare(largest, DocumentValidator.none()));
        int triples = ready.graph().graph().size();
        assertTrue(triples > 20_000 && triples < DocumentGraph.MAX_TRIPLES / 5, "triples: " + triples);
    }
}
