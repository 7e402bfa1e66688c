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
import java.util.function.Function;
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
            // the store breaks half-way through the third document, each time it is prepared and written
            Function<Path, Pipeline.Prepared> prepare = file -> {
                Pipeline.Prepared.Ready r = (Pipeline.Prepared.Ready) pipeline.prepare(file, store.validator());
                if (!file.equals(seeds.get(2))) {
                    return r;
                }
                DocumentGraph g = r.graph();
                return new Pipeline.Prepared.Ready(new DocumentGraph(g.graphName(), failingAfter(100, g.graph()),
                        g.sourceFile()), List.of(), r.checks());
            };
            try (BatchedWriter writer = new BatchedWriter(store, heard, 16, prepare)) {
                for (Path seed : seeds) {
                    Pipeline.Prepared.Ready r = (Pipeline.Prepared.Ready) prepare.apply(seed);
                    ready.add(r);
                    writer.add(seed, r);
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

    /** Hears written and loaded files, and the triples of each commit (a run of loaded files). */
    private static final class Commits implements Pipeline.BuildListener {
        final List<String> events = new ArrayList<>();
        final List<Long> triples = new ArrayList<>();
        private boolean inCommit;

        @Override
        public void written(Path file) {
            events.add("written " + file.getFileName());
            inCommit = false;
        }

        @Override
        public void loaded(Path file, LoadOutcome outcome) {
            events.add("loaded " + file.getFileName());
            if (!inCommit) {
                triples.add(0L);
                inCommit = true;
            }
            triples.set(triples.size() - 1, triples.get(triples.size() - 1) + outcome.triplesAdded());
        }

        @Override
        public void rejected(Path file, String reason) {
            events.add("rejected " + file.getFileName());
        }
    }

    @Test
    void commitsDoubleWhatTheBuildWroteAndEachFileIsHeardWrittenThenLoaded() throws Exception {
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(Corpus.documents())) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        files.addAll(List.copyOf(files)); // each seed again: a replacement, as a rebuild gives
        Pipeline pipeline = Pipeline.create();
        Commits heard = new Commits();
        try (LskgStore store = LskgStore.open(dir.resolve("store"), ShaclValidator.fromClasspath());
             BatchedWriter writer = new BatchedWriter(store, heard, 1, f -> pipeline.prepare(f, store.validator()))) {
            for (Path f : files) {
                writer.add(f, pipeline.prepare(f, store.validator()));
            }
            writer.flush();
            assertEquals(new Pipeline.BuildReport(files.size(), 0, 0), writer.report());
        }
        // the seeds have 1,500 to 5,000 triples each: 10 files, more than one commit and fewer than one each
        assertTrue(heard.triples.size() > 1 && heard.triples.size() < files.size(), "commits: " + heard.triples);
        long before = 0;
        for (int i = 0; i < heard.triples.size() - 1; i++) { // the last commit holds what was left
            assertTrue(heard.triples.get(i) >= before, "commit " + i + " of " + heard.triples);
            before += heard.triples.get(i);
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            int written = heard.events.indexOf("written " + name);
            int loaded = heard.events.indexOf("loaded " + name);
            assertTrue(written >= 0 && written < loaded, name + " written before it is loaded: " + heard.events);
        }
    }

    private static String export(LskgStore store, Node graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(ExportFormat.NQUADS, Optional.of(graph.getURI()), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
