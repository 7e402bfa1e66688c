package org.lskg.store;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The TDB2 database beneath a dataset, and the few facts of it lskg reads. {@link TDBInternal#isTDB2} recognises a TDB2 dataset only unwrapped, and
 * a store's {@link LskgStore#dataset()} is wrapped (by jena-text, to keep the full-text index in step): this looks
 * through every {@link DatasetGraphWrapper} first.
 */
final class Tdb2 {

    private Tdb2() {}

    /** The TDB2 database beneath {@code dataset} and its wrappers; empty when there is none. */
    static Optional<DatasetGraphTDB> beneath(DatasetGraph dataset) {
        DatasetGraph d = dataset;
        while (!TDBInternal.isTDB2(d) && d instanceof DatasetGraphWrapper wrapper) {
            d = wrapper.getWrapped();
        }
        return TDBInternal.isTDB2(d) ? Optional.of(TDBInternal.getDatasetGraphTDB(d)) : Optional.empty();
    }

    /**
     * The directory of the current generation of the TDB2 database beneath {@code dataset} ({@code Data-NNNN},
     * which a compaction replaces); empty when there is none on disk.
     */
    static Optional<Path> generationDirectory(DatasetGraph dataset) {
        return beneath(dataset).map(DatasetGraphTDB::getLocation).filter(l -> !l.isMem())
                .map(l -> Path.of(l.getDirectoryPath()));
    }

    /** A node id as a number ({@link NodeId#SIZE} is 8 bytes), to keep in plain collections. */
    static long asLong(NodeId id) {
        byte[] bytes = new byte[NodeId.SIZE];
        NodeIdFactory.set(id, bytes);
        return ByteBuffer.wrap(bytes).getLong();
    }

    /** The node id of a number from {@link #asLong}. */
    static NodeId nodeId(long id) {
        return NodeIdFactory.get(ByteBuffer.allocate(NodeId.SIZE).putLong(id).array());
    }
}
