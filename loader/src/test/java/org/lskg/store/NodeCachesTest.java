package org.lskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.tdb2.params.StoreParams;
import org.junit.jupiter.api.Test;

/** TDB2's node caches are sized for the heap: small under a small heap, TDB2's own above. */
class NodeCachesTest {

    private static final long MB = 1L << 20;

    @Test
    void aHeapOf256MbKeepsAQuarterOfItForEachNodeCache() {
        StoreParams p = NodeCaches.forHeap(256 * MB);
        assertEquals(65_536, p.getNodeId2NodeCacheSize());
        assertEquals(65_536, p.getNode2NodeIdCacheSize());
    }

    @Test
    void aLargeHeapKeepsTdb2sDefaultsAndEveryOtherParameter() {
        StoreParams defaults = StoreParams.getDftStoreParams();
        StoreParams p = NodeCaches.forHeap(6L * 1024 * MB);
        assertEquals(defaults.getNodeId2NodeCacheSize(), p.getNodeId2NodeCacheSize());
        assertEquals(defaults.getNode2NodeIdCacheSize(), p.getNode2NodeIdCacheSize());
        assertEquals(defaults.getBlockSize(), p.getBlockSize());
        assertEquals(defaults.getPrimaryIndexQuads(), p.getPrimaryIndexQuads());
        assertEquals(java.util.List.of(defaults.getQuadIndexes()), java.util.List.of(p.getQuadIndexes()));
    }

    @Test
    void aTinyHeapStillCachesAThousandNodes() {
        assertEquals(1_000, NodeCaches.forHeap(MB).getNodeId2NodeCacheSize());
    }
}
