package org.lskg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.lskg.rdf.TripleSource;

/**
 * Makes a stored named graph equal to a new version of it by writing only what differs, compared as TDB2's node
 * ids rather than as RDF terms: for a large graph that changes little from one write to the next (the trace
 * graph: 2.5 million quads at 1,000 documents, of which a new document changes a small part), this deletes and
 * adds thousands of quads instead of millions.
 *
 * <p>Why node ids: TDB2 stores some literals inline in their id and gives back a canonical form, not the form
 * written: {@code "0.80"^^xsd:decimal} is read back as {@code "0.8"}, and {@code "0.8"} encodes to another id, so
 * such a quad can be deleted by value in neither form. Ids of the new graph's terms, looked up the way an insert
 * encodes them, compare with the stored tuples exactly.
 *
 * <p>Both versions are held as ids only ({@link LongTriples}, 24 bytes a triple), sorted and compared in one
 * merge; the new version is read from a {@link TripleSource}, so it is never held as terms. Its terms are given
 * ids as they come (a term the node table lacks is added then): within the caller's write transaction, which a
 * rejection aborts.
 *
 * <p>The quads are written to the TDB2 tables directly, past the full-text index's wrapper, so the graph must
 * hold no literal of an indexed predicate ({@link StoreTextIndex#PREDICATES}), in either version. The difference
 * is computed ({@link #difference}), then written ({@link #write}), inside the caller's one write transaction on
 * the TDB2 dataset: the caller may validate the changed part in between.
 */
final class GraphDifference {

    /** What {@link #write} wrote. */
    record Written(boolean existed, int deleted, int added) {}

    /** Node table look-ups kept in front of TDB2's own cache: the predicates, classes and the subject at hand. */
    private static final int RECENT_TERMS = 8_192;

    private GraphDifference() {}

    /**
     * What makes the stored graph equal to a new version: whether it was stored before, the new version's size,
     * the tuples to delete and to add, and the part of the new version that a change can make invalid
     * ({@link #changedPart}). Valid only within the write transaction that computed it: new terms' ids are
     * allocated there.
     */
    record Difference(boolean existed, int size, List<Tuple<NodeId>> deleted, List<Tuple<NodeId>> added,
                      Graph changedPart) {}

    /**
     * What makes the graph {@code name} of {@code tdb} (the TDB2 dataset itself, in a write transaction) equal to
     * the triples of {@code version}; nothing is written yet, but terms new to the node table are added to it.
     *
     * @throws IllegalArgumentException if either version holds a literal of an indexed predicate
     */
    static Difference difference(DatasetGraph tdb, Node name, TripleSource version) {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
        NodeTupleTable quads = storage.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();

        NodeId g = nodes.getNodeIdForNode(name);
        LongTriples stored = NodeId.isDoesNotExist(g) ? new LongTriples() : stored(quads, g);
        boolean existed = stored.size() > 0;
        NodeId graphId = NodeId.isDoesNotExist(g) ? nodes.getAllocateNodeId(name) : g;
        // A graph not stored before is validated whole: kept as terms while its ids are read, not sent twice.
        Graph whole = existed ? null : GraphFactory.createDefaultGraph();
        LongTriples next = ids(nodes, existed ? version : sink -> version.send(t -> {
            whole.add(t);
            sink.accept(t);
        }));
        stored.sortDistinct();
        next.sortDistinct();

        List<Tuple<NodeId>> deleted = new ArrayList<>();
        List<Tuple<NodeId>> added = new ArrayList<>();
        Set<Long> changed = new HashSet<>();
        LongTriples.difference(stored, next,
                (s, p, o) -> {
                    deleted.add(tuple(graphId, s, p, o));
                    if (next.hasSubject(s)) { // a subject the new version still describes, with a triple less
                        changed.add(s);
                    }
                },
                (s, p, o) -> {
                    added.add(tuple(graphId, s, p, o));
                    changed.add(s);
                });
        Graph part = !existed ? whole : 2L * (deleted.size() + added.size()) >= next.size()
                ? whole(version) : changedPart(next, changed, nodes);
        return new Difference(existed, next.size(), deleted, added, part);
    }

    /** The stored graph {@code g}, as ids; only the quads of an indexed predicate are decoded, to be refused. */
    private static LongTriples stored(NodeTupleTable quads, NodeId g) {
        NodeTable nodes = quads.getNodeTable();
        Set<NodeId> indexed = new HashSet<>();
        StoreTextIndex.PREDICATES.stream().map(nodes::getNodeIdForNode).filter(id -> !NodeId.isDoesNotExist(id))
                .forEach(indexed::add);
        LongTriples stored = new LongTriples();
        quads.find(g, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny).forEachRemaining(t -> {
            if (indexed.contains(t.get(2))) {
                requireNotIndexed(Triple.create(node(nodes, t.get(1)), node(nodes, t.get(2)), node(nodes, t.get(3))));
            }
            stored.add(Tdb2.asLong(t.get(1)), Tdb2.asLong(t.get(2)), Tdb2.asLong(t.get(3)));
        });
        return stored;
    }

    /** The triples of {@code version} as ids, each term given one (added to the node table if it lacks it). */
    private static LongTriples ids(NodeTable nodes, TripleSource version) {
        Map<Node, Long> recent = new LinkedHashMap<>(2 * RECENT_TERMS, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Node, Long> eldest) {
                return size() > RECENT_TERMS;
            }
        };
        Function<Node, Long> id = term -> recent.computeIfAbsent(term, x -> Tdb2.asLong(nodes.getAllocateNodeId(x)));
        LongTriples next = new LongTriples();
        version.send(t -> {
            requireNotIndexed(t);
            next.add(id.apply(t.getSubject()), id.apply(t.getPredicate()), id.apply(t.getObject()));
        });
        return next;
    }

    /**
     * The part of the new version that a change can make invalid: every triple of a changed subject, and of each
     * node such a triple points to (a shape may ask what class that node is). Read back from the node table.
     */
    private static Graph changedPart(LongTriples next, Set<Long> changed, NodeTable nodes) {
        Graph part = GraphFactory.createDefaultGraph();
        Set<Long> pointedTo = new HashSet<>();
        changed.forEach(s -> describe(next, s, nodes, part, pointedTo::add));
        pointedTo.removeAll(changed);
        pointedTo.forEach(o -> describe(next, o, nodes, part, x -> {})); // a literal is never a subject: none
        return part;
    }

    /** Adds the triples of {@code subject} to {@code part}, and gives their objects to {@code objects}. */
    private static void describe(LongTriples next, long subject, NodeTable nodes, Graph part, LongConsumer objects) {
        long range = next.subjectRange(subject);
        for (int i = (int) (range >>> 32); i < (int) range; i++) {
            part.add(node(nodes, next.subject(i)), node(nodes, next.predicate(i)), node(nodes, next.object(i)));
            objects.accept(next.object(i));
        }
    }

    /** The whole new version, as a graph. */
    private static Graph whole(TripleSource version) {
        Graph graph = GraphFactory.createDefaultGraph();
        version.send(graph::add);
        return graph;
    }

    /** Writes {@code difference}, within the write transaction that computed it. */
    static Written write(DatasetGraph tdb, Difference difference) {
        Optional<IndexOrderedWrites> ordered = IndexOrderedWrites.of(tdb);
        if (ordered.isPresent()) { // each index in its own key order, as a build writes documents
            ordered.get().delete(difference.deleted());
            ordered.get().insert(difference.added());
        } else {
            NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(tdb).getQuadTable().getNodeTupleTable();
            quads.getTupleTable().deleteAll(new ArrayList<>(difference.deleted()));
            quads.getTupleTable().addAll(difference.added());
        }
        return new Written(difference.existed(), difference.deleted().size(), difference.added().size());
    }

    private static Tuple<NodeId> tuple(NodeId graph, long s, long p, long o) {
        return TupleFactory.tuple(graph, Tdb2.nodeId(s), Tdb2.nodeId(p), Tdb2.nodeId(o));
    }

    private static Node node(NodeTable nodes, long id) {
        return nodes.getNodeForNodeId(Tdb2.nodeId(id));
    }

    private static Node node(NodeTable nodes, NodeId id) {
        return nodes.getNodeForNodeId(id);
    }

    private static void requireNotIndexed(Triple t) {
        if (StoreTextIndex.indexes(t.getPredicate(), t.getObject())) {
            throw new IllegalArgumentException("a graph written by difference cannot hold indexed text, but it"
                    + " has " + t.getPredicate().getURI() + " on " + t.getSubject());
        }
    }
}
