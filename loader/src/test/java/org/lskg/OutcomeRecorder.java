package org.lskg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lskg.store.LoadOutcome;

/**
 * A build listener for tests: each file's outcome ("loaded", or "rejected: " and the reason) in the order told,
 * and lskg's own failures, which also count as the outcome "failed" of what failed.
 */
final class OutcomeRecorder implements Pipeline.BuildListener {
    final Map<Path, String> outcome = new LinkedHashMap<>();
    final List<String> failures = new ArrayList<>();

    @Override
    public void loaded(Path file, LoadOutcome o) {
        outcome.put(file, "loaded");
    }

    @Override
    public void rejected(Path file, String reason) {
        outcome.put(file, "rejected: " + reason);
    }

    @Override
    public void failed(String what, Throwable error) {
        failures.add(what + ": " + error);
        outcome.put(Path.of(what), "failed");
    }
}
