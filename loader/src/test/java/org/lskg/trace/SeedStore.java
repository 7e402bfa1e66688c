package org.lskg.trace;

import java.nio.file.Path;
import java.util.List;
import org.lskg.Pipeline;
import org.lskg.SourceFiles;
import org.lskg.store.LoadOutcome;
import org.lskg.store.LskgStore;
import org.lskg.store.ShaclValidator;
import org.lskg.testing.Corpus;

/** The seed corpus built into a store, as {@code lskg build --input documents} does (trace graph included). */
final class SeedStore {
    private SeedStore() {}

    /** A listener that fails the test on any file not loaded. */
    static final Pipeline.BuildListener STRICT = new Pipeline.BuildListener() {
        @Override
        public void loaded(Path file, LoadOutcome outcome) {}

        @Override
        public void rejected(Path file, String reason) {
            throw new AssertionError(file + " rejected: " + reason);
        }

        @Override
        public void failed(String what, Throwable error) {
            throw new AssertionError("failed on " + what, error);
        }
    };

    static LskgStore build(Path dir) {
        LskgStore store = LskgStore.open(dir, ShaclValidator.fromClasspath());
        Pipeline.BuildReport report = Pipeline.create().build(store, SourceFiles.collect(List.of(Corpus.documents())),
                STRICT);
        if (report.loaded() != 5) {
            throw new AssertionError("expected the 5 seeds, loaded " + report.loaded());
        }
        return store;
    }
}
