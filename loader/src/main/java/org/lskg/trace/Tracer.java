package org.lskg.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    /**
     * The graph's {@code lskg:sourceFile}: the store finds the graph it replaces by this name. No document file
     * can have it, since document file names have an extension (*.txt, *.md, *.pdf, ...).
     */
    public static final String SOURCE = "trace";

    private static final Logger LOG = LoggerFactory.getLogger(Tracer.class);

    private final Thresholds thresholds;
    private final Gazetteer gazetteer;

    private Tracer(Thresholds thresholds, Gazetteer gazetteer) {
        this.thresholds = thresholds;
        this.gazetteer = gazetteer;
    }

    /** A tracer with the {@link Thresholds#DEFAULT default thresholds} and lskg's gazetteer. */
    public static Tracer create() {
        return new Tracer(Thresholds.DEFAULT, Gazetteer.standard());
    }

    /** This tracer with other thresholds. */
    public Tracer withThresholds(Thresholds thresholds) {
        return new Tracer(Objects.requireNonNull(thresholds, "thresholds"), gazetteer);
    }

    /** The trace of the store as of {@code asOf}, or as of the latest document's date when empty. */
    public Trace trace(LskgStore store, Optional<LocalDate> asOf) {
        return trace(store.dataset(), asOf);
    }

    /** As {@link #trace(LskgStore, Optional)}, over any dataset whose default graph is the union of its graphs. */
    public Trace trace(DatasetGraph dataset, Optional<LocalDate> asOf) {
        long start = System.nanoTime();
        CorpusSnapshot corpus = CorpusReader.read(dataset);
        LOG.debug("read {} documents, {} sentences, {} commitments in {} ms", corpus.documents().size(),
                corpus.sentences().size(), corpus.commitments().size(), (System.nanoTime() - start) / 1_000_000);
        return trace(corpus, asOf);
    }

    Trace trace(CorpusSnapshot corpus, Optional<LocalDate> asOf) {
        long start = System.nanoTime();
        Optional<LocalDate> date = asOf.or(corpus::latestDocumentDate);
        FollowUpFinder finder = new FollowUpFinder(corpus, thresholds);
        LOG.debug("indexed the corpus in {} ms", (System.nanoTime() - start) / 1_000_000);
        Deadlines deadlines = new Deadlines(corpus, finder::topic);
        Map<String, Doc> docs = corpus.documentsByIri();
        List<Trace.Timeline> timelines = new ArrayList<>();
        if (date.isPresent()) {
            List<Commitment> byDate = corpus.commitments().stream()
                    .sorted(java.util.Comparator.comparing((Commitment c) -> docs.get(c.document()).issued())
                            .thenComparing(Commitment::iri))
                    .toList();
            LocalDate day = date.get();
            // Each commitment is traced on its own against the shared, immutable finder: in parallel, in order.
            timelines.addAll(byDate.parallelStream()
                    .filter(c -> !docs.get(c.document()).issued().first().isAfter(day)) // not yet stated on that date
                    .map(c -> {
                        List<FollowUp> followUps = finder.find(c, day);
                        return new Trace.Timeline(c, docs.get(c.document()), finder.topic(c), followUps,
                                StatusRules.assess(c, deadlines.of(c), followUps, day));
                    })
                    .toList());
        }
        LOG.debug("traced {} commitments in {} ms", timelines.size(), (System.nanoTime() - start) / 1_000_000);
        List<Flag> flags = QualityChecks.run(corpus, gazetteer);
        LOG.debug("traced and checked in {} ms", (System.nanoTime() - start) / 1_000_000);
        return new Trace(date, timelines, flags);
    }

    /**
     * Recomputes the trace of the whole store as of its latest document and replaces the trace graph in one
     * write transaction. Call it after every change to the document graphs.
     *
     * @throws IllegalStateException if the trace graph violates the shapes (a bug, not bad input)
     */
    public LoadOutcome rebuild(LskgStore store) {
        Trace trace = trace(store, Optional.empty());
        try {
            return store.replace(TraceGraph.of(trace));
        } catch (DocumentRejectedException e) {
            throw new IllegalStateException("the trace graph violates the shapes: " + e.violations(), e);
        }
    }
}
