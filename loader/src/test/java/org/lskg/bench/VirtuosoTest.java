package org.lskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Virtuoso the query benchmark starts is sized to the machine. */
class VirtuosoTest {

    /** A quarter of the memory in 8 KiB pages; never fewer than Virtuoso's guide gives for 2 GB to spare. */
    @Test
    void pageBuffersAreAQuarterOfTheMachinesMemory() {
        assertEquals(786_432, Virtuoso.buffers(24L << 30));
        assertEquals(170_000, Virtuoso.buffers(2L << 30));
        assertEquals(170_000, Virtuoso.buffers(0));
    }
}
