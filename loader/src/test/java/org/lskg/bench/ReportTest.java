package org.lskg.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportTest {

    @Test
    void rendersFactsAndPaddedTablesAsMarkdown() {
        Report r = new Report("lskg bench build")
                .heading("Corpus")
                .fact("documents", "100")
                .table(List.of("query", "p50"), List.of(List.of("documents.rq", "3.5"), List.of("a.rq", "12.0")));
        assertEquals("""
                # lskg bench build

                ## Corpus

                - documents: 100

                | query        | p50  |
                | ------------ | ---- |
                | documents.rq | 3.5  |
                | a.rq         | 12.0 |
                """, r.markdown());
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        Report r = new Report("t");
        assertThrows(IllegalArgumentException.class, () -> r.table(List.of("a", "b"), List.of(List.of("1"))));
    }

    @Test
    void unitsAreWrittenTheSameEverywhere() {
        assertEquals("12.3 s", Report.seconds(12_345_000_000L));
        assertEquals("256 MB", Report.megabytes(256L << 20));
        assertEquals("50.0 documents/s", Report.rate(100, 2_000_000_000L, "documents"));
        assertEquals("0.249 MB/s", Report.rate(0.249, 1_000_000_000L, "MB"));
        assertEquals("8,553 quads/s", Report.rate(1_040_334, 121_640_000_000L, "quads"));
        assertEquals("1,562,000", Report.count(1_562_000));
    }

    @Test
    void percentilesAreNearestRank() {
        Latencies l = Latencies.of(List.of(5L, 1L, 4L, 2L, 3L, 6L, 7L, 8L, 9L, 10L));
        assertEquals(5, l.percentile(50));
        assertEquals(10, l.percentile(95));
        assertEquals(10, l.percentile(99));
        assertEquals(1, l.percentile(1));
        assertEquals(0, Latencies.of(List.of()).percentile(50));
    }

    @Test
    void peakHeapIsReadFromAGcLog() {
        List<String> log = List.of(
                "[0.112s][info][gc] Using G1",
                "[1.204s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 23M->5M(256M) 3.456ms",
                "[2.310s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 180M->40M(256M) 9.1ms",
                "[3.000s][info][gc,heap,exit]  garbage-first heap   total 262144K, used 51200K");
        assertEquals(180L << 20, ChildJvm.peakHeap(log));
        assertEquals(-1, ChildJvm.peakHeap(List.of("[0.1s][info][gc] Using G1")));
    }

    @Test
    void theFloorsLineIsRead() {
        assertArrayEquals(new long[] {1040334, 121640373629L, 90000000000L},
                JenaFloor.parse("quads=1040334 nanos=121640373629 cpu=90000000000\n"));
        assertNull(JenaFloor.parse("nothing"));
    }
}
