package org.lskg.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
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
    private final Counts counts;
    private final TraceListener listener;
    private final int batch;
    private final int size;
    private final long started;
    /** The corpus, its index and the commitments to search: released once searched ({@link #send}). */
    private Corpus corpus;

    /** What the search reads, the corpus's index among it. */
    private record Corpus(FollowUpFinder finder, Optional<FollowUpFinder.Changes> changes, Optional<Increment> increment,
                          Deadlines deadlines, Map<String, Doc> docs, Map<String, CorpusSnapshot.Sentence> sentences,
                          List<Commitment> stated) {}

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
        this.counts = counts;
        listener.step(TraceListener.Step.INDEX);
        this.started = System.nanoTime();
        this.asOf = asOf.or(corpus::latestDocumentDate);
        FollowUpFinder finder = new FollowUpFinder(corpus, thresholds);
        Optional<FollowUpFinder.Changes> changes = increment.map(i -> finder.changes(i.changed()));
        LOG.debug("indexed the corpus in {} ms", (System.nanoTime() - started) / 1_000_000);
        Map<String, Doc> docs = corpus.documentsByIri();
        List<Commitment> stated = this.asOf.map(day -> corpus.commitments().stream()
                .filter(c -> !docs.get(c.document()).issued().first().isAfter(day)) // not yet stated on that date
                .sorted(Comparator.comparing((Commitment c) -> docs.get(c.document()).issued())
                        .thenComparing(Commitment::iri))
                .toList()).orElse(List.of());
        this.size = stated.size();
        this.corpus = new Corpus(finder, changes, increment, new Deadlines(corpus, finder::topic), docs,
                increment.isEmpty() ? Map.of() : corpus.sentencesByIri(), stated);
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
        return size;
    }

    /**
     * Searches every commitment stated by the trace's date, a batch at a time, and gives each its timeline in date
     * order, from the calling thread, while the next batch is searched; tells the listener the search's progress,
     * and that the trace goes on to write when the last timeline is given. No more than two batches are held.
     *
     * @throws IllegalStateException if called a second time
     */
    @Override
    public void send(Consumer<Trace.Timeline> sink) {
        Corpus c = corpus;
        if (c == null) {
            throw new IllegalStateException("a trace's search is read once");
        }
        corpus = null; // what follows the search (the trace graph's write: minutes at 10,000 documents) does not hold it
        listener.step(TraceListener.Step.SEARCH);
        Progress progress = new Progress(listener, size);
        // The pool's threads search the next batch while the calling thread gives this one's timelines (to the
        // trace graph's write, which is on this thread: its transaction is), then the calling thread joins them.
        int helpers = ForkJoinPool.getCommonPoolParallelism();
        Batch searching = size == 0 ? null : new Batch(c, 0, progress).start(helpers);
        try {
            while (searching != null) {
                searching.work();
                Trace.Timeline[] found = searching.await();
                int next = searching.first + found.length;
                searching = next < size ? new Batch(c, next, progress).start(helpers) : null;
                for (Trace.Timeline t : found) {
                    sink.accept(t);
                }
            }
        } finally {
            if (searching != null) {
                searching.stop(); // the sink failed: the helpers take no more commitments
            }
        }
        progress.end();
        LOG.debug("traced {} commitments ({} searched in the whole corpus, {} kept as found; {} candidates scored)"
                        + " in {} ms", size, counts.searched().sum(), counts.kept().sum(),
                c.finder().candidatesScored(), (System.nanoTime() - started) / 1_000_000);
        listener.step(TraceListener.Step.WRITE);
    }

    private Trace.Timeline timeline(Corpus k, Commitment c) {
        LocalDate day = asOf.orElseThrow();
        List<FollowUp> followUps;
        if (k.increment().isPresent() && k.increment().get().untouched(c, k.sentences())) {
            Increment i = k.increment().get();
            Optional<List<FollowUp>> kept = i.kept(c.iri(), day, k.sentences());
            if (kept.isPresent() && !k.finder().touchedBy(c, day, k.changes().orElseThrow())) {
                counts.kept().increment();
                followUps = kept.get();
            } else {
                followUps = k.finder().refind(c, day, i.earlier().evidence(c.iri()), k.changes().orElseThrow());
            }
        } else {
            counts.searched().increment();
            followUps = k.finder().find(c, day);
        }
        return new Trace.Timeline(c, k.docs().get(c.document()), k.finder().topic(c), followUps,
                StatusRules.assess(c, k.deadlines().of(c), followUps, day));
    }

    /**
     * One batch of commitments, searched by the pool's helpers and the calling thread: each takes the next
     * commitment when done with one, so that no thread waits on another for longer than one commitment
     * (commitments differ a hundredfold in their candidates).
     */
    private final class Batch {
        private final Corpus corpus;
        private final int first;
        private final Trace.Timeline[] found;
        private final Progress progress;
        private final AtomicInteger next = new AtomicInteger();
        private final List<ForkJoinTask<?>> helpers = new ArrayList<>();

        Batch(Corpus corpus, int first, Progress progress) {
            this.corpus = corpus;
            this.first = first;
            this.found = new Trace.Timeline[Math.min(batch, size - first)];
            this.progress = progress;
        }

        /** Sets {@code helpers} of the pool's threads to work on this batch. */
        Batch start(int helpers) {
            for (int h = 0; h < helpers; h++) {
                this.helpers.add(ForkJoinPool.commonPool().submit(this::work));
            }
            return this;
        }

        /** Searches the batch's commitments not yet taken, one at a time. */
        void work() {
            for (int i = next.getAndIncrement(); i < found.length; i = next.getAndIncrement()) {
                found[i] = timeline(corpus, corpus.stated().get(first + i));
                progress.one();
            }
        }

        /** The batch's timelines, in date order, once every helper is done. */
        Trace.Timeline[] await() {
            helpers.forEach(ForkJoinTask::join);
            return found;
        }

        void stop() {
            next.set(found.length);
        }
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
