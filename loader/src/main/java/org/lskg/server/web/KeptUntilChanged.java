package org.lskg.server.web;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;

import org.lskg.store.DataVersion;

/**
 * A value read from the store that costs a pass over it (counts), kept while the store is as it was when the value
 * was read: for good when the server is read-only; until the next commit of a write when it takes updates and the
 * store numbers its states ({@link DataVersion}: a TDB2 store); else read again at each call. At 10,000 documents
 * the VoID counts take half a minute: a server that takes updates read them for every request.
 *
 * <p>Thread-safe: one call reads it at a time, and calls that come meanwhile wait for its result rather than read it
 * again (a crawler's first requests for VoID at 10,000 documents would each count every quad). A value is kept
 * under the state seen just before it was read, so a write during the reading makes the next call read it again,
 * never keeps it stale.
 */
final class KeptUntilChanged<T> implements Supplier<T> {
    private final boolean readOnly;
    /** The store's state as a read transaction sees it; empty when the store does not number its states. */
    private final Supplier<OptionalLong> version;
    private final Supplier<T> read;
    private volatile Kept<T> kept;

    private record Kept<T>(OptionalLong version, T value) {}

    KeptUntilChanged(Site site, Supplier<T> read) {
        this(site.settings().readOnly(), () -> site.sparql().read(DataVersion::ofThreadTransaction), read);
    }

    KeptUntilChanged(boolean readOnly, Supplier<OptionalLong> version, Supplier<T> read) {
        this.readOnly = readOnly;
        this.version = Objects.requireNonNull(version, "version");
        this.read = Objects.requireNonNull(read, "read");
    }

    @Override
    public T get() {
        OptionalLong now = readOnly ? OptionalLong.empty() : version.get();
        Kept<T> k = kept;
        if (current(k, now)) {
            return k.value();
        }
        synchronized (this) {
            k = kept;
            if (current(k, now)) { // read by the call this one waited for
                return k.value();
            }
            T value = read.get();
            if (readOnly || now.isPresent()) {
                kept = new Kept<>(now, value);
            }
            return value;
        }
    }

    /** Whether {@code k} is the value of the store in state {@code now}. */
    private boolean current(Kept<T> k, OptionalLong now) {
        return k != null && (readOnly || now.isPresent() && now.equals(k.version()));
    }
}
