package org.lskg.store;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/**
 * The node ids of a stream of triples, for a writing thread that must not wait on the node table: when looking ahead,
 * the terms are looked up a chunk at a time on a thread of its own, in a read transaction, while the writing thread
 * goes on, and the writing thread then allocates ids only for the terms the store lacked. A large graph replaced by
 * difference spent two fifths of its writer's time here: the 29 million triples of a trace graph of 10,000
 * documents hold some 10 million distinct terms, each a search of the node table's B+tree.
 *
 * <p>Why it gives the ids a lookup in the writing transaction would: a read transaction sees the store as last
 * committed, and a committed term's id never changes; a term the writing transaction added (or the store lacks)
 * is not seen there and is given its id by the writing thread ({@link NodeTable#getAllocateNodeId}), which sees
 * its own additions. One writing thread; {@link #close} stops the lookup thread.
 */
final class TripleIds implements AutoCloseable {

    /** Triples looked up as one chunk. */
    static final int CHUNK = 16_384;
    /** Chunks being looked up while the writing thread takes the ids of an earlier one. */
    private static final int AHEAD = 2;
    /** Terms kept in front of the node table on each side: the predicates, classes and the subject at hand. */
    private static final int RECENT_TERMS = 8_192;

    private final DatasetGraph tdb;
    private final NodeTable nodes;
    private final LongTriples into;
    private final ExecutorService lookup;
    private final ArrayDeque<Future<Chunk>> pending = new ArrayDeque<>();
    /** The lookup thread's: terms and their committed ids. */
    private final Map<Node, Long> known = recent();
    /** The writing thread's: the terms it gave ids (those the store lacked, or every term when not looking ahead). */
    private final Map<Node, Long> allocated = recent();
    private Node[] terms = new Node[3 * CHUNK];
    private int size;

    /** The terms of one chunk and their ids as committed; {@code missing}: the terms the store lacked. */
    private record Chunk(Node[] terms, int size, long[] ids, BitSet missing) {}

    /**
     * Ids for the triples to be {@link #add added}, of the TDB2 dataset {@code tdb} whose node table is {@code nodes},
     * into {@code into}; the caller's thread is in a write transaction on {@code tdb}. Looked up ahead on another
     * thread when {@code ahead}, which pays when most terms are in the store already (a graph replaced by its next
     * version); else each is given its id as it comes (a new graph, most of whose terms are new: looking them up
     * first would be work for nothing on cores the trace's search is using).
     */
    TripleIds(DatasetGraph tdb, NodeTable nodes, LongTriples into, boolean ahead) {
        this.tdb = tdb;
        this.nodes = nodes;
        this.into = into;
        this.lookup = !ahead ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "lskg-node-ids");
            t.setDaemon(true);
            return t;
        });
    }

    /** Takes the triple; its ids reach {@link #into} in the order the triples came, by {@link #finish} at the latest. */
    void add(Triple t) {
        if (lookup == null) {
            into.add(allocate(t.getSubject()), allocate(t.getPredicate()), allocate(t.getObject()));
            return;
        }
        terms[size++] = t.getSubject();
        terms[size++] = t.getPredicate();
        terms[size++] = t.getObject();
        if (size == terms.length) {
            submit();
        }
    }

    /** Gives every triple added its ids, in {@link #into}. */
    void finish() {
        if (size > 0) {
            submit();
        }
        while (!pending.isEmpty()) {
            take(pending.poll());
        }
    }

    @Override
    public void close() {
        if (lookup != null) {
            lookup.shutdownNow();
        }
    }

    private void submit() {
        Node[] chunk = terms;
        int n = size;
        terms = new Node[3 * CHUNK];
        size = 0;
        pending.add(lookup.submit(() -> Txn.calculateRead(tdb, () -> lookUp(chunk, n))));
        while (pending.size() > AHEAD) {
            take(pending.poll());
        }
    }

    /** On the lookup thread, in a read transaction: each term's committed id, or that it has none. */
    private Chunk lookUp(Node[] chunk, int n) {
        long[] ids = new long[n];
        BitSet missing = new BitSet(n);
        for (int i = 0; i < n; i++) {
            Long id = known.get(chunk[i]);
            if (id == null) {
                NodeId found = nodes.getNodeIdForNode(chunk[i]);
                if (found == null || NodeId.isDoesNotExist(found)) {
                    missing.set(i);
                    continue;
                }
                id = Tdb2.asLong(found);
                known.put(chunk[i], id);
            }
            ids[i] = id;
        }
        return new Chunk(chunk, n, ids, missing);
    }

    private void take(Future<Chunk> future) {
        Chunk c;
        try {
            c = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking up node ids", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        for (int i = c.missing().nextSetBit(0); i >= 0; i = c.missing().nextSetBit(i + 1)) {
            c.ids()[i] = allocate(c.terms()[i]);
        }
        long[] ids = c.ids();
        for (int i = 0; i < c.size(); i += 3) {
            into.add(ids[i], ids[i + 1], ids[i + 2]);
        }
    }

    /** The term's id as the writing transaction sees it, added to the node table if it lacks it. */
    private long allocate(Node term) {
        return allocated.computeIfAbsent(term, x -> Tdb2.asLong(nodes.getAllocateNodeId(x)));
    }

    /** A map of the {@link #RECENT_TERMS} terms used last. */
    private static Map<Node, Long> recent() {
        return new LinkedHashMap<>(2 * RECENT_TERMS, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Node, Long> eldest) {
                return size() > RECENT_TERMS;
            }
        };
    }
}
