package org.lskg.bench;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.lskg.Pipeline;
import org.lskg.SourceFiles;
import org.lskg.rdf.Iris;
import org.lskg.store.ExportFormat;
import org.lskg.store.LoadOutcome;
import org.lskg.store.LskgStore;
import org.lskg.store.ShaclValidator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * {@code lskg bench build}: builds a corpus into a fresh store as {@code lskg build} does and measures it
 * (documents/s, MB/s, quads/s, wall time, peak heap, the trace step apart); exports the store as N-Quads and
 * loads that export with Jena's TDB2 bulk loader in a child JVM, the floor a build cannot beat; then adds one new
 * document to the built store, the incremental cost.
 */
public final class BuildBench {

    /** Where to work and what to build: a directory of documents, or {@code count} generated ones. */
    public record Options(Path work, Optional<Path> input, int count, long seed, Path seeds, Optional<Duration> timeLimit) {}

    /** Where a running build is, for progress and for a report cut short by the time limit. */
    private static final class Watch {
        final long start = System.nanoTime();
        final AtomicLong lastFile = new AtomicLong(start);
        final AtomicInteger seen = new AtomicInteger();
        /** The JVM's CPU time (all threads) when the build began, and when the last file was reported. */
        final long cpuAtStart = HeapPeak.cpuNanos();
        final AtomicLong cpuAtLastFile = new AtomicLong(cpuAtStart);
        /** The building (writer) thread's own CPU time when the last file was reported. */
        final AtomicLong writerCpuAtLastFile = new AtomicLong();
    }

    /**
     * How long a build took, in nanoseconds: all of it, and the trace step after the last document; the JVM's CPU
     * time for all of it and for the documents alone, and the writer thread's CPU time for the documents.
     */
    record Timing(long total, long trace, long cpu, long documentsCpu, long writerCpu, int loaded, int rejected, int failed) {}

    private final Options options;
    private final Consumer<String> progress;

    public BuildBench(Options options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    /** Generates or reads the corpus and builds it into {@code work/store}, without measuring; for other benchmarks. */
    void buildOnly() {
        List<Path> files = corpus(options.work());
        try (LskgStore store = LskgStore.open(WorkDir.fresh(options.work().resolve("store")), ShaclValidator.fromClasspath())) {
            build(store, files, true, new Watch(), Pipeline.Tracing.AUTO);
        }
    }

    public Report run() {
        Path work = options.work();
        List<Path> files = corpus(work);
        long bytes = WorkDir.size(files);
        Path storeDir = WorkDir.fresh(work.resolve("store"));
        Path export = work.resolve("export.nq");

        progress.accept("building " + files.size() + " documents into " + storeDir);
        long peak;
        Timing build;
        long quads;
        long traceQuads;
        long exportNanos;
        LskgStore opened = LskgStore.open(storeDir, ShaclValidator.fromClasspath());
        HeapPeak.start();
        Watch watch = new Watch();
        Optional<Timing> finished = withinLimit(() -> build(opened, files, true, watch, Pipeline.Tracing.AUTO));
        if (finished.isEmpty()) {
            // the build goes on in a daemon thread: the store stays open until the JVM exits after the report
            return cutShort(files, bytes, watch);
        }
        try (LskgStore store = opened) {
            build = finished.get();
            peak = HeapPeak.bytes();
            quads = countQuads(store.dataset());
            traceQuads = Txn.calculateRead(store.dataset(), () ->
                    store.dataset().getGraph(NodeFactory.createURI(Iris.GRAPH + "trace")).size());
            progress.accept("built in " + Report.seconds(build.total()) + "; exporting N-Quads to " + export);
            long t = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(export), 1 << 16)) {
                store.export(ExportFormat.NQUADS, Optional.empty(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            exportNanos = System.nanoTime() - t;
        }

        progress.accept("loading the export with Jena's TDB2 bulk loader (child JVM)");
        Path floorDir = WorkDir.fresh(work.resolve("floor-store"));
        String heap = (HeapPeak.max() >> 20) + "m";
        ChildJvm.Result floor = ChildJvm.run(work, "floor", heap, JenaFloor.class.getName(),
                List.of(floorDir.toString(), export.toString()));
        long[] floorFigures = JenaFloor.parse(read(floor.stdout()));
        WorkDir.delete(floorDir);

        Path extra = work.resolve("incremental");
        ScaleCorpus generator = ScaleCorpus.fromSeeds(options.seeds());
        // the next document of the generated corpus: a file name and a number no document of the store has
        Path one = generator.writeOne(WorkDir.fresh(extra), files.size(), options.seed());
        progress.accept("adding one document to the built store: " + one);
        Timing incremental;
        try (LskgStore store = LskgStore.open(storeDir, ShaclValidator.fromClasspath())) {
            // the cost of adding one document: the trace only where it touches
            incremental = build(store, List.of(one), false, new Watch(), Pipeline.Tracing.INCREMENTAL);
        }

        Report r = new Report("lskg bench build");
        r.heading("Corpus");
        r.fact("input", options.input().map(Path::toString)
                .orElse("generated: " + files.size() + " documents from " + options.seeds() + ", seed " + options.seed()));
        r.fact("documents", files.size() + " (" + build.loaded() + " loaded, " + build.rejected() + " rejected, "
                + build.failed() + " internal errors)");
        r.fact("text", Report.megabytes(bytes) + " (" + Report.count(bytes) + " bytes)");
        r.fact("quads", Report.count(quads) + " (trace graph: " + Report.count(traceQuads) + ")");
        r.heading("Build (lskg build into a fresh store)");
        r.table(List.of("measure", "value"), List.of(
                List.of("wall time", Report.seconds(build.total())),
                List.of("documents (parse, extract, validate, load)", Report.seconds(build.total() - build.trace())),
                List.of("trace (rebuild of the trace graph)", Report.seconds(build.trace())),
                List.of("CPU time of the JVM (all threads)", Report.seconds(build.cpu())),
                List.of("CPU time of the documents (all threads; of which the writer thread)",
                        Report.seconds(build.documentsCpu()) + " (" + Report.seconds(build.writerCpu()) + ")"),
                List.of("documents/s", Report.rate(build.loaded(), build.total(), "documents")),
                List.of("MB/s", Report.rate(bytes / (1024.0 * 1024.0), build.total(), "MB")),
                List.of("quads/s", Report.rate(quads, build.total(), "quads")),
                List.of("peak heap (sum of heap pool peaks)", Report.megabytes(peak) + " of " + Report.megabytes(HeapPeak.max())),
                List.of("N-Quads export of the store", Report.seconds(exportNanos) + ", " + Report.megabytes(size(export)))));
        r.heading("Floor: Jena's TDB2 bulk loader on the export");
        if (floor.exitCode() != 0 || floorFigures == null) {
            r.fact("failed", "exit " + floor.exitCode() + ": " + floor.stderrTail(5));
        } else {
            r.table(List.of("measure", "value"), List.of(
                    List.of("quads loaded", Report.count(floorFigures[0])),
                    List.of("load time (in the child JVM)", Report.seconds(floorFigures[1])),
                    List.of("CPU time of the child JVM (all threads)", Report.seconds(floorFigures[2])),
                    List.of("quads/s", Report.rate(floorFigures[0], floorFigures[1], "quads")),
                    List.of("lskg build / floor, wall time", String.format(Locale.ROOT, "%.1f×", build.total() / (double) floorFigures[1])),
                    List.of("lskg build / floor, CPU time", String.format(Locale.ROOT, "%.1f×", build.cpu() / (double) floorFigures[2]))));
        }
        r.heading("Incremental: one new document into the built store");
        r.table(List.of("measure", "value"), List.of(
                List.of("wall time (as lskg build --input FILE)", Report.seconds(incremental.total())),
                List.of("of which the trace rebuild", Report.seconds(incremental.trace())),
                List.of("loaded", incremental.loaded() + " (" + incremental.rejected() + " rejected)")));
        return r;
    }

    /** The documents to build: the input directory's, or a generated corpus written under the work directory. */
    private List<Path> corpus(Path work) {
        if (options.input().isPresent()) {
            return SourceFiles.collect(List.of(options.input().get()));
        }
        Path dir = WorkDir.fresh(work.resolve("corpus"));
        ScaleCorpus generator = ScaleCorpus.fromSeeds(options.seeds());
        int step = Math.max(1, options.count() / 10);
        progress.accept("generating " + options.count() + " documents into " + dir);
        return generator.write(dir, options.count(), options.seed(), n -> {
            if (n % step == 0 && n < options.count()) progress.accept("  generated " + n + "/" + options.count());
        });
    }

    /** Builds {@code files} as {@code lskg build} does; the trace step is the time after the last file's report. */
    private Timing build(LskgStore store, List<Path> files, boolean report, Watch watch, Pipeline.Tracing tracing) {
        int step = Math.max(1, files.size() / 20);
        long start = watch.start;
        long writerCpuAtStart = HeapPeak.threadCpuNanos();
        Pipeline.BuildListener listener = new Pipeline.BuildListener() {
            private void done() {
                long now = System.nanoTime();
                watch.lastFile.set(now);
                watch.cpuAtLastFile.set(HeapPeak.cpuNanos());
                watch.writerCpuAtLastFile.set(HeapPeak.threadCpuNanos() - writerCpuAtStart);
                int seen = watch.seen.incrementAndGet();
                if (report && (seen % step == 0 || seen == files.size())) {
                    progress.accept(String.format(Locale.ROOT, "  %d/%d documents (%.1f s, CPU %.1f s, writer thread %.1f s)%s",
                            seen, files.size(), (now - start) / 1e9, (watch.cpuAtLastFile.get() - watch.cpuAtStart) / 1e9,
                            watch.writerCpuAtLastFile.get() / 1e9, seen == files.size() ? "; tracing" : ""));
                }
            }

            @Override
            public void loaded(Path file, LoadOutcome outcome) {
                done();
            }

            @Override
            public void rejected(Path file, String reason) {
                done();
                progress.accept("  rejected " + file.getFileName() + ": " + reason);
            }

            @Override
            public void failed(String what, Throwable error) {
                if (files.stream().anyMatch(f -> f.toString().equals(what))) done();
                progress.accept("  failed " + what + ": " + error);
            }
        };
        long cpu = HeapPeak.cpuNanos();
        Pipeline.BuildReport result = Pipeline.create().build(store, files, listener, tracing);
        long end = System.nanoTime();
        return new Timing(end - start, end - watch.lastFile.get(), HeapPeak.cpuNanos() - cpu,
                watch.cpuAtLastFile.get() - watch.cpuAtStart, watch.writerCpuAtLastFile.get(), result.loaded(),
                result.rejected(), result.failed());
    }

    /** Runs {@code build} within the time limit, if any, on a daemon thread; empty if the limit passed first. */
    private Optional<Timing> withinLimit(Callable<Timing> build) {
        if (options.timeLimit().isEmpty()) {
            try {
                return Optional.of(build.call());
            } catch (Exception e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        }
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-build");
            t.setDaemon(true);
            return t;
        });
        Future<Timing> future = thread.submit(build);
        thread.shutdown();
        try {
            return Optional.of(future.get(options.timeLimit().get().toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The report of a build the time limit cut short: the documents done so far, and where it stopped. */
    private Report cutShort(List<Path> files, long bytes, Watch watch) {
        long now = System.nanoTime();
        int seen = watch.seen.get();
        long docs = watch.lastFile.get() - watch.start;
        Report r = new Report("lskg bench build (cut short by --time-limit)");
        r.fact("input", options.input().map(Path::toString)
                .orElse("generated: " + files.size() + " documents from " + options.seeds() + ", seed " + options.seed()));
        r.fact("text", Report.megabytes(bytes) + " (" + Report.count(bytes) + " bytes)");
        r.fact("stopped after", Report.seconds(now - watch.start) + (seen < files.size()
                ? ", while reading documents (" + seen + " of " + files.size() + " done)"
                : ", in the trace step (all " + files.size() + " documents loaded in " + Report.seconds(docs)
                        + "; the trace had run " + Report.seconds(now - watch.lastFile.get()) + ")"));
        r.table(List.of("measure", "value"), List.of(
                List.of("documents done", seen + " of " + files.size()),
                List.of("documents (parse, extract, validate, load)", Report.seconds(docs)),
                List.of("CPU time of the documents (all threads; of which the writer thread)",
                        Report.seconds(watch.cpuAtLastFile.get() - watch.cpuAtStart) + " ("
                                + Report.seconds(watch.writerCpuAtLastFile.get()) + ")"),
                List.of("documents/s, documents alone", Report.rate(seen, docs, "documents")),
                List.of("MB/s, documents alone", Report.rate(bytes / (1024.0 * 1024.0) * seen / files.size(), docs, "MB")),
                List.of("peak heap so far (sum of heap pool peaks)", Report.megabytes(HeapPeak.bytes()) + " of "
                        + Report.megabytes(HeapPeak.max()))));
        r.note("Not measured: quads, the floor (Jena's bulk loader on the export) and the incremental cost, which"
                + " need the finished store.");
        return r;
    }

    static long countQuads(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> Iter.count(dataset.find()));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
