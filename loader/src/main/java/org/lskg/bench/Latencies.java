package org.lskg.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Latencies of repeated runs of one thing, in nanoseconds, summarised by nearest-rank percentiles: the p-th
 * percentile is the smallest sample with at least p % of the samples at or below it.
 */
public record Latencies(long[] sortedNanos) {

    public Latencies {
        sortedNanos = sortedNanos.clone();
        Arrays.sort(sortedNanos);
    }

    /** A copy: the record stays immutable. */
    @Override
    public long[] sortedNanos() {
        return sortedNanos.clone();
    }

    public static Latencies of(List<Long> nanos) {
        return new Latencies(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    public int count() {
        return sortedNanos.length;
    }

    /** The nearest-rank {@code p}-th percentile (0 &lt; p ≤ 100) in nanoseconds; 0 when there is no sample. */
    public long percentile(double p) {
        if (sortedNanos.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.min(sortedNanos.length, Math.max(1, rank)) - 1];
    }

    /** {@link #percentile} in milliseconds, for reports. */
    public double millis(double p) {
        return percentile(p) / 1e6;
    }
}
