package org.lskg;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Prepares files on worker threads ahead of the one thread that writes, and hands the results back in file
 * order. Parsing, extraction, mapping and validation are pure functions of a file, so they run on all cores;
 * at most {@code window} files are prepared and not yet taken, which bounds the memory held by graphs waiting
 * for the writer. Not thread-safe: one consumer calls {@link #next}; {@link #close} stops the workers.
 */
final class PreparedAhead implements AutoCloseable {
    private final ExecutorService workers;
    private final Iterator<Path> files;
    private final Function<Path, Pipeline.Prepared> prepare;
    private final int window;
    private final Deque<Future<Pipeline.Prepared>> queued = new ArrayDeque<>();

    /**
     * Starts preparing {@code files} with {@code prepare}, which must not throw for bad input (an
     * {@link Error} is passed on to the consumer), on {@code threads} workers, at most {@code window} ahead.
     */
    PreparedAhead(List<Path> files, Function<Path, Pipeline.Prepared> prepare, int threads, int window) {
        if (threads < 1 || window < 1) {
            throw new IllegalArgumentException("threads and window must be at least 1");
        }
        this.workers = Executors.newFixedThreadPool(threads, daemons());
        this.files = List.copyOf(files).iterator();
        this.prepare = prepare;
        this.window = window;
        fill();
    }

    /** One worker per core, and twice as many files in flight, so that no worker waits for the writer. */
    static PreparedAhead onAllCores(List<Path> files, Function<Path, Pipeline.Prepared> prepare) {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new PreparedAhead(files, prepare, cores, 2 * cores);
    }

    /** Whether a file is left to take. */
    boolean hasNext() {
        return !queued.isEmpty();
    }

    /**
     * The next file's result, in the order the files were given; waits for it if needed.
     *
     * @throws java.util.NoSuchElementException when every file was taken
     */
    Pipeline.Prepared next() {
        Future<Pipeline.Prepared> head = queued.removeFirst();
        fill();
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a file to be prepared", e);
        } catch (ExecutionException e) {
            // prepare() turns lskg's own failures into Prepared.Failed; what comes here is an Error (out of memory)
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void fill() {
        while (queued.size() < window && files.hasNext()) {
            Path file = files.next();
            queued.addLast(workers.submit(() -> prepare.apply(file)));
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /**
     * The workers' stack: java.util.regex recurses once per repetition of a group, so a rule's stack need grows
     * with the sentence it reads (bounded by the sentence splitter's cap); 16 MB leaves a wide margin over the
     * 1 MB default. Only the pages a thread touches are committed.
     */
    private static final long WORKER_STACK_BYTES = 16L * 1024 * 1024;

    private static ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(null, task, "lskg-prepare-" + n.incrementAndGet(), WORKER_STACK_BYTES);
            t.setDaemon(true); // an unfinished build never keeps the JVM alive
            return t;
        };
    }
}
