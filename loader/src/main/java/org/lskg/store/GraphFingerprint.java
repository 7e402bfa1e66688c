package org.lskg.store;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.lskg.text.Hashes;

/**
 * What a named graph of a TDB2 store holds, in a few bytes: a digest of its quads as TDB2 keeps them (node ids, in
 * the order of its graph-first index), read without turning a single id back into a term. Within one generation
 * of a database ({@link #generationDirectory}) a node's id never changes and never names another node, so two
 * graphs with the same fingerprint hold the same triples, in the same order for every scan of the store's
 * indexes. Across generations (a compaction renumbers the nodes) fingerprints are not comparable: whatever is kept
 * by fingerprint belongs in the generation's directory ({@link #derivedDirectory}), which goes with it.
 *
 * <p>Why: derived data computed graph by graph (the trace's scan of each document graph) can then be kept and
 * reused for every graph whose fingerprint has not changed, at the cost of reading the graph's index entries, a
 * small fraction of decoding its terms.
 */
public final class GraphFingerprint {

    /** The sub-directory of a database generation that holds data derived from it ({@link #derivedDirectory}). */
    static final String DERIVED = "lskg-derived";

    private GraphFingerprint() {}

    /**
     * The fingerprint of {@code graph} in {@code dataset} (a TDB2 store, or a wrapper of one), as hex; empty when
     * the dataset is not TDB2. Call within a transaction on {@code dataset}.
     */
    public static Optional<String> of(DatasetGraph dataset, Node graph) {
        return read(dataset, graph).map(Read::fingerprint);
    }

    /** A graph's fingerprint and its number of triples, read together ({@link #read}). */
    record Read(String fingerprint, long triples) {}

    /** As {@link #of}, with the graph's number of triples, which the same pass counts. */
    static Optional<Read> read(DatasetGraph dataset, Node graph) {
        Optional<DatasetGraphTDB> tdb = Tdb2.beneath(dataset);
        if (tdb.isEmpty()) {
            return Optional.empty();
        }
        NodeTupleTable quads = tdb.get().getQuadTable().getNodeTupleTable();
        MessageDigest digest = Hashes.sha256();
        byte[] ids = new byte[3 * NodeId.SIZE];
        long triples = 0;
        NodeId g = quads.getNodeTable().getNodeIdForNode(graph);
        if (g != null && !NodeId.isDoesNotExist(g)) {
            Iterator<Tuple<NodeId>> it = quads.find(g, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny);
            while (it.hasNext()) {
                Tuple<NodeId> quad = it.next();
                for (int i = 1; i < 4; i++) {
                    NodeIdFactory.set(quad.get(i), ids, (i - 1) * NodeId.SIZE);
                }
                digest.update(ids);
                triples++;
            }
        }
        return Optional.of(new Read(HexFormat.of().formatHex(digest.digest()), triples));
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
