package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.store.LskgStore;

/**
 * A trace tells its listener its steps in order and, while it searches, how many commitments it traced: never
 * backwards, one call at a time, ending with all of them (those of the five seeds).
 */
class TraceListenerTest {
    @TempDir Path dir;

    @Test
    void hearsEachStepInOrderAndEveryCommitmentTraced() {
        List<TraceListener.Step> steps = new ArrayList<>();
        List<int[]> progress = new ArrayList<>();
        int[] inside = {0};
        TraceListener recorder = new TraceListener() {
            @Override
            public void step(Step step) {
                steps.add(step);
            }

            @Override
            public void progress(int done, int total) {
                assertEquals(1, ++inside[0], "one call at a time");
                progress.add(new int[] {done, total});
                inside[0]--;
            }
        };
        try (LskgStore store = SeedStore.build(dir)) {
            Tracer.Retraced retraced = Tracer.create().withListener(recorder).rebuild(store);
            assertEquals(List.of(TraceListener.Step.READ, TraceListener.Step.INDEX, TraceListener.Step.SEARCH,
                    TraceListener.Step.WRITE), steps);
            int commitments = retraced.commitments();
            assertTrue(commitments > 300, "the seeds' commitments: " + commitments);
            assertTrue(progress.size() >= 50, "about once per percent: " + progress.size());
            for (int i = 0; i < progress.size(); i++) {
                assertEquals(commitments, progress.get(i)[1]);
                assertTrue(i == 0 || progress.get(i)[0] > progress.get(i - 1)[0], "never backwards, never twice");
            }
            assertEquals(commitments, progress.get(progress.size() - 1)[0], "ends with every commitment traced");
        }
    }
}
