package org.lskg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The peak heap of this JVM over a stretch of work, from the heap memory pools' peak usage (the JVM records
 * each pool's high-water mark; {@link #start()} resets them). The sum of the pools' peaks is an upper bound of
 * the heap in use at any one moment, since the pools need not peak together.
 */
public final class HeapPeak {
    private HeapPeak() {}

    /** Collects garbage and resets every heap pool's peak, so that {@link #bytes()} measures from now. */
    public static void start() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peak usage since {@link #start()}, in bytes. */
    public static long bytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** CPU time this JVM has used so far, all threads, in nanoseconds; -1 where the JVM does not tell. */
    public static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** CPU time the calling thread has used so far, in nanoseconds; -1 where the JVM does not tell. */
    public static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The largest heap this JVM may use ({@code -Xmx}), in bytes. */
    public static long max() {
        return Runtime.getRuntime().maxMemory();
    }
}
