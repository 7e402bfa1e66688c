package org.lskg.cli;

import org.lskg.store.LskgStore;
import org.lskg.store.ShaclValidator;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --store} option, shared by the commands that work on a store. */
final class StoreOption {

    @Option(names = {"-s", "--store"}, paramLabel = "DIR", defaultValue = "data/store",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    /** Opens the store, creating it if needed. */
    LskgStore openOrCreate() {
        return LskgStore.open(store, ShaclValidator.fromClasspath());
    }

    /** Opens an existing store; a missing one is a user error, not an empty result. */
    LskgStore openExisting() {
        if (!Files.isDirectory(store)) {
            throw new UserException(ExitCodes.USAGE, "no store at " + store + " (run 'lskg build' first)");
        }
        return openOrCreate();
    }
}
