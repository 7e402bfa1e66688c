package org.lskg.extract;

import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * A bound on the triples of a document's graph, counted while the extractors read it ({@link Extractors#run}),
 * so that a document too dense to load is refused as it is read, not after minutes of reading and gigabytes of
 * heap. Each fact counts the triples {@code weight} says it will at least add (the mapper that writes the
 * graph knows; this floor only counts); the run starts at {@code start}, the triples of the document without
 * its facts, and stops with {@link Exceeded} as soon as the count passes {@code limit}. With a weight that never
 * counts more than a fact adds, a run is stopped only for a document whose whole graph would be over the limit.
 *
 * @param weight the triples a fact adds at the least, never negative
 * @param limit  the most triples a document's graph may have
 * @param start  the triples of the document before its first fact
 */
public record FactBudget(ToIntFunction<Fact> weight, long limit, long start) {

    /** No bound at all. */
    public static FactBudget none() {
        return new FactBudget(f -> 0, Long.MAX_VALUE, 0);
    }

    /** @throws Exceeded if {@code start} is already over {@code limit} */
    public void checkStart(int sentences) {
        if (start > limit) throw new Exceeded(start, limit, 0, sentences);
    }

    /**
     * A document over its budget: {@code reached} counted by its sentence {@code sentence} (1-based; 0 when
     * the document was over before any fact) of {@code sentences}. Not a failure of lskg: the caller refuses
     * the document with {@link #getMessage()}, one line for the user; {@link FactSink#guarded} and
     * {@link Extractors#run} pass it on instead of skipping a sentence. No stack trace is kept.
     */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final long reached;
        private final long limit;
        private final int sentence;
        private final int sentences;

        public Exceeded(long reached, long limit, int sentence, int sentences) {
            super(message(reached, limit, sentence, sentences), null, false, false);
            this.reached = reached;
            this.limit = limit;
            this.sentence = sentence;
            this.sentences = sentences;
        }

        private static String message(long reached, long limit, int sentence, int sentences) {
            String where = sentence == 0
                    ? String.format(Locale.ROOT, "%,d counted for its %,d sentences alone", reached, sentences)
                    : String.format(Locale.ROOT, "%,d counted by sentence %,d of %,d", reached, sentence, sentences);
            return String.format(Locale.ROOT, "its graph passes lskg's limit of %,d triples for one document (%s);"
                    + " split the document", limit, where);
        }

        /** The weight counted when the run stopped: over {@link #limit()}. */
        public long reached() {
            return reached;
        }

        public long limit() {
            return limit;
        }

        /** The 1-based sentence by which the limit was passed; 0 when the document was over before any fact. */
        public int sentence() {
            return sentence;
        }
    }
}
