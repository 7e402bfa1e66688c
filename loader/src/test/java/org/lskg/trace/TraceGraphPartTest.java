package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.Pipeline;
import org.lskg.rdf.LSKG;
import org.lskg.store.DocumentRejectedException;
import org.lskg.store.ExportFormat;
import org.lskg.store.LskgStore;
import org.lskg.store.ShaclValidator;
import org.lskg.testing.Corpus;

/**
 * A trace as of the same day as the stored one writes only the timelines that changed ({@link TraceGraphPart}),
 * and leaves the trace graph that writing it whole from the same timelines leaves: compared on two stores built
 * alike, one written in part and one whole.
 */
class TraceGraphPartTest {
    @TempDir static Path dir;
    /** The seeds' files, oldest document first. */
    private static List<Path> byDate;

    @BeforeAll
    static void order() {
        try (LskgStore store = SeedStore.build(dir.resolve("seeds"))) {
            byDate = CorpusReader.read(store.dataset()).documents().stream()
                    .sorted(Comparator.comparing(CorpusSnapshot.Doc::issued).thenComparing(CorpusSnapshot.Doc::iri))
                    .map(d -> Corpus.documents().resolve(d.source())).toList();
        }
    }

    @Test
    void aDocumentOlderThanTheLatestRewritesOnlyTheTimelinesItChanges() throws Exception {
        List<Path> first = List.of(byDate.get(0), byDate.get(1), byDate.get(2), byDate.get(4));
        Path added = byDate.get(3);
        try (LskgStore part = LskgStore.open(dir.resolve("added-part"), ShaclValidator.fromClasspath());
             LskgStore whole = LskgStore.open(dir.resolve("added-whole"), ShaclValidator.fromClasspath())) {
            for (LskgStore store : List.of(part, whole)) {
                Pipeline.create().build(store, first, SeedStore.STRICT);
                load(store, added);
            }
            Set<String> changed = Set.of(added.getFileName().toString());
            Tracer.Retraced inPart = Tracer.create().update(part, changed, 1.0, 0, 1.0, true);
            Tracer.Retraced inWhole = Tracer.create().update(whole, changed, 1.0, 0, 1.0, false);
            assertEquals(inWhole.commitments(), inWhole.rewritten());
            assertTrue(inPart.rewritten() >= inPart.searched() && inPart.rewritten() < inPart.commitments(),
                    inPart.toString());
            assertEquals(traceGraph(whole), traceGraph(part));
        }
    }

    @Test
    void aNewLatestDocumentRewritesOnlyTheTimelinesItAndItsDateChange() throws Exception {
        // the trace's date moves to the new document's: stated once for the graph, it changes only the
        // assessments whose status or evidence the new date changes
        Path latest = byDate.get(4);
        try (LskgStore part = LskgStore.open(dir.resolve("latest-part"), ShaclValidator.fromClasspath());
             LskgStore whole = LskgStore.open(dir.resolve("latest-whole"), ShaclValidator.fromClasspath())) {
            for (LskgStore store : List.of(part, whole)) {
                Pipeline.create().build(store, byDate.subList(0, 4), SeedStore.STRICT);
                load(store, latest);
            }
            String before = asOf(part);
            Set<String> changed = Set.of(latest.getFileName().toString());
            Tracer.Retraced inPart = Tracer.create().update(part, changed, 1.0, 0, 1.0, true);
            Tracer.create().update(whole, changed, 1.0, 0, 1.0, false);
            assertTrue(asOf(part).compareTo(before) > 0, before + " -> " + asOf(part));
            assertTrue(inPart.rewritten() < inPart.commitments(), inPart.toString());
            assertEquals(traceGraph(whole), traceGraph(part));
        }
    }

    @Test
    void aDocumentReplacedByAShorterVersionLeavesNoneOfTheTimelinesItLost() throws Exception {
        Path replaced = byDate.get(1);
        Path shorter = dir.resolve("shorter").resolve(replaced.getFileName().toString());
        Files.createDirectories(shorter.getParent());
        List<String> lines = Files.readAllLines(replaced, StandardCharsets.UTF_8);
        List<String> kept = new ArrayList<>(lines.subList(0, lines.size() / 2));
        kept.addAll(lines.subList(lines.size() - 12, lines.size())); // the signature block
        Files.write(shorter, kept, StandardCharsets.UTF_8);
        try (LskgStore part = LskgStore.open(dir.resolve("shorter-part"), ShaclValidator.fromClasspath());
             LskgStore whole = LskgStore.open(dir.resolve("shorter-whole"), ShaclValidator.fromClasspath())) {
            int before = 0;
            for (LskgStore store : List.of(part, whole)) {
                Pipeline.create().build(store, byDate, SeedStore.STRICT);
                before = CorpusReader.read(store.dataset()).commitments().size();
                load(store, shorter);
            }
            Set<String> changed = Set.of(replaced.getFileName().toString());
            Tracer.Retraced inPart = Tracer.create().update(part, changed, 1.0, 0, 1.0, true);
            Tracer.create().update(whole, changed, 1.0, 0, 1.0, false);
            assertTrue(inPart.commitments() < before, before + " commitments before, " + inPart);
            assertTrue(inPart.rewritten() < inPart.commitments(), inPart.toString());
            assertEquals(traceGraph(whole), traceGraph(part));
        }
    }

    @Test
    void theSameDocumentAgainRewritesNothing() throws Exception {
        try (LskgStore store = LskgStore.open(dir.resolve("again"), ShaclValidator.fromClasspath())) {
            Pipeline.create().build(store, byDate, SeedStore.STRICT);
            String before = traceGraph(store);
            load(store, byDate.get(2));
            Tracer.Retraced r = Tracer.create().update(store, Set.of(byDate.get(2).getFileName().toString()), 1.0, 0, 1.0);
            assertEquals(0, r.rewritten(), r.toString());
            assertEquals(before, traceGraph(store));
        }
    }

    /** Loads one file as a build does, without tracing. */
    private static void load(LskgStore store, Path file) throws DocumentRejectedException {
        Pipeline.Prepared prepared = Pipeline.create().prepare(file, store.validator());
        if (!(prepared instanceof Pipeline.Prepared.Ready ready)) {
            throw new AssertionError(file + " not loaded: " + prepared);
        }
        store.replace(ready.graph(), ready.checks());
    }

    /** The trace graph's date. */
    private static String asOf(LskgStore store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset()
                .find(Tracer.GRAPH_NAME, Tracer.GRAPH_NAME, LSKG.asOf.asNode(), Node.ANY).next().getObject()
                .getLiteralLexicalForm());
    }

    private static String traceGraph(LskgStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(ExportFormat.NQUADS, Optional.of(Tracer.GRAPH), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
