package org.lskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query benchmark says which queries it timed on an empty answer, and runs portable forms on other stores. */
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

    /** A query with a file of its name in portable/ is run in that form on other stores; one without, as it is. */
    @Test
    void otherStoresRunThePortableFormWhereThereIsOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.rq"), "SELECT * { ?g <urn:f> (?d) }");
        Files.writeString(dir.resolve("b.rq"), "SELECT * { ?s ?p ?o }");
        Files.createDirectory(dir.resolve("portable"));
        Files.writeString(dir.resolve("portable").resolve("a.rq"), "SELECT * { GRAPH ?g { ?d ?p ?o } }");
        List<QueryBench.Canned> canned = QueryBench.canned(dir);
        assertEquals(List.of("a.rq", "b.rq"), canned.stream().map(QueryBench.Canned::name).toList());
        assertEquals("SELECT * { ?g <urn:f> (?d) }", canned.get(0).text());
        assertEquals("SELECT * { GRAPH ?g { ?d ?p ?o } }", canned.get(0).forOtherStores().text());
        assertEquals("SELECT * { ?s ?p ?o }", canned.get(1).forOtherStores().text());
    }
}
