package org.lskg.trace;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.lskg.trace.CorpusSnapshot.Commitment;
import org.lskg.trace.CorpusSnapshot.Doc;
import org.lskg.trace.CorpusSnapshot.Entity;

/**
 * The trace of a corpus as of a date: every commitment stated by then with its follow-ups and status, and the
 * data-quality flags. {@code asOf} is empty only for a corpus without a dated document.
 */
public record Trace(Optional<LocalDate> asOf, List<Timeline> timelines, List<Flag> flags) {

    /**
     * One commitment: where it was stated, what it is about (its projects, programmes and border gates, with
     * those of its section heading), what followed, and its status.
     */
    public record Timeline(Commitment commitment, Doc document, List<Entity> topic, List<FollowUp> followUps,
                           Assessment assessment) {
        public Timeline {
            Objects.requireNonNull(commitment, "commitment");
            topic = List.copyOf(topic);
            followUps = List.copyOf(followUps);
        }
    }

    /**
     * Timelines given one at a time ({@link #send}), in date order: those of a {@link Trace}, or those of a search
     * as it finds them ({@link TraceSearch}), so that a consumer that writes them as they come never holds them all.
     */
    @FunctionalInterface
    interface Timelines {
        /** Gives every timeline to {@code sink}, in date order, from the calling thread. */
        void send(Consumer<Timeline> sink);
    }

    public Trace {
        Objects.requireNonNull(asOf, "asOf");
        timelines = List.copyOf(timelines);
        flags = List.copyOf(flags);
    }

    /** The reverse view: the timelines of earlier commitments that a statement of {@code documentIri} follows up. */
    public List<Timeline> answeredBy(String documentIri) {
        return timelines.stream()
                .filter(t -> t.followUps().stream().anyMatch(f -> f.document().equals(documentIri)))
                .toList();
    }
}
