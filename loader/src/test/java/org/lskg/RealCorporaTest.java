package org.lskg;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.store.DocumentValidator;
import org.lskg.store.LoadOutcome;
import org.lskg.store.LskgStore;
import org.lskg.store.ShaclValidator;
import org.lskg.testing.Corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Generalisation, not the seeds: every file of the shared real corpora ({@code ../shared/eval/dev/texts},
 * {@code ../shared/corpus-real}), when they are beside the project, goes through the pipeline without lskg
 * failing on it, no document is refused for one of its facts, and the pages that are not state documents
 * are refused. Skipped where the corpora are absent.
 */
class RealCorporaTest {

    private static final Pipeline PIPELINE = Pipeline.create();
    private static final DocumentValidator SHAPES = ShaclValidator.fromClasspath();

    /** What went wrong, one line per file, so a failure lists every file at once. */
    private static List<String> problems(List<Path> files, boolean documents) {
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            Pipeline.Prepared p = PIPELINE.prepare(f, SHAPES);
            if (p instanceof Pipeline.Prepared.Failed failed) {
                problems.add(f.getFileName() + ": internal error " + failed.error());
            } else if (p instanceof Pipeline.Prepared.Refused refused && refused.reason().contains("SHACL")) {
                problems.add(f.getFileName() + ": refused for a fact: " + refused.reason());
            } else if (!documents && p instanceof Pipeline.Prepared.Ready) {
                problems.add(f.getFileName() + ": not a state document, but loaded");
            }
        }
        return problems;
    }

    private static List<Path> files(Optional<Path> dir) {
        assumeTrue(dir.isPresent(), "the shared corpora are not beside the project");
        return SourceFiles.collect(List.of(dir.get()));
    }

    @Test
    void everyDevelopmentDocumentIsReadWithoutLosingIt() {
        List<String> problems = problems(files(Corpus.shared("eval/dev/texts")), true);
        assertEquals(List.of(), problems);
    }

    @Test
    void everyRealDocumentIsReadWithoutLosingIt() {
        List<String> problems = problems(files(Corpus.shared("corpus-real/documents")), true);
        problems.addAll(problems(files(Corpus.shared("corpus-real/pdf")), true));
        assertEquals(List.of(), problems);
    }

    @Test
    void pagesThatAreNotStateDocumentsAreRefused() {
        List<Path> negatives = files(Corpus.shared("corpus-real/negatives"));
        assertTrue(negatives.size() >= 100, "the negatives folder holds " + negatives.size() + " pages");
        assertEquals(List.of(), problems(negatives, false));
    }

    /** The whole build, trace graph included, over the development documents: nothing fails, nothing aborts. */
    @Test
    void aBuildOfTheDevelopmentDocumentsLoadsThemAllAndTracesThem(@TempDir Path dir) {
        List<Path> files = files(Corpus.shared("eval/dev/texts"));
        List<String> failures = new ArrayList<>();
        Pipeline.BuildReport report;
        try (LskgStore store = LskgStore.open(dir.resolve("store"), SHAPES)) {
            report = PIPELINE.build(store, files, new Pipeline.BuildListener() {
                @Override
                public void loaded(Path file, LoadOutcome outcome) {}

                @Override
                public void rejected(Path file, String reason) {
                    failures.add(file.getFileName() + ": rejected: " + reason);
                }

                @Override
                public void failed(String what, Throwable error) {
                    failures.add(what + ": " + error);
                }
            });
            assertTrue(store.graphNames().stream().anyMatch(g -> g.endsWith("/graph/trace")), "a trace graph");
        }
        assertEquals(List.of(), failures);
        assertEquals(files.size(), report.loaded());
    }
}
