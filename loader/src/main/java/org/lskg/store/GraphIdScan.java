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
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;

/**
 * One named graph read as numbers: each term stands for a {@code long} id, so that a reader can select and join
 * the graph's quads on ids and turn into terms only the few it keeps. On a TDB2 store the ids are TDB2's own node
 * ids, read from its indexes without decoding a term (decoding is what a scan of a large derived graph spends
 * its time on: 2.5 million quads of the trace graph of 1,000 documents); on any other dataset they are numbers
 * given to the terms as they are met. Ids are comparable only within one instance.
 *
 * <p>Use within a read transaction on the dataset, and only while it lasts.
 */
public final class GraphIdScan {

    /** Receives a subject and an object, as ids. */
    @FunctionalInterface
    public interface PairConsumer {
        void accept(long subject, long object);
    }

    private final DatasetGraph dataset;
    private final Node graph;
    /** The TDB2 tables and the graph's id; null on another kind of dataset. */
    private final NodeTupleTable quads;
    private final NodeId graphId;
    /** On another kind of dataset: the terms met, by the id given to each. */
    private final Map<Node, Long> idOf = new HashMap<>();
    private final List<Node> terms = new ArrayList<>();

    private GraphIdScan(DatasetGraph dataset, Node graph, NodeTupleTable quads, NodeId graphId) {
        this.dataset = dataset;
        this.graph = graph;
        this.quads = quads;
        this.graphId = graphId;
    }

    /** A scan of {@code graph} in {@code dataset} (TDB2, a wrapper of one, or any other dataset). */
    public static GraphIdScan of(DatasetGraph dataset, Node graph) {
        Optional<DatasetGraphTDB> tdb = Tdb2.beneath(dataset);
        if (tdb.isEmpty()) {
            return new GraphIdScan(dataset, graph, null, null);
        }
        NodeTupleTable quads = tdb.get().getQuadTable().getNodeTupleTable();
        return new GraphIdScan(dataset, graph, quads, quads.getNodeTable().getNodeIdForNode(graph));
    }

    /** The subjects of the graph's quads of {@code predicate} and {@code object}. */
    public Set<Long> subjects(Node predicate, Node object) {
        Set<Long> out = new HashSet<>();
        forEach(predicate, object, (s, o) -> out.add(s));
        return out;
    }

    /** Calls {@code action} with the subject and object of each of the graph's quads of {@code predicate}. */
    public void pairs(Node predicate, PairConsumer action) {
        forEach(predicate, Node.ANY, action);
    }

    /** The term of {@code id}. */
    public Node node(long id) {
        if (quads == null) {
            return terms.get((int) id);
        }
        return quads.getNodeTable().getNodeForNodeId(Tdb2.nodeId(id));
    }

    private void forEach(Node predicate, Node object, PairConsumer action) {
        if (quads == null) {
            Iterator<Quad> it = dataset.find(graph, Node.ANY, predicate, object);
            it.forEachRemaining(q -> action.accept(intern(q.getSubject()), intern(q.getObject())));
            return;
        }
        NodeTable nodes = quads.getNodeTable();
        NodeId p = nodes.getNodeIdForNode(predicate);
        NodeId o = object == Node.ANY ? NodeId.NodeIdAny : nodes.getNodeIdForNode(object);
        if (NodeId.isDoesNotExist(graphId) || NodeId.isDoesNotExist(p) || NodeId.isDoesNotExist(o)) {
            return;
        }
        Iterator<Tuple<NodeId>> it = quads.find(graphId, NodeId.NodeIdAny, p, o);
        it.forEachRemaining(t -> action.accept(Tdb2.asLong(t.get(1)), Tdb2.asLong(t.get(3))));
    }

    private long intern(Node term) {
        return idOf.computeIfAbsent(term, t -> {
            terms.add(t);
            return (long) terms.size() - 1;
        });
    }
}
