package org.lskg.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.lib.TupleLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The quads of new graphs in one TDB2 write transaction, held as node-id tuples and put into TDB2's quad indexes
 * when {@link #flush} is called, or when a graph added brings {@link #LONGEST_RUN} of them (so the buffer stays
 * bounded however large the transaction): one index after the other, each in its own key order.
 *
 * <p>Why: inserting quad by quad touches the six quad indexes (GSPO, GPOS, GOSP, SPOG, POSG, OSPG) in turn, each
 * at a place unrelated to the last, and every insert descends its B+tree from the root. Sorting a transaction's
 * tuples in an index's order first makes consecutive inserts land on the same leaf and path (the idea of Jena's
 * bulk loaders, which feed each index its own stream of tuples). Jena's bulk loaders themselves cannot be used
 * here: each index thread commits its own transaction ({@code org.apache.jena.tdb2.loader.main.Indexer}), so a
 * process killed mid-load leaves some indexes with a document's quads and others without, and they bypass the
 * text index. This class writes in the caller's transaction, on the caller's thread (TDB2 keeps a transaction's
 * state per thread), so a commit still makes all or none of it durable, and an abort drops it.
 *
 * <p>Contract: the caller holds the write transaction of {@code storage}; every graph given to {@link #add} is
 * absent from the store (removed before, in the same transaction), so none of its quads is there already; the
 * caller flushes before anything in the transaction reads or removes a graph that {@link #holds} (a reader would
 * not see the buffered quads), and before committing. Node ids are allocated at {@link #add}, in the order
 * quad-by-quad inserts would allocate them (graph, subject, predicate, object), so the store's node table is the
 * same either way. One thread only.
 */
final class IndexOrderedWrites {

    /** Receives each new quad that was not already among the buffered ones (for the text index). */
    interface NewQuads {
        void added(Node g, Node s, Node p, Node o);
    }

    /**
     * The most quads sorted and written as one run, one index after the other. Longer is not faster: a run
     * inserts into the leaves it reaches by shifting their records, and a long sorted run shifts the same leaves
     * many times. The writing thread's CPU samples for 300 generated documents (JFR, the same commits, load
     * 9–11), by quads per run: 10,000 2,257; 50,000 2,051; 150,000 2,269; 1,000,000 2,920.
     */
    static final int LONGEST_RUN = 100_000;

    private final NodeTable nodes;
    private final List<TupleIndexRecord> indexes;
    private final List<Tuple<NodeId>> tuples = new ArrayList<>();
    /** Tuples of quads the text index takes, to give each distinct stored quad to it once. */
    private final Set<Tuple<NodeId>> textTuples = new HashSet<>();
    private final Set<Node> graphs = new HashSet<>();

    private IndexOrderedWrites(NodeTable nodes, List<TupleIndexRecord> indexes) {
        this.nodes = nodes;
        this.indexes = indexes;
    }

    /**
     * For the TDB2 database {@code storage} (as {@link org.apache.jena.tdb2.DatabaseMgr} returns it), inside its
     * write transaction; empty if its quad indexes are not the B+tree record indexes this class sorts for.
     */
    static java.util.Optional<IndexOrderedWrites> of(DatasetGraph storage) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(storage);
        if (tdb == null) {
            return java.util.Optional.empty();
        }
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        List<TupleIndexRecord> indexes = new ArrayList<>();
        for (TupleIndex index : quads.getTupleTable().getIndexes()) {
            if (!(index instanceof TupleIndexRecord record)) {
                return java.util.Optional.empty();
            }
            indexes.add(record);
        }
        return java.util.Optional.of(new IndexOrderedWrites(quads.getNodeTable(), List.copyOf(indexes)));
    }

    /**
     * Buffers {@code graph}'s triples as graph {@code g} (and puts the buffer into the indexes if it reached
     * {@link #LONGEST_RUN}). {@code textual} tells which quads the text index takes;
     * {@code newQuads} hears of those once per distinct tuple (two literals TDB2 stores as one value are one quad).
     */
    void add(Node g, Graph graph, Textual textual, NewQuads newQuads) {
        graphs.add(g);
        NodeId gid = nodes.getAllocateNodeId(g);
        // A document names its subjects, predicates and classes many times over: each term's id is asked of the
        // node table once per document (its first occurrence, so ids are allocated in the same order), not once
        // per quad; the node table's own cache is shared and costlier per lookup (JFR, 300 generated documents:
        // a sixth of the writing thread in getAllocateNodeId). Per document, so the map stays small.
        Map<Node, NodeId> ids = new HashMap<>();
        Function<Node, NodeId> allocate = nodes::getAllocateNodeId;
        graph.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            Node o = t.getObject();
            NodeId sid = ids.computeIfAbsent(s, allocate);
            NodeId pid = ids.computeIfAbsent(p, allocate);
            NodeId oid = ids.computeIfAbsent(o, allocate);
            Tuple<NodeId> tuple = TupleFactory.create4(gid, sid, pid, oid);
            tuples.add(tuple);
            if (textual.indexes(p, o) && textTuples.add(tuple)) {
                newQuads.added(g, s, p, o);
            }
        });
        if (tuples.size() >= LONGEST_RUN) {
            flush(); // into the indexes, still inside the transaction: no commit, no page copied twice
        }
    }

    /** Whether any of {@code names} has quads in the buffer, not yet in the indexes. */
    boolean holdsAny(Collection<Node> names) {
        return names.stream().anyMatch(graphs::contains);
    }

    boolean isEmpty() {
        return tuples.isEmpty();
    }

    /**
     * Puts the buffered tuples into every quad index, each index's in its key order (duplicates, which two
     * literals of one stored value give, are inserted once: a B+tree insert of a present key changes nothing),
     * and empties the buffer.
     */
    void flush() {
        insert(tuples);
        clear();
    }

    /**
     * Puts {@code quads} (node-id tuples in graph, subject, predicate, object order) into every quad index at
     * once, each index's in its key order; not buffered. A quad already stored is left as it is (a B+tree
     * insert of a key it holds changes nothing).
     */
    void insert(List<Tuple<NodeId>> quads) {
        inKeyOrder(quads, RangeIndex::insert);
    }

    /** Deletes {@code quads} (node-id tuples, all of them stored) from every quad index, each in its key order. */
    void delete(List<Tuple<NodeId>> quads) {
        inKeyOrder(quads, RangeIndex::delete);
    }

    private void inKeyOrder(List<Tuple<NodeId>> quads, BiConsumer<RangeIndex, Record> write) {
        for (int from = 0; from < quads.size(); from += LONGEST_RUN) {
            List<Tuple<NodeId>> run = quads.subList(from, Math.min(quads.size(), from + LONGEST_RUN));
            for (TupleIndexRecord index : indexes) {
                RangeIndex tree = index.getRangeIndex();
                Record[] records = new Record[run.size()];
                for (int i = 0; i < records.length; i++) {
                    records[i] = TupleLib.record(tree.getRecordFactory(), run.get(i), index.getMapping());
                }
                Arrays.sort(records, KEY_ORDER);
                for (Record r : records) {
                    write.accept(tree, r);
                }
            }
        }
    }

    /**
     * The order of a B+tree's keys ({@link Record#compareByKey}: bytes compared unsigned, then length), compared
     * eight bytes at a time by {@link Arrays#compareUnsigned(byte[], byte[])}, which gives the same sign; Jena's
     * byte-by-byte loop was a tenth of the writing thread's samples (300 generated documents, sorting six
     * times 100,000 keys of 32 bytes a run).
     */
    static final Comparator<Record> KEY_ORDER = (a, b) -> Arrays.compareUnsigned(a.getKey(), b.getKey());

    /** Drops the buffer (the transaction was aborted, or the buffer flushed). */
    void clear() {
        tuples.clear();
        textTuples.clear();
        graphs.clear();
    }

    /** Which quads the text index takes. */
    interface Textual {
        boolean indexes(Node p, Node o);
    }
}
