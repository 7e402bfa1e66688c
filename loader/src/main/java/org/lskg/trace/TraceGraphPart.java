package org.lskg.trace;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.lskg.rdf.GraphPart;
import org.lskg.rdf.LSKG;

/**
 * The part of the trace graph a trace changes, for a store whose trace graph was written from the timelines of
 * {@link KeptFollowUps}: the timelines whose triples differ from those written then (by their
 * {@link TraceGraph#digest}), with the follow-ups they had; the commitments no longer traced; the graph's date; every
 * body's count of overdue commitments and every data-quality flag (a few thousand triples, compared by the store).
 * The date is stated once for the graph, so a later one changes only the assessments it changes (a deadline it
 * passes). One more document into 10,000 rewrites the timelines it touches (a hundred to some 20,000) instead of
 * comparing 29 million triples.
 *
 * <p>Contract: written over the graph the kept follow-ups were written as ({@link KeptFollowUps#read} checks its
 * fingerprint), it leaves the graph {@link TraceGraph} would write for the same timelines and flags. Each
 * {@link #send} reads the timelines once and tells {@code digests} each one's digest, as {@link TraceGraph} does.
 */
final class TraceGraphPart implements GraphPart {

    /** The subjects of the stored trace graph besides timelines: bodies with an overdue count, and flags. */
    record Stored(Set<Node> bodies, Set<Node> flags) {
        Stored {
            bodies = Set.copyOf(bodies);
            flags = Set.copyOf(flags);
        }

        /** What the trace graph of {@code dataset} holds besides timelines; nothing when it has no trace graph. */
        static Stored read(DatasetGraph dataset) {
            return Txn.calculateRead(dataset, () -> new Stored(subjects(dataset, LSKG.overdueCount.asNode(), Node.ANY),
                    subjects(dataset, RDF.type.asNode(), LSKG.DataQualityFlag.asNode())));
        }

        private static Set<Node> subjects(DatasetGraph dataset, Node predicate, Node object) {
            Set<Node> subjects = new HashSet<>();
            dataset.find(Tracer.GRAPH_NAME, Node.ANY, predicate, object).forEachRemaining(q -> subjects.add(q.getSubject()));
            return subjects;
        }
    }

    private final Optional<LocalDate> asOf;
    private final Trace.Timelines timelines;
    private final List<Flag> flags;
    private final TraceGraph.Digests digests;
    private final KeptFollowUps kept;
    private final Stored stored;
    private final Set<Node> subjects = new HashSet<>();
    private int rewritten;

    private TraceGraphPart(Optional<LocalDate> asOf, Trace.Timelines timelines, List<Flag> flags,
                           TraceGraph.Digests digests, KeptFollowUps kept, Stored stored) {
        this.asOf = asOf;
        this.timelines = timelines;
        this.flags = flags;
        this.digests = digests;
        this.kept = kept;
        this.stored = stored;
    }

    /**
     * The part of the trace graph written from {@code kept} (its other subjects {@code stored}) that a trace as of
     * {@code asOf}, its {@code timelines} and {@code flags}, change.
     */
    static TraceGraphPart of(Optional<LocalDate> asOf, Trace.Timelines timelines, List<Flag> flags,
                             TraceGraph.Digests digests, KeptFollowUps kept, Stored stored) {
        return new TraceGraphPart(Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(timelines, "timelines"),
                List.copyOf(flags),
                Objects.requireNonNull(digests, "digests"), Objects.requireNonNull(kept, "kept"),
                Objects.requireNonNull(stored, "stored"));
    }

    @Override
    public void send(Consumer<Triple> sink) {
        subjects.clear();
        rewritten = 0;
        Consumer<Triple> covered = t -> {
            subjects.add(t.getSubject());
            sink.accept(t);
        };
        TraceGraph.graph(asOf, covered); // its date, when it moved, and its source
        Set<String> traced = new HashSet<>();
        Map<String, Integer> overdue = new TreeMap<>();
        timelines.send(t -> {
            String commitment = t.commitment().iri();
            traced.add(commitment);
            List<Triple> triples = TraceGraph.triples(t);
            long digest = TraceGraph.digest(triples);
            digests.timeline(t, digest);
            TraceGraph.countOverdue(t, overdue);
            OptionalLong before = kept.digest(commitment);
            if (before.isEmpty() || before.getAsLong() != digest) {
                rewritten++;
                coverAsWritten(commitment);
                triples.forEach(covered);
            }
        });
        for (String commitment : kept.commitments()) {
            if (!traced.contains(commitment)) {
                rewritten++;
                coverAsWritten(commitment);
            }
        }
        subjects.addAll(stored.bodies());
        TraceGraph.overdueCounts(overdue, covered);
        subjects.addAll(stored.flags());
        flags.forEach(f -> TraceGraph.flag(f, covered));
    }

    /** Covers the nodes the commitment's timeline was written with: its assessment and its kept follow-ups. */
    private void coverAsWritten(String commitment) {
        subjects.add(TraceGraph.assessment(commitment));
        kept.evidence(commitment).forEach(e -> subjects.add(TraceGraph.followUp(commitment, e)));
    }

    @Override
    public Set<Node> subjects() {
        return Set.copyOf(subjects);
    }

    /** How many timelines the last {@link #send} wrote again or removed. */
    int rewritten() {
        return rewritten;
    }
}
