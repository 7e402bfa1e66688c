package org.lskg.trace;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.lskg.resolve.Gazetteer;
import org.lskg.trace.CorpusSnapshot.Commitment;
import org.lskg.trace.CorpusSnapshot.Doc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search of one trace: the corpus indexed once, then every commitment stated by the trace's date searched for
 * its follow-ups and assessed, a batch at a time, as the timelines are read ({@link #send}). The timelines are
 * given in date order and dropped once given, so a whole trace is never held: the trace graph is written from
 * them as they come ({@link TraceGraph}). One use, one thread calling; the search of a batch runs on all cores.
 */
final class TraceSearch implements Trace.Timelines {

    /**
     * The commitments searched as one batch, on all cores, before their timelines are given. Small enough that a
     * batch's timelines are a small fraction of a trace (10,000 documents: 728,000 commitments), large enough
     * that a batch keeps every core busy: each core takes the next commitment when it is done with one.
     */
    static final int BATCH = 2_048;

    private static final Logger LOG = LoggerFactory.getLogger(TraceSearch.class);

    /** How many commitments a trace searched in the whole corpus, and how many kept their follow-ups as found. */
    record Counts(LongAdder searched, LongAdder kept) {
        Counts() {
            this(new LongAdder(), new LongAdder());
        }
    }

    /**
     * What an incremental trace starts from: the earlier trace graph, its follow-ups when they were kept, and the
     * documents (IRIs) added or replaced since it was written.
     */
    record Increment(EarlierTrace earlier, Optional<KeptFollowUps> kept, Set<String> changed) {

        /** The commitment's kept follow-ups, when they were found as of a day not after {@code day}. */
        Optional<List<FollowUp>> kept(String commitment, LocalDate day, Map<String, CorpusSnapshot.Sentence> sentences) {
            return kept.filter(k -> !day.isBefore(k.asOf()))
                    .flatMap(k -> k.followUps(commitment, e -> sentences.get(e).text()));
        }

        /**
         * The commitment's document did not change, the earlier trace assessed it, and every sentence of its
         * earlier follow-ups is still there, in a document that did not change: the earlier winners stand for the
         * unchanged part of the corpus.
         */
        boolean untouched(Commitment c, Map<String, CorpusSnapshot.Sentence> sentences) {
            if (changed.contains(c.document()) || !earlier.assessed(c.iri())) {
                return false;
            }
            return earlier.evidence(c.iri()).stream()
                    .allMatch(e -> sentences.containsKey(e) && !changed.contains(sentences.get(e).document()));
        }
    }

    private final Optional<LocalDate> asOf;
    private final List<Flag> flags;
    private final FollowUpFinder finder;
    private final Optional<FollowUpFinder.Changes> changes;
    private final Optional<Increment> increment;
    private final Counts counts;
    private final TraceListener listener;
    private final Deadlines deadlines;
    private final Map<String, Doc> docs;
    private final Map<String, CorpusSnapshot.Sentence> sentences;
    /** The commitments stated by the trace's date, in date order (then by IRI). */
    private final List<Commitment> stated;
    private final int batch;
    private final long started;
    private boolean sent;

    /**
     * Indexes {@code corpus} for a trace as of {@code asOf} (the latest document's date when empty), incremental
     * when {@code increment} is given: a commitment that neither belongs to a changed document nor had a follow-up
     * in one is searched only among the changed documents' sentences ({@link FollowUpFinder#refind}), and keeps its
     * kept follow-ups when they give it nothing ({@link FollowUpFinder#touchedBy}). Searches {@code batch}
     * commitments at a time ({@link #BATCH} unless testing).
     */
    TraceSearch(CorpusSnapshot corpus, Optional<LocalDate> asOf, Optional<Increment> increment, Counts counts,
                Thresholds thresholds, Gazetteer gazetteer, TraceListener listener, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("a batch of " + batch + " commitments");
        }
        this.batch = batch;
        this.listener = listener;
        this.increment = increment;
        this.counts = counts;
        listener.step(TraceListener.Step.INDEX);
        this.started = System.nanoTime();
        this.asOf = asOf.or(corpus::latestDocumentDate);
        this.finder = new FollowUpFinder(corpus, thresholds);
        this.changes = increment.map(i -> finder.changes(i.changed()));
        LOG.debug("indexed the corpus in {} ms", (System.nanoTime() - started) / 1_000_000);
        this.deadlines = new Deadlines(corpus, finder::topic);
        this.docs = corpus.documentsByIri();
        this.sentences = increment.isEmpty() ? Map.of() : corpus.sentencesByIri();
        this.stated = this.asOf.map(day -> corpus.commitments().stream()
                .filter(c -> !docs.get(c.document()).issued().first().isAfter(day)) // not yet stated on that date
                .sorted(Comparator.comparing((Commitment c) -> docs.get(c.document()).issued())
                        .thenComparing(Commitment::iri))
                .toList()).orElse(List.of());
        this.flags = QualityChecks.run(corpus, gazetteer);
    }

    /** The date the trace is made as of; empty only for a corpus without a dated document. */
    Optional<LocalDate> asOf() {
        return asOf;
    }

    /** The data-quality flags of the corpus. */
    List<Flag> flags() {
        return flags;
    }

    /** How many commitments the trace has: those stated by its date. */
    int size() {
        return stated.size();
    }

    /**
     * Searches every commitment stated by the trace's date, a batch at a time, and gives each its
     * timeline in date order, from the calling thread; tells the listener the search's progress, and that the
     * trace goes on to write when the last timeline is given.
     *
     * @throws IllegalStateException if called a second time
     */
    @Override
    public void send(Consumer<Trace.Timeline> sink) {
        if (sent) {
            throw new IllegalStateException("a trace's search is read once");
        }
        sent = true;
        listener.step(TraceListener.Step.SEARCH);
        Progress progress = new Progress(listener, stated.size());
        Trace.Timeline[] found = new Trace.Timeline[Math.min(batch, stated.size())];
        // One worker per core: each takes the next commitment of the batch when done with one, so no core waits
        // on another for longer than one commitment (commitments differ a hundredfold in their candidates).
        int workers = ForkJoinPool.getCommonPoolParallelism() + 1;
        for (int from = 0; from < stated.size(); from += batch) {
            int first = from;
            int n = Math.min(batch, stated.size() - from);
            AtomicInteger next = new AtomicInteger();
            IntStream.range(0, workers).parallel().forEach(w -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    found[i] = timeline(stated.get(first + i));
                    progress.one();
                }
            });
            for (int i = 0; i < n; i++) {
                sink.accept(found[i]);
                found[i] = null;
            }
        }
        progress.end();
        LOG.debug("traced {} commitments ({} searched in the whole corpus, {} kept as found; {} candidates scored)"
                        + " in {} ms", stated.size(), counts.searched().sum(), counts.kept().sum(),
                finder.candidatesScored(), (System.nanoTime() - started) / 1_000_000);
        listener.step(TraceListener.Step.WRITE);
    }

    private Trace.Timeline timeline(Commitment c) {
        LocalDate day = asOf.orElseThrow();
        List<FollowUp> followUps;
        if (increment.isPresent() && increment.get().untouched(c, sentences)) {
            Increment i = increment.get();
            Optional<List<FollowUp>> kept = i.kept(c.iri(), day, sentences);
            if (kept.isPresent() && !finder.touchedBy(c, day, changes.orElseThrow())) {
                counts.kept().increment();
                followUps = kept.get();
            } else {
                followUps = finder.refind(c, day, i.earlier().evidence(c.iri()), changes.orElseThrow());
            }
        } else {
            counts.searched().increment();
            followUps = finder.find(c, day);
        }
        return new Trace.Timeline(c, docs.get(c.document()), finder.topic(c), followUps,
                StatusRules.assess(c, deadlines.of(c), followUps, day));
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
}
