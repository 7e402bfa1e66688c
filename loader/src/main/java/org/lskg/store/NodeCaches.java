package org.lskg.store;

import org.apache.jena.tdb2.params.StoreParams;

/**
 * How many nodes TDB2 keeps in its heap caches, for the heap this JVM has. TDB2's defaults (1,000,000 nodes by id and
 * as many ids by node, whatever the heap) suit a large heap; under {@code -Xmx256m} they took the heap when a
 * whole store of 1,000 generated documents was exported (7.7 million quads: about 700,000 cached nodes, some
 * 125 MB with their strings, beside the export's 32 MB sort buffer, ended in {@code OutOfMemoryError}), and issue
 * 11 asks for the export and queries under 256 MB at any store size. So each cache gets at most a quarter of the
 * heap, at {@value #BYTES_PER_NODE} bytes a node (a sentence's text is several hundred characters), and never
 * more than TDB2's defaults: the default heap of a 24 GB machine (6 GB) keeps them, 256 MB keeps 65,536 nodes
 * each way. Cache sizes are among
 * TDB2's dynamic parameters, so they may differ from one opening of a store to the next.
 */
final class NodeCaches {
    private NodeCaches() {}

    /** What one cached node is taken to cost, with its string, its node id and the cache's entry. */
    static final int BYTES_PER_NODE = 1024;

    /** TDB2's store parameters with node caches sized for a heap of {@code maxHeapBytes}. */
    static StoreParams forHeap(long maxHeapBytes) {
        StoreParams defaults = StoreParams.getDftStoreParams();
        int nodes = (int) Math.min(Integer.MAX_VALUE, Math.max(1_000, maxHeapBytes / 4 / BYTES_PER_NODE));
        return StoreParams.builder(defaults)
                .nodeId2NodeCacheSize(Math.min(defaults.getNodeId2NodeCacheSize(), nodes))
                .node2NodeIdCacheSize(Math.min(defaults.getNode2NodeIdCacheSize(), nodes))
                .build();
    }
}
