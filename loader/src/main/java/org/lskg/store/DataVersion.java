package org.lskg.store;

import java.util.OptionalLong;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Which committed state of a store a transaction sees. A reader that splits one read over several threads, each
 * in a read transaction of its own, compares the versions its threads saw to know that they all read the same
 * state: TDB2 numbers its states, one more at each commit of a write transaction.
 */
public final class DataVersion {

    private DataVersion() {}

    /** Whether {@code dataset} numbers its committed states: a TDB2 store, or a wrapper of one. */
    public static boolean isVersioned(DatasetGraph dataset) {
        return Tdb2.beneath(dataset).isPresent();
    }

    /**
     * The data version that the calling thread's transaction on {@code dataset} sees; empty when the dataset is
     * not a TDB2 store (or a wrapper of one) or the thread is in no transaction on it.
     */
    public static OptionalLong ofThreadTransaction(DatasetGraph dataset) {
        Transaction txn = Tdb2.beneath(dataset).map(tdb -> tdb.getTxnSystem().getThreadTransaction()).orElse(null);
        return txn == null ? OptionalLong.empty() : OptionalLong.of(txn.getDataVersion());
    }
}
