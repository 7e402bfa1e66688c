package org.lskg.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reading a store back as text, for assertions. */
final class StoreFixture {
    private StoreFixture() {}

    static String export(LskgStore store, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(format, Optional.empty(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static String nquads(LskgStore store) {
        return export(store, ExportFormat.NQUADS);
    }

    static String query(LskgStore store, String sparql, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(sparql, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
