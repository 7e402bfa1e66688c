package org.lskg.trace;

/**
 * Hears how a trace ({@link Tracer#rebuild}, {@link Tracer#update}) goes: which step it is in and, while it
 * searches, how many commitments it has traced. A trace of 1,000 documents takes minutes and of 10,000 longer;
 * a caller shows this to its user. Calls come from the trace's threads, one at a time, with counts that never go
 * down; an implementation returns quickly and does not throw.
 */
public interface TraceListener {

    /** Hears nothing. */
    TraceListener NONE = new TraceListener() {};

    /** The steps of a trace, in their order. */
    enum Step {
        /** Reading the document graphs and the earlier trace from the store. */
        READ("reading the store"),
        /** Folding the sentences, their term vectors and the postings the search reads. */
        INDEX("indexing the sentences"),
        /** Finding each commitment's follow-ups and assessing its status. */
        SEARCH("searching follow-ups"),
        /** Writing the trace graph and keeping what the next trace may reuse. */
        WRITE("writing the trace graph");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        /** What the step does, in a few words for a user ("searching follow-ups"). */
        public String label() {
            return label;
        }
    }

    /** The trace began {@code step}. */
    default void step(Step step) {}

    /** {@code done} of the {@code total} commitments to trace are traced; about once per percent, and at the end. */
    default void progress(int done, int total) {}
}
