package org.lskg.server.web;

import java.io.OutputStream;
import java.util.Optional;

import org.lskg.store.ExportFormat;

/**
 * Where dumps come from: the store's export ({@code LskgStore::export}), which writes N-Quads sorted, so a
 * dump of an unchanged store has the same bytes, hence the same checksum, every time.
 */
@FunctionalInterface
public interface DumpSource {
    /** Writes the whole dataset, or the named graph {@code graph}, to {@code out} (flushed, not closed). */
    void export(ExportFormat format, Optional<String> graph, OutputStream out);
}
