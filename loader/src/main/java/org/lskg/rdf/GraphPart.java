package org.lskg.rdf;

import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * A new version of part of a graph: every triple of some subjects. Writing it ({@code LskgStore.replacePart})
 * leaves each of those subjects with exactly the triples given for it (none, for a subject given no triple) and
 * the graph's other subjects as they were: what a large derived graph is written from when few of its subjects
 * changed (one more document into 10,000 changes a few thousand of the trace graph's 29 million triples).
 *
 * <p>Contract: {@link #subjects} is called once, after {@link #send}, and holds the subject of every triple sent.
 */
public interface GraphPart extends TripleSource {

    /** The subjects whose triples this part replaces: read after {@link #send}. */
    Set<Node> subjects();
}
