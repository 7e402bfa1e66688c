package org.lskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

class DataVersionTest {

    @Test
    void twoReadsOfOneStateSeeOneVersionAndACommitMakesANewOne() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        assertTrue(DataVersion.isVersioned(tdb));
        OptionalLong first = Txn.calculateRead(tdb, () -> DataVersion.ofThreadTransaction(tdb));
        OptionalLong again = Txn.calculateRead(tdb, () -> DataVersion.ofThreadTransaction(tdb));
        assertTrue(first.isPresent());
        assertEquals(first, again);
        Txn.executeWrite(tdb, () -> tdb.add(SSE.parseQuad("(:g :s :p :o)")));
        OptionalLong after = Txn.calculateRead(tdb, () -> DataVersion.ofThreadTransaction(tdb));
        assertNotEquals(first, after);
    }

    @Test
    void outsideATransactionOrOffTdb2ThereIsNone() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        assertFalse(DataVersion.ofThreadTransaction(tdb).isPresent());
        DatasetGraph memory = DatasetGraphFactory.createTxnMem();
        assertFalse(DataVersion.isVersioned(memory));
        assertFalse(Txn.calculateRead(memory, () -> DataVersion.ofThreadTransaction(memory)).isPresent());
    }
}
