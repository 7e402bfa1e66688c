package org.lskg.store;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link GraphFingerprint fingerprints} of a store's graphs, kept on disk so that a reader need not read every
 * graph's index entries to learn which graphs changed: at 10,000 documents (53 million quads in document graphs,
 * a store larger than memory) that reading was more than half of the trace's. Each graph's number of triples, which
 * the same reading counts, is kept with its fingerprint: what a dataset description gives per graph
 * ({@link StoreStatistics#triplesByGraph}) without reading every quad of the store.
 *
 * <p>They are kept under the <em>state</em> of the store's quad indexes they were read in: the root block of each
 * index's B+tree. TDB2 writes its B+trees copy-on-write: a commit that changes a tree gives it a new root, in a block
 * allocated after every block in use, and blocks are not reused within a database generation (the file lives in the
 * generation's directory, {@link GraphFingerprint#derivedDirectory}). So the same roots mean the same quads, and a
 * kept fingerprint is used only while the roots are those it was kept under.
 *
 * <p>lskg's own writes ({@link WriteBatch}, {@link LskgStore#replaceByDifference}) carry the file forward
 * ({@link #carry}): after their commit it names the new roots and no longer holds the graphs they wrote. Any other
 * write (SPARQL Update through the server, another tool) leaves the file under roots that are gone: every
 * fingerprint is then read from the indexes again, as without the file. A crash between a commit and the file's
 * update leaves it behind the same way. Best effort: a file that cannot be read or written is a miss, logged.
 *
 * <p>A reader's instance ({@link #open}) is thread-safe: each thread asks within its own read transaction, and
 * {@link #keep} writes what was read when every thread saw the same state.
 */
public final class GraphFingerprints {

    /** The name of the derived data ({@link GraphFingerprint#derivedDirectory}): the directory of the file. */
    static final String NAME = "graph-fingerprints";
    private static final String FILE = "fingerprints.bin";
    /** The file's format: a file in another is a miss. */
    private static final String FORMAT = "lskg graph fingerprints 2";
    private static final Logger LOG = LoggerFactory.getLogger(GraphFingerprints.class);

    private final Optional<Path> file;
    private final Kept kept;
    /** Fingerprints read from the indexes, by the state they were read in. */
    private final Map<String, Map<Node, GraphFingerprint.Read>> read = new ConcurrentHashMap<>();
    private final AtomicInteger givenKept = new AtomicInteger();
    private final AtomicInteger readFromIndexes = new AtomicInteger();

    private GraphFingerprints(Optional<Path> file, Kept kept) {
        this.file = file;
        this.kept = kept;
    }

    /** The fingerprints kept for {@code dataset}: none unless it is a TDB2 store on disk that kept some. */
    public static GraphFingerprints open(DatasetGraph dataset) {
        Optional<Path> file = file(dataset);
        return new GraphFingerprints(file, file.flatMap(GraphFingerprints::load).orElse(Kept.NONE));
    }

    /**
     * The fingerprint of {@code graph} as the calling thread's transaction on {@code dataset} sees it: kept, when the
     * file was kept under the state the transaction sees, else read from the indexes ({@link GraphFingerprint#of});
     * empty when the dataset is not TDB2.
     */
    public Optional<String> of(DatasetGraph dataset, Node graph) {
        return entry(dataset, graph).map(GraphFingerprint.Read::fingerprint);
    }

    /**
     * The number of triples of {@code graph} as the calling thread's transaction on {@code dataset} sees it: kept with
     * its fingerprint, else counted from the indexes (and its fingerprint read with it, to be kept); empty when the
     * dataset is not TDB2.
     */
    public OptionalLong triples(DatasetGraph dataset, Node graph) {
        return entry(dataset, graph).map(e -> OptionalLong.of(e.triples())).orElse(OptionalLong.empty());
    }

    private Optional<GraphFingerprint.Read> entry(DatasetGraph dataset, Node graph) {
        Optional<String> state = state(dataset);
        if (state.isEmpty()) {
            return GraphFingerprint.read(dataset, graph);
        }
        if (state.get().equals(kept.state()) && kept.fingerprints().containsKey(graph)) {
            givenKept.incrementAndGet();
            return Optional.of(kept.fingerprints().get(graph));
        }
        readFromIndexes.incrementAndGet();
        Optional<GraphFingerprint.Read> entry = GraphFingerprint.read(dataset, graph);
        entry.ifPresent(f -> read.computeIfAbsent(state.get(), s -> new ConcurrentHashMap<>()).put(graph, f));
        return entry;
    }

    /** How many fingerprints {@link #of} gave as kept. */
    public int kept() {
        return givenKept.get();
    }

    /** How many fingerprints {@link #of} read from the store's indexes. */
    public int read() {
        return readFromIndexes.get();
    }

    /**
     * Keeps the fingerprints read since {@link #open}, with those kept before when they are of the same state, if
     * every fingerprint read was of one state. Call when done, outside any write.
     */
    public void keep() {
        if (file.isEmpty() || read.size() != 1) {
            return;
        }
        Map.Entry<String, Map<Node, GraphFingerprint.Read>> state = read.entrySet().iterator().next();
        Map<Node, GraphFingerprint.Read> all = new HashMap<>();
        if (state.getKey().equals(kept.state())) {
            all.putAll(kept.fingerprints());
        }
        all.putAll(state.getValue());
        write(file.get(), new Kept(state.getKey(), all));
    }

    /**
     * Starts carrying the kept fingerprints across the write transaction that the calling thread has just begun on
     * {@code dataset}, before it changes anything: see {@link Carry}.
     */
    static Carry carry(DatasetGraph dataset) {
        return new Carry(dataset, file(dataset), state(dataset));
    }

    /**
     * Carries the kept fingerprints across one write transaction: told the graphs it writes ({@link #wrote}), and the
     * state it leaves just before it commits ({@link #committing}), it rewrites the file after the commit
     * ({@link #committed}) under the new state, without those graphs, if the file was kept under the state the
     * transaction began from. One thread, the transaction's.
     */
    static final class Carry {
        private final DatasetGraph dataset;
        private final Optional<Path> file;
        private final Optional<String> before;
        private final Set<Node> wrote = new HashSet<>();
        /** Of the graphs written, those whose change to the fingerprint is known: carried with it applied. */
        private final Map<Node, GraphFingerprint.Change> changes = new HashMap<>();
        private Optional<String> after = Optional.empty();

        private Carry(DatasetGraph dataset, Optional<Path> file, Optional<String> before) {
            this.dataset = dataset;
            this.file = file;
            this.before = before;
        }

        /** The transaction writes (adds to, deletes from or removes) {@code graph}. */
        void wrote(Node graph) {
            wrote.add(Objects.requireNonNull(graph, "graph"));
            changes.remove(graph);
        }

        /**
         * The transaction wrote {@code graph} once more, and all it did to it is {@code change} (as
         * {@link GraphDifference#write} writes): its kept fingerprint is carried with the change applied.
         */
        void wrote(Node graph, GraphFingerprint.Change change) {
            Objects.requireNonNull(change, "change");
            boolean first = wrote.add(Objects.requireNonNull(graph, "graph"));
            if (first || changes.containsKey(graph)) {
                changes.merge(graph, change, GraphFingerprint.Change::plus);
            }
        }

        /** Call in the transaction after its last change, just before its commit. */
        void committing() {
            after = state(dataset);
        }

        /** Call once the transaction committed. */
        void committed() {
            if (file.isEmpty() || before.isEmpty() || after.isEmpty()) {
                return;
            }
            Optional<Kept> kept = load(file.get()).filter(k -> k.state().equals(before.get()));
            if (kept.isEmpty()) {
                return;
            }
            Map<Node, GraphFingerprint.Read> carried = new HashMap<>(kept.get().fingerprints());
            for (Node graph : wrote) {
                GraphFingerprint.Change change = changes.get(graph);
                Optional<GraphFingerprint.Read> changed = change == null ? Optional.empty()
                        : Optional.ofNullable(carried.get(graph)).flatMap(f -> f.after(change));
                changed.ifPresentOrElse(f -> carried.put(graph, f), () -> carried.remove(graph));
            }
            write(file.get(), new Kept(after.get(), carried));
        }
    }

    /** The fingerprints (with each graph's triples) of one state. {@link #NONE}: of no state. */
    private record Kept(String state, Map<Node, GraphFingerprint.Read> fingerprints) {
        static final Kept NONE = new Kept("", Map.of());
    }

    /**
     * The state of the quad indexes the calling thread's transaction on {@code dataset} sees: each index's name and
     * root block; empty when the dataset is not TDB2 or its indexes are not B+trees.
     */
    static Optional<String> state(DatasetGraph dataset) {
        Optional<DatasetGraphTDB> tdb = Tdb2.beneath(dataset);
        if (tdb.isEmpty()) {
            return Optional.empty();
        }
        StringJoiner state = new StringJoiner(" ");
        for (TupleIndex index : tdb.get().getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            if (!(index instanceof TupleIndexRecord record) || !(record.getRangeIndex() instanceof BPlusTree tree)) {
                return Optional.empty();
            }
            state.add(index.getName() + ":" + tree.getRootId());
        }
        return Optional.of(state.toString());
    }

    private static Optional<Path> file(DatasetGraph dataset) {
        return GraphFingerprint.derivedDirectory(dataset, NAME).map(d -> d.resolve(FILE));
    }

    private static Optional<Kept> load(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!FORMAT.equals(in.readUTF())) {
                return Optional.empty();
            }
            String state = in.readUTF();
            int n = in.readInt();
            Map<Node, GraphFingerprint.Read> fingerprints = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                fingerprints.put(NodeFactory.createURI(in.readUTF()), new GraphFingerprint.Read(in.readUTF(), in.readLong()));
            }
            return Optional.of(new Kept(state, Map.copyOf(fingerprints)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debug("unreadable graph fingerprints in {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** Writes {@code kept} whole ({@link AtomicFile}); a failure is logged. */
    private static void write(Path file, Kept kept) {
        try {
            AtomicFile.write(file, out -> {
                out.writeUTF(FORMAT);
                out.writeUTF(kept.state());
                Map<Node, GraphFingerprint.Read> uris = new HashMap<>(kept.fingerprints());
                uris.keySet().removeIf(g -> !g.isURI()); // a blank-node graph name is read again each time
                out.writeInt(uris.size());
                for (Map.Entry<Node, GraphFingerprint.Read> e : uris.entrySet()) {
                    out.writeUTF(e.getKey().getURI());
                    out.writeUTF(e.getValue().fingerprint());
                    out.writeLong(e.getValue().triples());
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not keep the graphs' fingerprints in {} ({}); the next trace reads them from the store",
                    file, e.toString());
        }
    }
}
