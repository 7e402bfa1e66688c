package org.lskg.testing;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/** Graphs that fail part-way, to check that a store left mid-write holds nothing of the write. */
public final class FailingGraphs {
    private FailingGraphs() {}

    /** A view of {@code graph} whose iteration fails after {@code n} triples. */
    public static Graph failingAfter(int n, Graph graph) {
        return new GraphWrapper(graph) {
            @Override
            public ExtendedIterator<Triple> find() {
                Iterator<Triple> triples = graph.find();
                return WrappedIterator.create(new Iterator<>() {
                    private int served;

                    @Override
                    public boolean hasNext() {
                        return triples.hasNext();
                    }

                    @Override
                    public Triple next() {
                        if (served++ == n) {
                            throw new IllegalStateException("disk on fire");
                        }
                        return triples.next();
                    }
                });
            }
        };
    }
}
