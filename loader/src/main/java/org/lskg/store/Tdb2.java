package org.lskg.store;

import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The TDB2 database beneath a dataset. {@link TDBInternal#isTDB2} recognises a TDB2 dataset only unwrapped, and
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
}
