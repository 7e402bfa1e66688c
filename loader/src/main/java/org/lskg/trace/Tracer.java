package org.lskg.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.lskg.rdf.Iris;
import org.lskg.resolve.Gazetteer;
import org.lskg.store.DocumentRejectedException;
import org.lskg.store.LoadOutcome;
import org.lskg.store.LskgStore;
import org.lskg.trace.CorpusSnapshot.Commitment;
import org.lskg.trace.CorpusSnapshot.Doc;

/**
 * lskg's facade over commitment tracing: reads the corpus from a store, links every commitment to the later
 * statements that concern it ({@link FollowUpFinder}, thresholds in {@link Thresholds}), assesses its status as
 * of a date ({@link StatusRules}), runs the data-quality checks ({@link QualityChecks}), and writes the result
 * as one derived named graph, {@link #GRAPH}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Tracer tracer = Tracer.create();
 * tracer.rebuild(store);                                        // after a build: the trace graph, as of the latest document
 * Trace t = tracer.trace(store, Optional.of(LocalDate.of(2023, 12, 31)));   // an earlier view, in memory
 * }</pre>
 */
public final class Tracer {

    /** The derived graph that holds follow-ups, status assessments and data-quality flags. */
    public static final String GRAPH = Iris.GRAPH + "trace";
    /** {@link #GRAPH} as a node. */
    static final Node GRAPH_NAME = NodeFactory.createURI(GRAPH);
    /**
     * The graph's {@code lskg:sourceFile}: the store finds the graph it replaces by this name. No document file
     * can have it, since document file names have an extension (*.txt, *.md, *.pdf, ...).
     */
    public static final String SOURCE = "trace";

    private static final Logger LOG = LoggerFactory.getLogger(Tracer.class);

    private final Thresholds thresholds;
    private final Gazetteer gazetteer;
    private final TraceListener listener;

    private Tracer(Thresholds thresholds, Gazetteer gazetteer, TraceListener listener) {
        this.thresholds = thresholds;
        this.gazetteer = gazetteer;
        this.listener = listener;
    }

    /** A tracer with the {@link Thresholds#DEFAULT default thresholds} and lskg's gazetteer, heard by no one. */
    public static Tracer create() {
        return new Tracer(Thresholds.DEFAULT, Gazetteer.standard(), TraceListener.NONE);
    }

    /** This tracer with other thresholds. */
    public Tracer withThresholds(Thresholds thresholds) {
        return new Tracer(Objects.requireNonNull(thresholds, "thresholds"), gazetteer, listener);
    }

    /** This tracer, telling {@code listener} how each trace goes. */
    public Tracer withListener(TraceListener listener) {
        return new Tracer(thresholds, gazetteer, Objects.requireNonNull(listener, "listener"));
    }

    /** The trace of the store as of {@code asOf}, or as of the latest document's date when empty. */
    public Trace trace(LskgStore store, Optional<LocalDate> asOf) {
        return trace(store.dataset(), asOf);
    }

    /** As {@link #trace(LskgStore, Optional)}, over any dataset whose default graph is the union of its graphs. */
    public Trace trace(DatasetGraph dataset, Optional<LocalDate> asOf) {
        return trace(read(dataset), asOf);
    }

    private CorpusSnapshot read(DatasetGraph dataset) {
        listener.step(TraceListener.Step.READ);
        long start = System.nanoTime();
        CorpusSnapshot corpus = CorpusReader.read(dataset);
        LOG.debug("read {} documents, {} sentences, {} commitments in {} ms", corpus.documents().size(),
                corpus.sentences().size(), corpus.commitments().size(), (System.nanoTime() - start) / 1_000_000);
        return corpus;
    }

    Trace trace(CorpusSnapshot corpus, Optional<LocalDate> asOf) {
        return trace(corpus, asOf, Optional.empty(), new Counts());
    }

    /** How many commitments a trace searched in the whole corpus, and how many kept their follow-ups as found. */
    private record Counts(LongAdder searched, LongAdder kept) {
        Counts() {
            this(new LongAdder(), new LongAdder());
        }
    }

    /**
     * What an incremental trace starts from: the earlier trace graph, its follow-ups when they were kept, and the
     * documents (IRIs) added or replaced since it was written.
     */
    private record Increment(EarlierTrace earlier, Optional<KeptFollowUps> kept, Set<String> changed) {

        /** The commitment's kept follow-ups, when they were found as of a day not after {@code day}. */
        Optional<List<FollowUp>> kept(String commitment, LocalDate day, Map<String, CorpusSnapshot.Sentence> sentences) {
            return kept.filter(k -> !day.isBefore(k.asOf()))
                    .flatMap(k -> k.followUps(commitment, e -> sentences.get(e).text()));
        }
    }

    /**
     * The trace of {@code corpus}; with an increment, a commitment that neither belongs to a changed document nor
     * had a follow-up in one is searched only among the changed documents' sentences ({@link FollowUpFinder#refind}),
     * and keeps its kept follow-ups when they give it nothing ({@link FollowUpFinder#touchedBy}).
     */
    private Trace trace(CorpusSnapshot corpus, Optional<LocalDate> asOf, Optional<Increment> increment,
                        Counts counts) {
        listener.step(TraceListener.Step.INDEX);
        long start = System.nanoTime();
        Optional<LocalDate> date = asOf.or(corpus::latestDocumentDate);
        FollowUpFinder finder = new FollowUpFinder(corpus, thresholds);
        Optional<FollowUpFinder.Changes> changes = increment.map(i -> finder.changes(i.changed()));
        LOG.debug("indexed the corpus in {} ms", (System.nanoTime() - start) / 1_000_000);
        Deadlines deadlines = new Deadlines(corpus, finder::topic);
        Map<String, Doc> docs = corpus.documentsByIri();
        Map<String, CorpusSnapshot.Sentence> sentences = increment.isEmpty() ? Map.of() : corpus.sentencesByIri();
        List<Trace.Timeline> timelines = new ArrayList<>();
        if (date.isPresent()) {
            List<Commitment> byDate = corpus.commitments().stream()
                    .sorted(Comparator.comparing((Commitment c) -> docs.get(c.document()).issued())
                            .thenComparing(Commitment::iri))
                    .toList();
            LocalDate day = date.get();
            List<Commitment> stated = byDate.stream()
                    .filter(c -> !docs.get(c.document()).issued().first().isAfter(day)) // not yet stated on that date
                    .toList();
            listener.step(TraceListener.Step.SEARCH);
            Progress progress = new Progress(listener, stated.size());
            Function<Commitment, Trace.Timeline> one = c -> {
                List<FollowUp> followUps;
                if (increment.isPresent() && untouched(c, increment.get(), sentences)) {
                    Increment i = increment.get();
                    Optional<List<FollowUp>> kept = i.kept(c.iri(), day, sentences);
                    if (kept.isPresent() && !finder.touchedBy(c, day, changes.get())) {
                        counts.kept().increment();
                        followUps = kept.get();
                    } else {
                        followUps = finder.refind(c, day, i.earlier().evidence(c.iri()), changes.get());
                    }
                } else {
                    counts.searched().increment();
                    followUps = finder.find(c, day);
                }
                Trace.Timeline timeline = new Trace.Timeline(c, docs.get(c.document()), finder.topic(c),
                        followUps, StatusRules.assess(c, deadlines.of(c), followUps, day));
                progress.one();
                return timeline;
            };
            // Each commitment is traced on its own against the shared, immutable finder, in parallel. Commitments
            // stated early have more later sentences to search than late ones: taken in a fixed shuffled order,
            // every share of the parallel work holds early and late ones alike, and no core waits on the other
            // (in date order, the last of 3,000 documents' searches ran on one core for a minute).
            Trace.Timeline[] traced = new Trace.Timeline[stated.size()];
            List<Integer> order = new ArrayList<>(IntStream.range(0, stated.size()).boxed().toList());
            Collections.shuffle(order, new Random(stated.size()));
            order.parallelStream().forEach(n -> traced[n] = one.apply(stated.get(n)));
            timelines.addAll(Arrays.asList(traced));
            progress.end();
        }
        LOG.debug("traced {} commitments ({} searched in the whole corpus, {} kept as found; {} candidates scored) in {} ms",
                timelines.size(), counts.searched().sum(), counts.kept().sum(), finder.candidatesScored(),
                (System.nanoTime() - start) / 1_000_000);
        List<Flag> flags = QualityChecks.run(corpus, gazetteer);
        LOG.debug("traced and checked in {} ms", (System.nanoTime() - start) / 1_000_000);
        return new Trace(date, timelines, flags);
    }

    /**
     * The commitment's document did not change, the earlier trace assessed it, and every sentence of its earlier
     * follow-ups is still there, in a document that did not change: the earlier winners stand for the unchanged
     * part of the corpus.
     */
    private static boolean untouched(Commitment c, Increment increment, Map<String, CorpusSnapshot.Sentence> sentences) {
        if (increment.changed().contains(c.document()) || !increment.earlier().assessed(c.iri())) {
            return false;
        }
        return increment.earlier().evidence(c.iri()).stream()
                .allMatch(e -> sentences.containsKey(e) && !increment.changed().contains(sentences.get(e).document()));
    }

    /**
     * What {@link #rebuild} or {@link #update} did: the trace graph's load, how many commitments were traced,
     * how many of them were searched for in the whole corpus (all of them unless incremental), how many kept
     * their follow-ups as they were found (none unless incremental), and whether the trace was incremental.
     */
    public record Retraced(LoadOutcome graph, int commitments, int searched, int kept, boolean incremental) {}

    /**
     * The share of a store's documents a build may change and still be traced incrementally by {@link #update}:
     * above it the whole store is traced again, so that the term weights of a largely new corpus are used
     * everywhere.
     */
    public static final double INCREMENTAL_SHARE = 0.25;

    /**
     * The fewest documents a store must hold for {@link #update} to trace it incrementally. Below it a full
     * trace costs a few minutes at most (404 real documents: about a minute on two cores) and keeps the trace
     * graph a function of the store's content alone, whatever order its documents came in.
     */
    public static final int INCREMENTAL_MIN_DOCUMENTS = 1_000;

    /**
     * The largest share of a store's documents a build may change for an incremental trace to keep the follow-ups
     * of the commitments the changed documents do not touch as they were found ({@link KeptFollowUps}), rather
     * than score them again. Term weights move with the share of the corpus that changed: one more document into
     * 1,000 (0.1 %) moved the similarity of 283 of 2.47 million triples in its last digit, and no link or status.
     */
    public static final double KEEP_SHARE = 0.01;

    /**
     * Brings the trace graph up to date after a build that added or replaced the documents of
     * {@code changedSources} (their {@code lskg:sourceFile} names) and no others: incrementally
     * ({@link #updateIncrementally}) when the store has a trace graph, holds at least
     * {@link #INCREMENTAL_MIN_DOCUMENTS} documents and the changed ones are at most {@link #INCREMENTAL_SHARE}
     * of them; else as {@link #rebuild}.
     *
     * @throws IllegalStateException if the trace graph violates the shapes (a bug, not bad input)
     */
    public Retraced update(LskgStore store, Set<String> changedSources) {
        return update(store, changedSources, INCREMENTAL_SHARE, INCREMENTAL_MIN_DOCUMENTS, KEEP_SHARE);
    }

    /**
     * Brings the trace graph up to date after a build that added or replaced the documents of
     * {@code changedSources}, incrementally whenever the store has a trace graph (else as {@link #rebuild}).
     * The whole corpus is searched only for the changed documents' commitments and for those whose earlier
     * follow-ups lay in a changed document; every other commitment is searched among the changed documents'
     * sentences only: when they give it nothing and the changed documents are at most {@link #KEEP_SHARE} of the
     * store, it keeps its earlier follow-ups as they were found (as the last build kept them,
     * {@link KeptFollowUps}); else its earlier follow-ups, read back, and the changed documents' candidates are
     * scored with the current term weights and selected again. Every status is assessed again as of the latest
     * document. The follow-ups are those of a full trace but for links that the new term weights alone would
     * carry over a threshold, and confidences of their time: an incremental trace depends, at those margins, on
     * the order in which documents came.
     *
     * @throws IllegalStateException if the trace graph violates the shapes (a bug, not bad input)
     */
    public Retraced updateIncrementally(LskgStore store, Set<String> changedSources) {
        return update(store, changedSources, 1.0, 0, KEEP_SHARE);
    }

    /**
     * Incremental when an earlier trace exists, {@code minDocuments} are loaded and at most {@code share} changed;
     * follow-ups kept as found when at most {@code keepShare} changed.
     */
    Retraced update(LskgStore store, Set<String> changedSources, double share, int minDocuments, double keepShare) {
        CorpusSnapshot corpus = read(store.dataset());
        Set<String> changed = corpus.documents().stream().filter(d -> changedSources.contains(d.source()))
                .map(Doc::iri).collect(Collectors.toUnmodifiableSet());
        int size = corpus.documents().size();
        boolean eligible = size >= minDocuments && changed.size() <= share * size;
        // the earlier trace is read only for an incremental trace, its follow-ups only when they may be kept
        long start = System.nanoTime();
        Optional<KeptFollowUps> kept = eligible && changed.size() <= keepShare * size
                ? KeptFollowUps.read(store.dataset(), thresholds) : Optional.empty();
        Optional<EarlierTrace> earlier = !eligible ? Optional.empty()
                : kept.map(KeptFollowUps::earlier).or(() -> EarlierTrace.read(store.dataset()));
        if (eligible) {
            LOG.debug("read the earlier trace ({} commitments assessed, follow-ups {}) in {} ms",
                    earlier.map(EarlierTrace::size).orElse(0), kept.isPresent() ? "kept" : "from the graph",
                    (System.nanoTime() - start) / 1_000_000);
        }
        Counts counts = new Counts();
        Trace trace = trace(corpus, Optional.empty(),
                earlier.map(e -> new Increment(e, kept, changed)), counts);
        return new Retraced(write(store, trace), trace.timelines().size(), counts.searched().intValue(),
                counts.kept().intValue(), earlier.isPresent());
    }

    /**
     * Recomputes the trace of the whole store as of its latest document and replaces the trace graph in one
     * write transaction. Call it after every change to the document graphs.
     *
     * @throws IllegalStateException if the trace graph violates the shapes (a bug, not bad input)
     */
    public Retraced rebuild(LskgStore store) {
        Counts counts = new Counts();
        Trace trace = trace(read(store.dataset()), Optional.empty(), Optional.empty(), counts);
        return new Retraced(write(store, trace), trace.timelines().size(), counts.searched().intValue(), 0, false);
    }

    /** Tells the listener about once per percent of the commitments traced, one call at a time, never backwards. */
    private static final class Progress {
        private final TraceListener listener;
        private final int total;
        private final int every;
        private final AtomicInteger done = new AtomicInteger();
        private int told = -1;

        Progress(TraceListener listener, int total) {
            this.listener = listener;
            this.total = total;
            this.every = Math.max(1, total / 100);
        }

        void one() {
            int n = done.incrementAndGet();
            if (n % every == 0) {
                tell(n);
            }
        }

        void end() {
            tell(done.get());
        }

        private synchronized void tell(int n) {
            if (n > told) {
                told = n;
                listener.progress(n, total);
            }
        }
    }

    private LoadOutcome write(LskgStore store, Trace trace) {
        listener.step(TraceListener.Step.WRITE);
        try {
            long start = System.nanoTime();
            // Written as a difference: a build that adds a document changes a small part of the trace graph. The
            // graph is made triple by triple as the store reads it, never held whole.
            LoadOutcome outcome = store.replaceByDifference(GRAPH_NAME, SOURCE, TraceGraph.of(trace));
            LOG.debug("wrote the trace graph in {} ms", (System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            KeptFollowUps.keep(store.dataset(), trace, thresholds);
            LOG.debug("kept its follow-ups in {} ms", (System.nanoTime() - start) / 1_000_000);
            return outcome;
        } catch (DocumentRejectedException e) {
            throw new IllegalStateException("the trace graph violates the shapes: " + e.violations(), e);
        }
    }
}
