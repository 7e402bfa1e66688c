package org.lskg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

/**
 * Makes a stored named graph equal to a new version of it by writing only what differs, compared as TDB2's node
 * ids rather than as RDF terms: for a large graph that changes little from one write to the next (the trace
 * graph: 155,824 quads at 100 documents, of which a new document changes a small part), this deletes and adds
 * thousands of quads instead of hundreds of thousands.
 *
 * <p>Why node ids: TDB2 stores some literals inline in their id and gives back a canonical form, not the form
 * written: {@code "0.80"^^xsd:decimal} is read back as {@code "0.8"}, and {@code "0.8"} encodes to another id, so
 * such a quad can be deleted by value in neither form. Ids of the new graph's terms, looked up the way an insert
 * encodes them, compare with the stored tuples exactly.
 *
 * <p>The quads are written to the TDB2 tables directly, past the full-text index's wrapper, so the graph must
 * hold no literal of an indexed predicate ({@link StoreTextIndex#PREDICATES}), in either version. The difference
 * is computed ({@link #difference}), then written ({@link #write}), inside the caller's one write transaction on
 * the TDB2 dataset: the caller may validate the changed part in between.
 */
final class GraphDifference {

    /** What {@link #write} wrote. */
    record Written(boolean existed, int deleted, int added) {}

    private GraphDifference() {}

    /**
     * What makes the stored graph equal to a new version: the tuples to delete and to add, and the subjects whose
     * triples change (those of added triples, and those of deleted ones that the new version still describes;
     * none are listed for a graph not stored before, which changes as a whole).
     * Valid only within the write transaction that computed it: new terms' ids are allocated there.
     */
    record Difference(boolean existed, List<Tuple<NodeId>> deleted, List<Tuple<NodeId>> added,
                      Set<Node> changedSubjects) {

        /**
         * The part of {@code graph} (the new version) that a change can make invalid: every triple of a changed
         * subject, and of each node such a triple points to (a shape may ask what class that node is); the whole
         * graph when most of it changed.
         */
        Graph changedPart(Graph graph) {
            if (!existed || 2L * (deleted.size() + added.size()) >= graph.size()) {
                return graph;
            }
            Graph part = GraphFactory.createDefaultGraph();
            changedSubjects.forEach(s -> graph.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                part.add(t);
                if (!t.getObject().isLiteral()) {
                    graph.find(t.getObject(), Node.ANY, Node.ANY).forEachRemaining(part::add);
                }
            }));
            return part;
        }
    }

    /**
     * What makes the graph {@code name} of {@code tdb} (the TDB2 dataset itself, in a write transaction) equal to
     * {@code graph}; nothing is written yet.
     *
     * @throws IllegalArgumentException if either version holds a literal of an indexed predicate
     */
    static Difference difference(DatasetGraph tdb, Node name, Graph graph) {
        requireNotIndexed(graph.find());
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
        NodeTupleTable quads = storage.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();

        NodeId g = nodes.getNodeIdForNode(name);
        // Sized for a new version about as large as the stored one, so that the set never grows.
        Set<Tuple<NodeId>> stored = new HashSet<>(Math.max(16, graph.size() * 4 / 3 + 1));
        if (!NodeId.isDoesNotExist(g)) {
            quads.find(g, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny).forEachRemaining(stored::add);
        }
        boolean existed = !stored.isEmpty();
        requireNotIndexed(nodes, stored);
        List<Tuple<NodeId>> added = new ArrayList<>();
        Set<Node> changed = new HashSet<>();
        NodeId graphId = NodeId.isDoesNotExist(g) ? nodes.getAllocateNodeId(name) : g;
        // Each term is looked up once: a subject comes in every triple about it, a predicate in thousands.
        Map<Node, NodeId> ids = new HashMap<>();
        graph.find().forEachRemaining(t -> {
            Tuple<NodeId> existing = existed ? lookUp(ids, nodes, graphId, t) : null;
            // A stored quad the new version has is taken out: what is left at the end is to be deleted. Two
            // triples of one version cannot share a quad, but for two spellings of one inline literal
            // ("0.80"/"0.8"^^xsd:decimal): the second would then be added again, which the indexes ignore.
            if (existing != null && stored.remove(existing)) {
                return; // kept
            }
            added.add(TupleFactory.tuple(graphId, allocate(ids, nodes, t.getSubject()),
                    allocate(ids, nodes, t.getPredicate()), allocate(ids, nodes, t.getObject())));
            if (existed) { // a new graph changes as a whole: validated whole, its subjects are not needed
                changed.add(t.getSubject());
            }
        });
        List<Tuple<NodeId>> deleted = List.copyOf(stored);
        deleted.stream().map(t -> t.get(1)).distinct().map(nodes::getNodeForNodeId)
                .filter(s -> graph.contains(s, Node.ANY, Node.ANY)).forEach(changed::add);
        return new Difference(existed, deleted, added, changed);
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

    /**
     * The stored ids of the quad, or null if one of its terms is not in the node table (the quad is new). Ids
     * looked up are remembered in {@code ids}, "does not exist" too.
     */
    private static Tuple<NodeId> lookUp(Map<Node, NodeId> ids, NodeTable nodes, NodeId graph, Triple t) {
        NodeId s = ids.computeIfAbsent(t.getSubject(), nodes::getNodeIdForNode);
        NodeId p = ids.computeIfAbsent(t.getPredicate(), nodes::getNodeIdForNode);
        NodeId o = ids.computeIfAbsent(t.getObject(), nodes::getNodeIdForNode);
        if (NodeId.isDoesNotExist(s) || NodeId.isDoesNotExist(p) || NodeId.isDoesNotExist(o)) {
            return null;
        }
        return TupleFactory.tuple(graph, s, p, o);
    }

    /** The term's id, allocated if the node table lacks it; remembered in {@code ids}. */
    private static NodeId allocate(Map<Node, NodeId> ids, NodeTable nodes, Node term) {
        NodeId id = ids.get(term);
        if (id == null || NodeId.isDoesNotExist(id)) {
            id = nodes.getAllocateNodeId(term);
            ids.put(term, id);
        }
        return id;
    }

    /**
     * As {@link #requireNotIndexed(Iterator)}, for stored tuples (graph, subject, predicate, object): only the
     * quads of an indexed predicate are decoded.
     */
    private static void requireNotIndexed(NodeTable nodes, Set<Tuple<NodeId>> stored) {
        Set<NodeId> predicates = new HashSet<>();
        StoreTextIndex.PREDICATES.stream().map(nodes::getNodeIdForNode).filter(id -> !NodeId.isDoesNotExist(id))
                .forEach(predicates::add);
        requireNotIndexed(stored.stream().filter(t -> predicates.contains(t.get(2)))
                .map(t -> Triple.create(nodes.getNodeForNodeId(t.get(1)), nodes.getNodeForNodeId(t.get(2)),
                        nodes.getNodeForNodeId(t.get(3))))
                .iterator());
    }

    private static void requireNotIndexed(Iterator<Triple> triples) {
        triples.forEachRemaining(t -> {
            if (StoreTextIndex.indexes(t.getPredicate(), t.getObject())) {
                throw new IllegalArgumentException("a graph written by difference cannot hold indexed text, but it"
                        + " has " + t.getPredicate().getURI() + " on " + t.getSubject());
            }
        });
    }
}
