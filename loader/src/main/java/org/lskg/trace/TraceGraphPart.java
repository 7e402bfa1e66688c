package org.lskg.trace;

import java.util.HashSet;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.lskg.rdf.GraphPart;

/**
 * The part of the trace graph a trace changes, for a store whose trace graph was written from the timelines of
 * {@link KeptFollowUps}: the timelines whose triples differ from those written then (by their
 * {@link TraceGraph#digest}), with the follow-ups they had; the commitments no longer traced; the graph's date; the
 * bodies' counts of overdue commitments and the data-quality flags whose triples changed (by their digests too), and
 * those the graph no longer has.
 * The date is stated once for the graph, so a later one changes only the assessments it changes (a deadline it
 * passes). One more document into 10,000 rewrites the timelines it touches (a hundred to some 20,000) instead of
 * comparing 29 million triples.
 *
 * <p>Contract: written over the graph the kept follow-ups were written as ({@link KeptFollowUps#read} checks its
 * fingerprint), it leaves the graph {@link TraceGraph} would write for the same timelines and flags. Each
 * {@link #send} reads the timelines once and tells {@code digests} each one's digest, as {@link TraceGraph} does.
 */
final class TraceGraphPart implements GraphPart {

    private final TraceGraph graph;
    private final KeptFollowUps kept;
    private final Set<Node> subjects = new HashSet<>();
    private int rewritten;

    private TraceGraphPart(TraceGraph graph, KeptFollowUps kept) {
        this.graph = graph;
        this.kept = kept;
    }

    /** The part of the trace graph written from {@code kept} that {@code graph} changes. */
    static TraceGraphPart of(TraceGraph graph, KeptFollowUps kept) {
        return new TraceGraphPart(Objects.requireNonNull(graph, "graph"), Objects.requireNonNull(kept, "kept"));
    }

    @Override
    public void send(Consumer<Triple> sink) {
        subjects.clear();
        rewritten = 0;
        Set<String> traced = new HashSet<>();
        Set<String> others = new HashSet<>();
        // the graph's own triples (its date) are sent whole and compared by the store; a timeline, a body's overdue
        // count or a flag only when its triples changed (7,476 flags, 51,236 triples, at 10,000 documents)
        graph.send(t -> {
            subjects.add(t.getSubject());
            sink.accept(t);
        }, new TraceGraph.Selection() {
            @Override
            public boolean sends(Trace.Timeline t, long digest) {
                String commitment = t.commitment().iri();
                traced.add(commitment);
                boolean changed = changed(kept.digest(commitment), digest);
                if (changed) {
                    rewritten++;
                    coverAsWritten(commitment);
                }
                return changed;
            }

            @Override
            public boolean sends(Node subject, long digest) {
                others.add(subject.getURI());
                return changed(kept.otherDigest(subject), digest);
            }
        });
        for (String commitment : kept.commitments()) {
            if (!traced.contains(commitment)) {
                rewritten++;
                coverAsWritten(commitment);
            }
        }
        // a body or flag the graph was written with and no longer has is covered, and so removed
        kept.otherSubjects().stream().filter(o -> !others.contains(o)).map(NodeFactory::createURI)
                .forEach(subjects::add);
    }

    private static boolean changed(OptionalLong before, long digest) {
        return before.isEmpty() || before.getAsLong() != digest;
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
