package org.lskg.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.lskg.rdf.Iris;
import org.lskg.resolve.Gazetteer;
import org.lskg.store.DocumentRejectedException;
import org.lskg.store.LskgStore;
import org.lskg.store.PartOutcome;
import org.lskg.trace.CorpusSnapshot.Doc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
        TraceSearch search = search(corpus, asOf, Optional.empty(), new TraceSearch.Counts());
        List<Trace.Timeline> timelines = new ArrayList<>(search.size());
        search.send(timelines::add);
        return new Trace(search.asOf(), timelines, search.flags());
    }

    private TraceSearch search(CorpusSnapshot corpus, Optional<LocalDate> asOf,
                               Optional<TraceSearch.Increment> increment, TraceSearch.Counts counts) {
        return new TraceSearch(corpus, asOf, increment, counts, thresholds, gazetteer, listener, TraceSearch.BATCH);
    }

    /**
     * What {@link #rebuild} or {@link #update} did: how many commitments were traced, how many of them were
     * searched for in the whole corpus (all of them unless incremental), how many kept their follow-ups as they
     * were found (none unless incremental), how many timelines were written again (all of them unless the trace
     * graph was written in part, {@link TraceGraphPart}; with those of commitments no longer traced), and whether
     * the trace was incremental.
     */
    public record Retraced(int commitments, int searched, int kept, int rewritten, boolean incremental) {}

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
        return update(store, changedSources, share, minDocuments, keepShare, true);
    }

    /** As {@link #update(LskgStore, Set, double, int, double)}; the graph written whole unless {@code inPart}. */
    Retraced update(LskgStore store, Set<String> changedSources, double share, int minDocuments, double keepShare,
                    boolean inPart) {
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
        TraceSearch.Counts counts = new TraceSearch.Counts();
        TraceSearch search = search(corpus, Optional.empty(),
                earlier.map(e -> new TraceSearch.Increment(e, kept, changed)), counts);
        // the timelines the changed documents and the new date leave as they were are not written again
        Optional<KeptFollowUps> writtenFrom = kept.filter(k -> inPart);
        int rewritten = write(store, search, writtenFrom);
        return new Retraced(search.size(), counts.searched().intValue(), counts.kept().intValue(), rewritten,
                earlier.isPresent());
    }

    /**
     * Recomputes the trace of the whole store as of its latest document and replaces the trace graph in one
     * write transaction. Call it after every change to the document graphs.
     *
     * @throws IllegalStateException if the trace graph violates the shapes (a bug, not bad input)
     */
    public Retraced rebuild(LskgStore store) {
        TraceSearch.Counts counts = new TraceSearch.Counts();
        TraceSearch search = search(read(store.dataset()), Optional.empty(), Optional.empty(), counts);
        int rewritten = write(store, search, Optional.empty());
        return new Retraced(search.size(), counts.searched().intValue(), 0, rewritten, false);
    }

    /**
     * Writes the trace graph as the search finds its timelines, and keeps their follow-ups for the next trace: the
     * graph goes into the store as node ids while the search goes on, and no more than two batches of timelines
     * are held ({@link TraceSearch#BATCH}). Written in part when the stored graph was written from
     * {@code writtenFrom} ({@link TraceGraphPart}), else whole, by difference. Returns how many timelines were
     * written again.
     */
    private int write(LskgStore store, TraceSearch search, Optional<KeptFollowUps> writtenFrom) {
        try (KeptFollowUps.Keeper keeper = KeptFollowUps.keeper(store.dataset(), search.asOf(), thresholds)) {
            long[] searched = new long[1];
            Trace.Timelines timelines = sink -> {
                search.send(sink);
                searched[0] = System.nanoTime();
            };
            TraceGraph graph = TraceGraph.of(search.asOf(), timelines, search.flags(), keeper);
            int rewritten;
            if (writtenFrom.isPresent()) {
                TraceGraphPart part = TraceGraphPart.of(graph, writtenFrom.get());
                PartOutcome outcome = store.replacePart(GRAPH_NAME, part);
                rewritten = part.rewritten();
                LOG.debug("wrote {} timelines of the trace graph again ({} quads deleted, {} added) in {} ms after"
                        + " its search", rewritten, outcome.deleted(), outcome.added(),
                        (System.nanoTime() - searched[0]) / 1_000_000);
            } else {
                // Written as a difference: a build that adds a document changes a small part of the trace graph.
                store.replaceByDifference(GRAPH_NAME, SOURCE, graph);
                rewritten = search.size();
                LOG.debug("wrote the trace graph in {} ms after its search",
                        (System.nanoTime() - searched[0]) / 1_000_000);
            }
            long start = System.nanoTime();
            keeper.keep();
            LOG.debug("kept its follow-ups in {} ms", (System.nanoTime() - start) / 1_000_000);
            return rewritten;
        } catch (DocumentRejectedException e) {
            throw new IllegalStateException("the trace graph violates the shapes: " + e.violations(), e);
        }
    }
}
