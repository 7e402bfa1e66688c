package org.lskg.rdf;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/**
 * A graph given triple by triple instead of held in memory: what a large derived graph (the trace graph, 2.5
 * million triples at 1,000 documents) is written from, so that it never exists twice, as terms and as ids.
 * Every call of {@link #send} gives the same triples; a triple may come more than once (a graph holds it once).
 */
@FunctionalInterface
public interface TripleSource {

    /** Gives every triple to {@code sink}, in the caller's thread. */
    void send(Consumer<Triple> sink);

    /** The triples of {@code graph}. */
    static TripleSource of(Graph graph) {
        return sink -> graph.find().forEachRemaining(sink);
    }
}
