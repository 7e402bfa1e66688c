package org.lskg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lskg.testing.FailingGraphs.failingAfter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.rdf.DocumentGraph;
import org.lskg.store.ExportFormat;
import org.lskg.store.LoadOutcome;
import org.lskg.store.LskgStore;
import org.lskg.store.ShaclValidator;
import org.lskg.testing.Corpus;

/**
 * The writer of a build puts several documents in one transaction, yet a document the store fails on costs that
 * document alone: the others of its batch are written again, one transaction each, and reported in file order.
 */
class BatchedWriterTest {

    @TempDir Path dir;

    /** Hears the files in the order the writer reports them. */
    private static final class Heard implements Pipeline.BuildListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void loaded(Path file, LoadOutcome outcome) {
            events.add("loaded " + file.getFileName());
        }

        @Override
        public void rejected(Path file, String reason) {
            events.add("rejected " + file.getFileName());
        }

        @Override
        public void failed(String what, Throwable error) {
            events.add("failed " + Path.of(what).getFileName() + ": " + error.getMessage());
        }
    }

    @Test
    void aDocumentTheStoreFailsOnCostsThatDocumentAloneAndTheOthersOfItsBatchLoad() throws Exception {
        List<Path> seeds;
        try (var s = Files.list(Corpus.documents())) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Pipeline pipeline = Pipeline.create();
        Heard heard = new Heard();
        List<Pipeline.Prepared.Ready> ready = new ArrayList<>();
        try (LskgStore store = LskgStore.open(dir.resolve("store"), ShaclValidator.fromClasspath())) {
            try (BatchedWriter writer = new BatchedWriter(store, heard, 16)) {
                for (int i = 0; i < seeds.size(); i++) {
                    Pipeline.Prepared.Ready r = (Pipeline.Prepared.Ready) pipeline.prepare(seeds.get(i), store.validator());
                    ready.add(r);
                    if (i == 2) { // the store breaks half-way through the third document
                        DocumentGraph g = r.graph();
                        r = new Pipeline.Prepared.Ready(new DocumentGraph(g.graphName(), failingAfter(100, g.graph()),
                                g.sourceFile()), List.of(), r.checks());
                    }
                    writer.add(seeds.get(i), r);
                }
                writer.add(dir.resolve("not-a-document.txt"), new Pipeline.Prepared.Refused("no header"));
                writer.flush();
                assertEquals(new Pipeline.BuildReport(seeds.size() - 1, 1, 1), writer.report());
            }

            List<String> expected = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                expected.add(i == 2 ? "failed " + seeds.get(i).getFileName() + ": disk on fire"
                        : "loaded " + seeds.get(i).getFileName());
            }
            expected.add("rejected not-a-document.txt");
            assertEquals(expected, heard.events, "every file reported once, in file order");
            try (LskgStore reference = LskgStore.open(dir.resolve("reference"), ShaclValidator.fromClasspath())) {
                for (int i = 0; i < seeds.size(); i++) {
                    Node name = ready.get(i).graph().graphName();
                    if (i == 2) {
                        assertFalse(store.graphNames().contains(name.getURI()), "no part of the failed document");
                        continue;
                    }
                    reference.replace(ready.get(i).graph(), ready.get(i).checks()); // one transaction of its own
                    assertEquals(export(reference, name), export(store, name), "document " + i + " is whole");
                }
            }
        }
    }

    private static String export(LskgStore store, Node graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(ExportFormat.NQUADS, Optional.of(graph.getURI()), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
