package org.lskg.server.web;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value read from the store that costs a pass over it (counts): kept once read when the server is read-only,
 * since the store cannot change under it, else read again at each call. Thread-safe: two first calls may both
 * read it, and either result is kept.
 */
final class KeptWhileReadOnly<T> implements Supplier<T> {
    private final boolean keep;
    private final Supplier<T> read;
    private volatile T kept;

    KeptWhileReadOnly(Site site, Supplier<T> read) {
        this.keep = site.settings().readOnly();
        this.read = Objects.requireNonNull(read, "read");
    }

    @Override
    public T get() {
        T value = kept;
        if (value != null) {
            return value;
        }
        value = read.get();
        if (keep) {
            kept = value;
        }
        return value;
    }
}
