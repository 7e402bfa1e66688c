package org.lskg.store;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;

import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;

/**
 * What a named graph of a TDB2 store holds, in a few bytes: a 128-bit hash of the set of its quads as TDB2 keeps them
 * (node ids), read without turning a single id back into a term. Within one generation of a database
 * ({@link #generationDirectory}) a node's id never changes and never names another node, so two graphs with the
 * same fingerprint hold the same triples (and so come in the same order from every scan of the store's indexes).
 * Across generations (a compaction renumbers the nodes) fingerprints are not comparable: whatever is kept by
 * fingerprint belongs in the generation's directory ({@link #derivedDirectory}), which goes with it.
 *
 * <p>The hash is a sum, in two 64-bit lanes, of a hash of each triple's ids, so that a write whose deleted and added
 * triples are known gives the graph's new fingerprint without reading the graph ({@link Change}): one more document
 * into 10,000 changes a few hundred of the trace graph's 29 million triples, which a digest in index order read whole
 * again (some 15 s). A sum of strong per-triple hashes tells two different sets apart but for a chance of about
 * 2^-128 per pair; it is no defence against sets built to collide, which nobody who can write the store needs.
 *
 * <p>Why: derived data computed graph by graph (the trace's scan of each document graph) can then be kept and
 * reused for every graph whose fingerprint has not changed, at the cost of reading the graph's index entries, a
 * small fraction of decoding its terms.
 */
public final class GraphFingerprint {

    /** The sub-directory of a database generation that holds data derived from it ({@link #derivedDirectory}). */
    static final String DERIVED = "lskg-derived";
    /** The lanes' seeds (digits of pi): two independent hashes of each triple. */
    private static final long LANE_1 = 0x243F6A8885A308D3L;
    private static final long LANE_2 = 0x13198A2E03707344L;

    private GraphFingerprint() {}

    /**
     * The fingerprint of {@code graph} in {@code dataset} (a TDB2 store, or a wrapper of one), as hex; empty when
     * the dataset is not TDB2. Call within a transaction on {@code dataset}.
     */
    public static Optional<String> of(DatasetGraph dataset, Node graph) {
        return read(dataset, graph).map(Read::fingerprint);
    }

    /** A graph's fingerprint and its number of triples, read together ({@link #read}). */
    record Read(String fingerprint, long triples) {

        /** The fingerprint and triples after {@code change}; empty if this fingerprint is not of the current kind. */
        Optional<Read> after(Change change) {
            if (fingerprint.length() != 32) {
                return Optional.empty();
            }
            long one = Long.parseUnsignedLong(fingerprint.substring(0, 16), 16) + change.lane1();
            long two = Long.parseUnsignedLong(fingerprint.substring(16), 16) + change.lane2();
            return Optional.of(new Read(hex(one, two), triples + change.triples()));
        }
    }

    /**
     * What a write did to a graph's fingerprint: the triples it added less those it deleted, in both lanes, and the
     * change in their number. Exact only for a write whose deleted triples were all in the graph and whose added
     * ones were not, as a write by difference ({@link GraphDifference}) makes them.
     */
    record Change(long triples, long lane1, long lane2) {

        /** The change made by deleting {@code deleted} and adding {@code added} (node ids as numbers). */
        static Change of(LongTriples deleted, LongTriples added) {
            Lanes plus = Lanes.of(added);
            Lanes minus = Lanes.of(deleted);
            return new Change((long) added.size() - deleted.size(), plus.one - minus.one, plus.two - minus.two);
        }

        /** This change, then {@code next}. */
        Change plus(Change next) {
            return new Change(triples + next.triples, lane1 + next.lane1, lane2 + next.lane2);
        }
    }

    /** As {@link #of}, with the graph's number of triples, which the same pass counts. */
    static Optional<Read> read(DatasetGraph dataset, Node graph) {
        Optional<DatasetGraphTDB> tdb = Tdb2.beneath(dataset);
        if (tdb.isEmpty()) {
            return Optional.empty();
        }
        NodeTupleTable quads = tdb.get().getQuadTable().getNodeTupleTable();
        Lanes lanes = new Lanes();
        long triples = 0;
        byte[] ids = new byte[3 * NodeId.SIZE]; // each id as the number Tdb2.asLong makes of it, without allocating
        NodeId g = quads.getNodeTable().getNodeIdForNode(graph);
        if (g != null && !NodeId.isDoesNotExist(g)) {
            Iterator<Tuple<NodeId>> it = quads.find(g, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny);
            while (it.hasNext()) {
                Tuple<NodeId> quad = it.next();
                for (int i = 1; i < 4; i++) {
                    NodeIdFactory.set(quad.get(i), ids, (i - 1) * NodeId.SIZE);
                }
                lanes.add(Bytes.getLong(ids, 0), Bytes.getLong(ids, NodeId.SIZE), Bytes.getLong(ids, 2 * NodeId.SIZE));
                triples++;
            }
        }
        return Optional.of(new Read(hex(lanes.one, lanes.two), triples));
    }

    /** The two lanes' sums of the triples' hashes, as they are added. */
    private static final class Lanes {
        private long one;
        private long two;

        static Lanes of(LongTriples triples) {
            Lanes lanes = new Lanes();
            for (int i = 0; i < triples.size(); i++) {
                lanes.add(triples.subject(i), triples.predicate(i), triples.object(i));
            }
            return lanes;
        }

        void add(long s, long p, long o) {
            one += hash(LANE_1, s, p, o);
            two += hash(LANE_2, s, p, o);
        }
    }

    /** A triple's hash in one lane: its ids mixed in turn into the lane's seed. */
    private static long hash(long lane, long s, long p, long o) {
        return mix(mix(mix(lane ^ s) ^ p) ^ o);
    }

    /** SplitMix64's finaliser: a bijection of 64 bits in which every input bit moves about half the output bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String hex(long one, long two) {
        return HexFormat.of().toHexDigits(one) + HexFormat.of().toHexDigits(two);
    }

    /**
     * The directory for derived data called {@code name} kept by fingerprint: inside the current generation of
     * the TDB2 database beneath {@code dataset} ({@code Data-NNNN/lskg-derived/NAME}), so that it goes with the
     * generation; empty when the dataset is not TDB2 on disk. Not created here. {@link LskgStore#diskBytes()}
     * leaves it out.
     */
    public static Optional<Path> derivedDirectory(DatasetGraph dataset, String name) {
        return Tdb2.generationDirectory(dataset).map(d -> d.resolve(DERIVED).resolve(name));
    }
}
