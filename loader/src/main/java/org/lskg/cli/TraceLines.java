package org.lskg.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.lskg.trace.TraceListener;

/**
 * How {@code lskg build} shows a long trace off a terminal: a line now and then on standard error, with the
 * step, the commitments traced and the time since the trace began ("tracing  searching follow-ups: 21,859 of
 * 72,863 commitments (30 %), 1 min 05 s"). The first line comes only once the trace has taken
 * {@code every} nanoseconds, and the others at least as far apart, so a quick trace prints nothing: a build
 * of a few documents reads as before, and one of 10,000 (an hour's trace) says where it is. Calls come one at a
 * time ({@link TraceListener}).
 */
final class TraceLines implements TraceListener {
    /** The time between two lines, and before the first, by default: ten seconds. */
    static final long EVERY = 10_000_000_000L;

    private final PrintWriter err;
    private final LongSupplier clock;
    private final long every;
    private long started = -1;
    private long printed;
    private Step step = Step.READ;
    private int done;
    private int total = -1;

    /** Lines to {@code err}, timed by {@code clock} (nanoseconds), at least {@code every} apart. */
    TraceLines(PrintWriter err, LongSupplier clock, long every) {
        this.err = err;
        this.clock = clock;
        this.every = every;
    }

    @Override
    public void step(Step step) {
        long now = clock.getAsLong();
        if (started < 0) {
            started = now;
            printed = now;
        }
        if (step != this.step) {
            this.step = step;
            maybePrint(now);
        }
    }

    @Override
    public void progress(int done, int total) {
        this.done = done;
        this.total = total;
        maybePrint(clock.getAsLong());
    }

    private void maybePrint(long now) {
        if (started < 0 || now - printed < every) {
            return;
        }
        printed = now;
        String count = step == Step.SEARCH && total >= 0
                ? String.format(Locale.ROOT, ": %,d of %,d commitments (%d %%)", done, total,
                        total == 0 ? 100 : (int) (100L * done / total))
                : "";
        err.printf(Locale.ROOT, "tracing  %s%s, %s%n", step.label(), count, elapsed(now - started));
        err.flush();
    }

    /** "45 s", "1 min 05 s", "1 h 02 min". */
    static String elapsed(long nanos) {
        long s = nanos / 1_000_000_000L;
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
