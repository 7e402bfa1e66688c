package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.resolve.Gazetteer;
import org.lskg.store.LskgStore;

/**
 * A trace's search gives its timelines a batch at a time, in date order, and searches no further than the batch
 * after the one it gives: the trace graph is written from them as they come, and a whole trace is never held (the
 * seeds, in batches of 16 commitments).
 */
class TraceSearchTest {
    @TempDir Path dir;

    @Test
    void givesTheTimelinesOfTheWholeTraceInDateOrderABatchAtATime() {
        try (LskgStore store = SeedStore.build(dir)) {
            CorpusSnapshot corpus = CorpusReader.read(store.dataset());
            Trace whole = Tracer.create().trace(corpus, Optional.empty());

            TraceSearch.Counts counts = new TraceSearch.Counts();
            TraceSearch search = new TraceSearch(corpus, Optional.empty(), Optional.empty(), counts,
                    Thresholds.DEFAULT, Gazetteer.standard(), TraceListener.NONE, 16);
            List<Trace.Timeline> given = new ArrayList<>();
            List<Long> searchedWhenGiven = new ArrayList<>();
            search.send(t -> {
                given.add(t);
                searchedWhenGiven.add(counts.searched().sum());
            });

            assertTrue(whole.timelines().size() > 300, "the seeds' commitments: " + whole.timelines().size());
            assertEquals(whole.timelines().size(), search.size());
            assertEquals(whole.timelines(), given, "the same timelines in the same (date) order");
            assertEquals(whole.flags(), search.flags());
            for (int i = 0; i < given.size(); i++) {
                long batchEnd = Math.min(given.size(), (i / 16 + 1) * 16L);
                long searched = searchedWhenGiven.get(i);
                assertTrue(searched >= batchEnd && searched <= Math.min(given.size(), batchEnd + 16),
                        "timeline " + i + " is given when its batch is searched, and no more than the next: " + searched);
            }
            assertThrows(IllegalStateException.class, () -> search.send(t -> {}), "a search is read once");
        }
    }
}
