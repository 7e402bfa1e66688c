package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.Pipeline;
import org.lskg.store.DocumentRejectedException;
import org.lskg.store.ExportFormat;
import org.lskg.store.LskgStore;
import org.lskg.store.ShaclValidator;
import org.lskg.testing.Corpus;

/**
 * An incremental trace ({@link Tracer#update}) writes the trace graph a full trace of the same store writes: on
 * the seeds, when an earlier document is reloaded or a store without a trace graph is traced; and when documents
 * come one by one in date order, but for links on words at the edge of their threshold, which a full trace
 * makes with the term weights of the whole corpus and an incremental one with those of its time.
 */
class IncrementalTraceTest {
    @TempDir static Path dir;
    private static LskgStore full;
    private static String fullTrace;
    /** The seeds' files, oldest document first. */
    private static List<Path> byDate;

    @BeforeAll
    static void buildAll() {
        full = SeedStore.build(dir.resolve("full"));
        fullTrace = traceGraph(full);
        CorpusSnapshot corpus = CorpusReader.read(full.dataset());
        byDate = corpus.documents().stream()
                .sorted(Comparator.comparing(CorpusSnapshot.Doc::issued).thenComparing(CorpusSnapshot.Doc::iri))
                .map(d -> Corpus.documents().resolve(d.source())).toList();
        assertEquals(5, byDate.size());
    }

    @AfterAll
    static void close() {
        full.close();
    }

    @Test
    void tracingEachSeedInTurnGivesTheFullTrace() throws Exception {
        try (LskgStore store = LskgStore.open(dir.resolve("one-by-one"), ShaclValidator.fromClasspath())) {
            Tracer tracer = Tracer.create();
            for (int i = 0; i < byDate.size(); i++) {
                Path file = byDate.get(i);
                load(store, file);
                Tracer.Retraced r = tracer.updateIncrementally(store, Set.of(file.getFileName().toString()));
                assertEquals(i > 0, r.incremental(), "the first has no earlier trace to start from");
            }
            assertSameTraceButAtTheMargin(store);
        }
    }

    @Test
    void addingTheLatestSeedSearchesOnlyItsOwnCommitmentsInTheWholeStore() throws Exception {
        try (LskgStore store = LskgStore.open(dir.resolve("latest-last"), ShaclValidator.fromClasspath())) {
            Pipeline.create().build(store, byDate.subList(0, 4), SeedStore.STRICT);
            Path latest = byDate.get(4);
            Tracer.Retraced[] retraced = new Tracer.Retraced[1];
            Pipeline.BuildReport report = Pipeline.create().build(store, List.of(latest), new Pipeline.BuildListener() {
                @Override
                public void loaded(Path file, org.lskg.store.LoadOutcome outcome) {}

                @Override
                public void rejected(Path file, String reason) {
                    throw new AssertionError(reason);
                }

                @Override
                public void traced(Tracer.Retraced r, long millis) {
                    retraced[0] = r;
                }
            }, Pipeline.Tracing.INCREMENTAL);
            assertEquals(1, report.loaded());
            assertSameTraceButAtTheMargin(store);
            Tracer.Retraced r = retraced[0];
            assertTrue(r.incremental());
            long own = CorpusReader.read(store.dataset()).commitments().stream()
                    .filter(c -> c.document().equals(documentOf(store, latest))).count();
            assertTrue(own > 0);
            assertEquals(own, r.searched(), "only the latest document's commitments are searched in the whole store");
        }
    }

    /**
     * With the follow-ups kept, a commitment the new document does not touch keeps its follow-ups as they were
     * found, confidences and reasons of their time; scored again (as when a build changes more than
     * {@link Tracer#KEEP_SHARE} of a store), their reasons move with the new term weights. On the seeds the latest
     * document is a fifth of the corpus, so the weights move enough to tell the two apart.
     */
    @Test
    void aCommitmentTheNewDocumentDoesNotTouchKeepsItsFollowUpsAsFound() throws Exception {
        Path latest = byDate.get(4);
        Map<String, String> before;
        Map<String, String> kept;
        Map<String, String> scored;
        int keptCount;
        try (LskgStore store = LskgStore.open(dir.resolve("keep"), ShaclValidator.fromClasspath());
             LskgStore control = LskgStore.open(dir.resolve("score"), ShaclValidator.fromClasspath())) {
            Pipeline.create().build(store, byDate.subList(0, 4), SeedStore.STRICT);
            Pipeline.create().build(control, byDate.subList(0, 4), SeedStore.STRICT);
            before = followUps(store);
            assertEquals(before, followUps(control));
            load(store, latest);
            load(control, latest);
            Set<String> changed = Set.of(latest.getFileName().toString());
            Tracer.Retraced r = Tracer.create().update(store, changed, 1.0, 0, 1.0);
            Tracer.Retraced c = Tracer.create().update(control, changed, 1.0, 0, 0.0);
            assertTrue(r.incremental() && c.incremental());
            assertEquals(0, c.kept());
            assertTrue(r.kept() > 0 && r.kept() + r.searched() < r.commitments(), r.toString());
            keptCount = r.kept();
            kept = followUps(store);
            scored = followUps(control);
        }
        // the links whose reason the new weights moved, and the kept trace has as it was before
        List<String> keptAsFound = before.keySet().stream()
                .filter(link -> scored.containsKey(link) && !scored.get(link).equals(before.get(link)))
                .filter(link -> before.get(link).equals(kept.get(link)))
                .toList();
        assertFalse(keptAsFound.isEmpty(), "no link kept as found among " + keptCount + " commitments kept");
        assertTrue(keptAsFound.stream().allMatch(link -> SIMILARITY.matcher(before.get(link)).find()), keptAsFound.toString());
    }

    @Test
    void reloadingAnEarlierSeedLeavesTheTraceAsItWas() throws Exception {
        Path earlier = byDate.get(1);
        load(full, earlier);
        assertFalse(Tracer.create().update(full, Set.of(earlier.getFileName().toString())).incremental(),
                "five documents are traced in full by default");
        Tracer.Retraced r = Tracer.create().updateIncrementally(full, Set.of(earlier.getFileName().toString()));
        assertTrue(r.incremental());
        assertTrue(r.searched() > 0 && r.searched() < r.commitments(), r.toString());
        assertSameTrace(traceGraph(full));
    }

    @Test
    void aStoreWithoutATraceGraphIsTracedInFull() throws Exception {
        try (LskgStore store = LskgStore.open(dir.resolve("no-trace"), ShaclValidator.fromClasspath())) {
            for (Path file : byDate) {
                load(store, file); // as a build killed before its trace leaves it
            }
            assertFalse(store.graphNames().contains(Tracer.GRAPH));
            Tracer.Retraced r = Tracer.create().updateIncrementally(store, Set.of(byDate.get(4).getFileName().toString()));
            assertFalse(r.incremental());
            assertEquals(r.commitments(), r.searched());
            assertSameTrace(traceGraph(store));
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

    private static String documentOf(LskgStore store, Path file) {
        return CorpusReader.read(store.dataset()).documents().stream()
                .filter(d -> d.source().equals(file.getFileName().toString())).findFirst().orElseThrow().iri();
    }

    /** The trace graph equals the full trace's, or the lines that differ are shown. */
    private static void assertSameTrace(String actual) {
        Set<String> expected = Set.copyOf(fullTrace.lines().toList());
        Set<String> got = Set.copyOf(actual.lines().toList());
        List<String> missing = expected.stream().filter(l -> !got.contains(l)).sorted().toList();
        List<String> extra = got.stream().filter(l -> !expected.contains(l)).sorted().toList();
        assertTrue(missing.isEmpty() && extra.isEmpty(), "missing " + missing.size() + ":\n"
                + String.join("\n", missing.subList(0, Math.min(20, missing.size()))) + "\nextra " + extra.size() + ":\n"
                + String.join("\n", extra.subList(0, Math.min(20, extra.size()))));
        assertEquals(fullTrace, actual);
    }

    /**
     * The follow-ups and statuses of a full trace, but where term weights moved a link over its threshold: a
     * full trace computes every similarity with the weights of the whole corpus, an incremental one computes
     * those of unchanged documents with the weights of an earlier corpus and keeps the links they gave then. So
     * a follow-up the full trace has and the incremental one lacks must have a similarity within
     * {@value #MARGIN} above a threshold, and the incremental trace may then keep one the full trace displaced.
     * A commitment without such a link has the same follow-ups and status.
     */
    private static void assertSameTraceButAtTheMargin(LskgStore store) {
        Map<String, String> expected = followUps(full);
        Map<String, String> got = followUps(store);
        Set<String> moved = new TreeSet<>();
        expected.forEach((link, reason) -> {
            if (!got.containsKey(link)) {
                java.util.regex.Matcher m = SIMILARITY.matcher(reason);
                assertTrue(m.find(), link + " " + reason);
                double similarity = Double.parseDouble(m.group(1));
                assertTrue(THRESHOLDS.stream().anyMatch(t -> similarity >= t && similarity < t + MARGIN),
                        "a follow-up of the full trace, missing, is not at a threshold: " + link + " " + reason);
                moved.add(link.split(" ")[0]);
            }
        });
        got.forEach((link, reason) -> assertTrue(expected.containsKey(link) || moved.contains(link.split(" ")[0]),
                "a follow-up the full trace does not have: " + link + " " + reason));
        assertTrue(moved.size() <= 2, "commitments whose follow-ups differ: " + moved);
        Map<String, String> statuses = statuses(full);
        Map<String, String> gotStatuses = statuses(store);
        assertEquals(statuses.keySet(), gotStatuses.keySet());
        statuses.forEach((c, status) -> assertTrue(status.equals(gotStatuses.get(c)) || moved.contains(c), c));
    }

    private static final double MARGIN = 0.03;
    private static final java.util.regex.Pattern SIMILARITY = java.util.regex.Pattern.compile("similarity (\\d\\.\\d\\d)");
    /** Every similarity a link may need ({@link Thresholds}, {@link LinkKind#PROGRESS}). */
    private static final List<Double> THRESHOLDS = List.of(Thresholds.DEFAULT.lexical(),
            Thresholds.DEFAULT.lexicalAgainstOtherThing(), Thresholds.DEFAULT.withEntity(),
            Thresholds.DEFAULT.withCitation(), LinkKind.PROGRESS.minConfidence().doubleValue(),
            LinkKind.LEXICAL.minConfidence().doubleValue(), LinkKind.CITATION.minConfidence().doubleValue());

    /** "commitment evidence" to the reason of every follow-up of the trace graph. */
    private static Map<String, String> followUps(LskgStore store) {
        Map<String, String> out = new TreeMap<>();
        select(store, """
                PREFIX lskg: <https://w3id.org/lskg/ontology#>
                SELECT ?c ?e ?reason
                WHERE { GRAPH <%s> { ?f a lskg:FollowUp ; lskg:ofCommitment ?c ; lskg:evidence ?e ; lskg:reason ?reason } }
                """.formatted(Tracer.GRAPH),
                b -> out.put(b.get("c").getURI() + " " + b.get("e").getURI(), b.get("reason").getLiteralLexicalForm()));
        return out;
    }

    /** Commitment to status of every assessment of the trace graph. */
    private static Map<String, String> statuses(LskgStore store) {
        Map<String, String> out = new TreeMap<>();
        select(store, """
                PREFIX lskg: <https://w3id.org/lskg/ontology#>
                SELECT ?c ?status WHERE { GRAPH <%s> { ?a a lskg:StatusAssessment ; lskg:ofCommitment ?c ;
                                                        lskg:status ?status } }""".formatted(Tracer.GRAPH),
                b -> out.put(b.get("c").getURI(), b.get("status").getURI()));
        return out;
    }

    private static void select(LskgStore store, String query, java.util.function.Consumer<Binding> row) {
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExec exec = QueryExec.dataset(store.dataset()).query(query).build()) {
                exec.select().forEachRemaining(row);
            }
        });
    }

    private static String traceGraph(LskgStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(ExportFormat.NQUADS, Optional.of(Tracer.GRAPH), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
