package org.lskg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
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
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.lskg.rdf.GraphPart;
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
    record Written(boolean existed, int deleted, int added, GraphFingerprint.Change change) {}

    /**
     * The most triples of changed subjects in one part given to validation ({@link Difference#changedParts}): a
     * part is that many triples and the nodes they point to, so validating a new trace graph of 10,000 documents
     * (some 29 million triples) holds one part at a time as terms, not the whole graph.
     */
    static final int PART_TRIPLES = 50_000;

    private GraphDifference() {}

    /**
     * What makes the stored graph equal to a new version: whether it was stored before, the new version's size,
     * the triples to delete and to add (as ids), and the part of the new version that a change can make invalid
     * ({@link #changedParts}). Valid only within the write transaction that computed it: new terms' ids are
     * allocated there.
     */
    static final class Difference {
        private final boolean existed;
        private final NodeId graphId;
        private final LongTriples next;
        private final LongTriples deleted;
        private final LongTriples added;
        /** The whole new version as terms, when it is new and no larger than one part: validated as it was given. */
        private final Graph whole;
        /** The subjects whose triples a change can make invalid (sorted); null when every subject is. */
        private final long[] changed;
        private final NodeTable nodes;
        /**
         * For a part ({@link #partDifference}): the graph's stored quads and the subjects the part covers, so that a
         * node the part points to outside itself is described as stored; null for a whole graph.
         */
        private final NodeTupleTable outside;
        private final Set<Long> covered;

        private Difference(boolean existed, NodeId graphId, LongTriples next, LongTriples deleted, LongTriples added,
                           Graph whole, long[] changed, NodeTable nodes) {
            this(existed, graphId, next, deleted, added, whole, changed, nodes, null, Set.of());
        }

        private Difference(boolean existed, NodeId graphId, LongTriples next, LongTriples deleted, LongTriples added,
                           Graph whole, long[] changed, NodeTable nodes, NodeTupleTable outside, Set<Long> covered) {
            this.existed = existed;
            this.graphId = graphId;
            this.next = next;
            this.deleted = deleted;
            this.added = added;
            this.whole = whole;
            this.changed = changed;
            this.nodes = nodes;
            this.outside = outside;
            this.covered = covered;
        }

        boolean existed() {
            return existed;
        }

        /** The number of distinct triples of the new version. */
        int size() {
            return next.size();
        }

        /**
         * Gives {@code validate} the part of the new version that a change can make invalid, in parts of some
         * {@link #PART_TRIPLES} triples: the triples of a changed subject (of every subject, when the graph is
         * new or most of it changed) with those of each node such a triple points to (a shape may ask what class
         * that node is). A graph no larger than one part is given whole. Shapes that look further than the nodes
         * a subject points to are not supported for graphs written by difference.
         */
        void changedParts(Consumer<Graph> validate) {
            if (whole != null) {
                validate.accept(whole);
                return;
            }
            int subjects = changed == null ? next.size() : changed.length;
            Graph part = GraphFactory.createDefaultGraph();
            Set<Long> described = new HashSet<>();
            Set<Long> pointedTo = new HashSet<>();
            long last = 0;
            boolean any = false;
            for (int i = 0; i < subjects; i++) {
                long s = changed == null ? next.subject(i) : changed[i];
                if (any && s == last) {
                    continue; // every subject's triples are described at its first triple
                }
                any = true;
                last = s;
                described.add(s);
                describe(next, s, nodes, part, pointedTo::add);
                if (part.size() >= PART_TRIPLES) {
                    validate.accept(closed(part, described, pointedTo));
                    part = GraphFactory.createDefaultGraph();
                    described.clear();
                    pointedTo.clear();
                }
            }
            if (!part.isEmpty()) {
                validate.accept(closed(part, described, pointedTo));
            }
        }

        /**
         * The results of validating with {@code validator} the part of the new version that a change can make
         * invalid ({@link #changedParts}): in the parts' order, a result once however many parts hold its node.
         */
        List<Violation> validate(DocumentValidator validator) {
            Set<Violation> results = new LinkedHashSet<>();
            changedParts(part -> results.addAll(validator.validate(part)));
            return List.copyOf(results);
        }

        /** {@code part} with the triples of the nodes it points to that it does not describe already. */
        private Graph closed(Graph part, Set<Long> described, Set<Long> pointedTo) {
            pointedTo.removeAll(described);
            for (long o : pointedTo) { // a literal is never a subject: none
                if (outside != null && existed && !covered.contains(o)) {
                    outside.find(graphId, Tdb2.nodeId(o), NodeId.NodeIdAny, NodeId.NodeIdAny).forEachRemaining(
                            t -> part.add(node(nodes, t.get(1)), node(nodes, t.get(2)), node(nodes, t.get(3))));
                } else {
                    describe(next, o, nodes, part, x -> {});
                }
            }
            return part;
        }
    }

    /**
     * What makes the graph {@code name} of {@code tdb} (the TDB2 dataset itself, in a write transaction) equal to
     * the triples of {@code version}; nothing is written yet, but terms new to the node table are added to it.
     * {@code version} is read once. Held as ids: 24 bytes a triple for each version and for what differs.
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
        // A new graph of one part at most is validated as given: kept as terms while its ids are read, not sent
        // twice; a larger one is dropped here and validated part by part from its ids.
        Graph[] small = {existed ? null : GraphFactory.createDefaultGraph()};
        LongTriples next = ids(tdb, nodes, existed ? version : sink -> version.send(t -> {
            if (small[0] != null) {
                small[0].add(t);
                if (small[0].size() > PART_TRIPLES) {
                    small[0] = null;
                }
            }
            sink.accept(t);
        }), existed);
        stored.sortDistinct();
        next.sortDistinct();

        LongTriples deleted = new LongTriples();
        LongTriples added = new LongTriples();
        LongTriples.difference(stored, next, deleted::add, added::add);
        long[] changed = null;
        if (existed && 2L * (deleted.size() + added.size()) < next.size()) {
            // the subjects of the new version with a triple more, or with a triple less
            TreeSet<Long> subjects = new TreeSet<>(Long::compareUnsigned);
            for (int i = 0; i < added.size(); i++) {
                subjects.add(added.subject(i));
            }
            for (int i = 0; i < deleted.size(); i++) {
                if (next.hasSubject(deleted.subject(i))) {
                    subjects.add(deleted.subject(i));
                }
            }
            changed = subjects.stream().mapToLong(Long::longValue).toArray();
        }
        return new Difference(existed, graphId, next, deleted, added, small[0], changed, nodes);
    }

    /**
     * What makes the triples of {@code part}'s subjects in the graph {@code name} of {@code tdb} (in a write
     * transaction) equal to those {@code part} gives, the other subjects' left as they are: as {@link #difference}
     * over the part only. The graph's other triples are neither read nor validated again.
     *
     * @throws IllegalArgumentException if {@code part} gives a triple of a subject it does not cover, or either
     *         version holds a literal of an indexed predicate
     */
    static Difference partDifference(DatasetGraph tdb, Node name, GraphPart part) {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
        NodeTupleTable quads = storage.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();

        NodeId g = nodes.getNodeIdForNode(name);
        boolean existed = !NodeId.isDoesNotExist(g);
        NodeId graphId = existed ? g : nodes.getAllocateNodeId(name);
        LongTriples next = ids(tdb, nodes, part, existed);
        Set<Long> covered = new HashSet<>();
        LongTriples stored = new LongTriples();
        Set<NodeId> indexed = indexedPredicates(nodes);
        for (Node subject : part.subjects()) {
            NodeId s = nodes.getNodeIdForNode(subject);
            if (!NodeId.isDoesNotExist(s)) {
                covered.add(Tdb2.asLong(s));
                if (existed) {
                    quads.find(g, s, NodeId.NodeIdAny, NodeId.NodeIdAny).forEachRemaining(t -> addStored(stored, nodes, indexed, t));
                }
            }
        }
        for (int i = 0; i < next.size(); i++) {
            if (!covered.contains(next.subject(i))) {
                throw new IllegalArgumentException("a part of " + name + " gives a triple of "
                        + node(nodes, next.subject(i)) + ", a subject it does not cover");
            }
        }
        stored.sortDistinct();
        next.sortDistinct();
        LongTriples deleted = new LongTriples();
        LongTriples added = new LongTriples();
        LongTriples.difference(stored, next, deleted::add, added::add);
        return new Difference(existed, graphId, next, deleted, added, null, null, nodes, quads, covered);
    }

    /** The stored graph {@code g}, as ids; only the quads of an indexed predicate are decoded, to be refused. */
    private static LongTriples stored(NodeTupleTable quads, NodeId g) {
        NodeTable nodes = quads.getNodeTable();
        Set<NodeId> indexed = indexedPredicates(nodes);
        LongTriples stored = new LongTriples();
        quads.find(g, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny)
                .forEachRemaining(t -> addStored(stored, nodes, indexed, t));
        return stored;
    }

    private static Set<NodeId> indexedPredicates(NodeTable nodes) {
        Set<NodeId> indexed = new HashSet<>();
        StoreTextIndex.PREDICATES.stream().map(nodes::getNodeIdForNode).filter(id -> !NodeId.isDoesNotExist(id))
                .forEach(indexed::add);
        return indexed;
    }

    /** Adds a stored quad's triple to {@code stored}; a quad of an indexed predicate is refused. */
    private static void addStored(LongTriples stored, NodeTable nodes, Set<NodeId> indexed, Tuple<NodeId> t) {
        if (indexed.contains(t.get(2))) {
            requireNotIndexed(Triple.create(node(nodes, t.get(1)), node(nodes, t.get(2)), node(nodes, t.get(3))));
        }
        stored.add(Tdb2.asLong(t.get(1)), Tdb2.asLong(t.get(2)), Tdb2.asLong(t.get(3)));
    }

    /**
     * The triples of {@code version} as ids, each term given one (added to the node table if it lacks it); looked up
     * on another thread while {@code version} is read when the graph {@code existed} ({@link TripleIds}).
     */
    private static LongTriples ids(DatasetGraph tdb, NodeTable nodes, TripleSource version, boolean existed) {
        LongTriples next = new LongTriples();
        try (TripleIds ids = new TripleIds(tdb, nodes, next, existed)) {
            version.send(t -> {
                requireNotIndexed(t);
                ids.add(t);
            });
            ids.finish();
        }
        return next;
    }

    /** Adds the triples of {@code subject} to {@code part}, and gives their objects to {@code objects}. */
    private static void describe(LongTriples next, long subject, NodeTable nodes, Graph part, LongConsumer objects) {
        long range = next.subjectRange(subject);
        for (int i = (int) (range >>> 32); i < (int) range; i++) {
            part.add(node(nodes, next.subject(i)), node(nodes, next.predicate(i)), node(nodes, next.object(i)));
            objects.accept(next.object(i));
        }
    }

    /**
     * Writes {@code difference}, within the write transaction that computed it: what to delete, then what to add,
     * in runs of {@link IndexOrderedWrites#LONGEST_RUN} quads made from the ids as they are written.
     */
    static Written write(DatasetGraph tdb, Difference difference) {
        Optional<IndexOrderedWrites> ordered = IndexOrderedWrites.of(tdb);
        TupleTable table = TDBInternal.getDatasetGraphTDB(tdb).getQuadTable().getNodeTupleTable().getTupleTable();
        // each index in its own key order, as a build writes documents, when the indexes are of that kind
        inRuns(difference.deleted, difference.graphId, ordered.<Consumer<List<Tuple<NodeId>>>>map(o -> o::delete)
                .orElse(table::deleteAll));
        inRuns(difference.added, difference.graphId, ordered.<Consumer<List<Tuple<NodeId>>>>map(o -> o::insert)
                .orElse(table::addAll));
        return new Written(difference.existed, difference.deleted.size(), difference.added.size(),
                GraphFingerprint.Change.of(difference.deleted, difference.added));
    }

    /** Gives {@code write} the quads of {@code triples} in graph {@code graph}, made from the ids a run at a time. */
    private static void inRuns(LongTriples triples, NodeId graph, Consumer<List<Tuple<NodeId>>> write) {
        for (int from = 0; from < triples.size(); from += IndexOrderedWrites.LONGEST_RUN) {
            List<Tuple<NodeId>> run = new ArrayList<>();
            for (int i = from; i < Math.min(triples.size(), from + IndexOrderedWrites.LONGEST_RUN); i++) {
                run.add(tuple(graph, triples.subject(i), triples.predicate(i), triples.object(i)));
            }
            write.accept(run);
        }
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
