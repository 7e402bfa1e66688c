package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.rdf.LSKG;
import org.lskg.store.GraphFingerprint;
import org.lskg.store.LskgStore;

/**
 * The follow-ups kept beside a store are those its trace graph was written from, and are read only while that
 * graph, the code and the thresholds are the ones they were written with.
 */
class KeptFollowUpsTest {
    @TempDir static Path dir;
    private static LskgStore store;

    @BeforeAll
    static void build() {
        store = SeedStore.build(dir.resolve("seeds")); // traced in full: the follow-ups are kept
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theFollowUpsOfTheTraceGraphAreReadBackAsTheyWereFound() {
        KeptFollowUps kept = KeptFollowUps.read(store.dataset(), Thresholds.DEFAULT).orElseThrow();
        CorpusSnapshot corpus = CorpusReader.read(store.dataset());
        Trace trace = Tracer.create().trace(corpus, Optional.empty());
        Map<String, CorpusSnapshot.Sentence> sentences = corpus.sentencesByIri();
        assertEquals(trace.asOf().orElseThrow(), kept.asOf());
        List<FollowUp> all = trace.timelines().stream().flatMap(t -> t.followUps().stream()).toList();
        for (Trace.Timeline t : trace.timelines()) {
            assertEquals(Optional.of(t.followUps()), kept.followUps(t.commitment().iri(), e -> sentences.get(e).text()),
                    t.commitment().iri());
        }
        assertEquals(trace.timelines().size(), kept.earlier().size());
        // every field is read back, the optional ones too
        long inGraph = Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(Tracer.GRAPH_NAME)
                .stream(Node.ANY, RDF.type.asNode(), LSKG.FollowUp.asNode()).count());
        assertEquals(inGraph, all.size());
        assertEquals(99, all.size(), "the seeds' follow-ups");
        assertTrue(all.stream().anyMatch(f -> f.newDeadline().isPresent()));
        assertTrue(all.stream().anyMatch(f -> f.progress().isPresent()));
        assertTrue(all.stream().anyMatch(f -> f.signals().size() > 1));
        assertEquals(Optional.empty(), kept.followUps("https://w3id.org/lskg/id/no-such-commitment", e -> ""));
    }

    @Test
    void otherThresholdsFindOtherFollowUps() {
        Thresholds t = Thresholds.DEFAULT;
        Thresholds stricter = new Thresholds(t.lexical() + 0.05, t.lexicalAgainstOtherThing(), t.withEntity(),
                t.withCitation(), t.entitySpread(), t.perDocument(), t.perCommitment(), t.termSpread(),
                t.lexicalWithoutNames());
        assertTrue(KeptFollowUps.read(store.dataset(), t).isPresent());
        assertFalse(KeptFollowUps.read(store.dataset(), stricter).isPresent());
    }

    @Test
    void aTraceGraphChangedSinceIsAMiss(@TempDir Path other) throws IOException {
        try (LskgStore copy = SeedStore.build(other.resolve("seeds"))) {
            assertTrue(KeptFollowUps.read(copy.dataset(), Thresholds.DEFAULT).isPresent());
            Node graph = Tracer.GRAPH_NAME;
            Txn.executeWrite(copy.dataset(), () -> {
                Triple first = copy.dataset().getGraph(graph).find().next();
                copy.dataset().getGraph(graph).delete(first);
            });
            assertFalse(KeptFollowUps.read(copy.dataset(), Thresholds.DEFAULT).isPresent(),
                    "a triple of the trace graph removed by hand: the kept follow-ups no longer describe it");
        }
    }

    @Test
    void aCutFileIsAMiss(@TempDir Path other) throws IOException {
        try (LskgStore copy = SeedStore.build(other.resolve("seeds"))) {
            Path file = GraphFingerprint.derivedDirectory(copy.dataset(), KeptFollowUps.NAME).orElseThrow()
                    .resolve("followups.bin");
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            assertFalse(KeptFollowUps.read(copy.dataset(), Thresholds.DEFAULT).isPresent());
        }
    }
}
