package org.lskg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.rdf.Iris;
import org.lskg.store.DocumentValidator;
import org.lskg.store.ExportFormat;
import org.lskg.store.LskgStore;
import org.lskg.testing.Corpus;
import org.lskg.trace.Tracer;

/**
 * Crash safety (issue 8): a build killed with SIGKILL half-way leaves a store that opens and holds only whole
 * documents, each exactly as a finished build writes it, and building again gives the same bytes as a build
 * that was never interrupted. The killed build writes two documents per transaction, so that the kill falls after
 * a committed batch, most likely with the next one open.
 */
class KillDuringBuildTest {

    @TempDir Path dir;

    @Test
    void aBuildKilledHalfWayLeavesOnlyWholeDocumentsAndARerunMatchesACleanBuild() throws Exception {
        Path input = Corpus.documents();
        Path clean = dir.resolve("clean");
        Path killed = dir.resolve("killed");
        assertEquals(0, Cli.run("build", "--input", input.toString(), "--store", clean.toString()).exitCode());

        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--batch", "2", "--input", input.toString(), "--store", killed.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int loaded = 0;
        try (var lines = new BufferedReader(new InputStreamReader(build.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && loaded < 2; line = lines.readLine()) {
                if (line.startsWith("loaded ")) loaded++;
            }
            build.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no transaction commit
            assertTrue(build.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(2, loaded, "the build printed two loaded documents before it was killed");
        assertNotEquals(0, build.exitValue(), "the build was killed, not finished");

        try (LskgStore k = LskgStore.open(killed, DocumentValidator.none());
             LskgStore c = LskgStore.open(clean, DocumentValidator.none())) {
            List<String> documents = k.graphNames().stream().filter(g -> g.startsWith(Iris.GRAPH + "doc/")).toList();
            assertFalse(documents.isEmpty(), "the documents written before the kill are in the store");
            assertFalse(k.graphNames().contains(Tracer.GRAPH), "the trace graph is written last, after every document");
            for (String g : documents) {
                assertArrayEquals(export(c, Optional.of(g)), export(k, Optional.of(g)), "document graph " + g + " is whole");
            }
        }

        assertEquals(0, Cli.run("build", "--input", input.toString(), "--store", killed.toString()).exitCode());
        try (LskgStore k = LskgStore.open(killed, DocumentValidator.none());
             LskgStore c = LskgStore.open(clean, DocumentValidator.none())) {
            assertArrayEquals(export(c, Optional.empty()), export(k, Optional.empty()),
                    "a rerun after the kill gives the bytes of an uninterrupted build");
        }
    }

    private static byte[] export(LskgStore store, Optional<String> graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(ExportFormat.NQUADS, graph, out);
        return out.toByteArray();
    }
}
