package org.lskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The query benchmark says which queries it timed on an empty answer. */
class QueryBenchTest {

    private static QueryBench.Runs rows(Long... counts) {
        return new QueryBench.Runs(Latencies.of(List.of(1_000_000L, 2_000_000L)), 0, Set.of(counts), 3_000_000L);
    }

    @Test
    void queriesThatAnsweredNoRowAreNamed() {
        Optional<String> note = QueryBench.emptyAnswers(List.of("documents.rq", "trace-commitment.rq", "flags.rq"),
                List.of(rows(100L), rows(0L), rows(0L, 3L)));
        assertTrue(note.isPresent());
        assertTrue(note.get().startsWith("No row from trace-commitment.rq:"), note.get());
        assertEquals(Optional.empty(), QueryBench.emptyAnswers(List.of("documents.rq"), List.of(rows(100L))));
    }
}
