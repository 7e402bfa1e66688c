package org.lskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lskg.trace.TraceListener.Step;

/** A long trace prints a line now and then, a quick one nothing; times read as a user reads them. */
class TraceLinesTest {
    private static final long S = 1_000_000_000L;

    @Test
    void aLongTracePrintsALineEveryTenSecondsAtMost() {
        long[] now = {0};
        StringWriter out = new StringWriter();
        TraceLines lines = new TraceLines(new PrintWriter(out), () -> now[0], TraceLines.EVERY);
        lines.step(Step.READ);
        now[0] = 5 * S;
        lines.step(Step.INDEX); // 5 s: too soon
        now[0] = 12 * S;
        lines.step(Step.SEARCH);
        now[0] = 15 * S;
        lines.progress(7_286, 72_863); // 3 s after the last line
        now[0] = 83 * S;
        lines.progress(21_859, 72_863);
        now[0] = 3_725 * S;
        lines.step(Step.WRITE);
        assertEquals(List.of(
                "tracing  searching follow-ups, 12 s",
                "tracing  searching follow-ups: 21,859 of 72,863 commitments (30 %), 1 min 23 s",
                "tracing  writing the trace graph, 1 h 02 min"), out.toString().lines().toList());
    }

    @Test
    void aQuickTracePrintsNothing() {
        long[] now = {0};
        StringWriter out = new StringWriter();
        TraceLines lines = new TraceLines(new PrintWriter(out), () -> now[0], TraceLines.EVERY);
        for (Step step : Step.values()) {
            lines.step(step);
            lines.progress(300, 400);
            now[0] += 2 * S;
        }
        assertEquals("", out.toString());
    }
}
