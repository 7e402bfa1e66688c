package org.lskg.bench;

import org.lskg.store.ExportFormat;
import org.lskg.store.LskgStore;
import org.lskg.store.ShaclValidator;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code lskg bench export}: the bounded-memory check of issue 11. A store of at least {@code minQuads} quads
 * (the one given, or one built from a generated corpus; if it is smaller, its N-Quads are copied under renamed
 * graphs until large enough and bulk-loaded into a new store) is exported whole as N-Quads by
 * {@code lskg export --format nquads} in a child JVM under {@code -Xmx<heap>}, and a query of {@code rows} rows
 * is run by {@code lskg query} under the same heap. Each passes if it exits 0 without an
 * {@code OutOfMemoryError} and writes what it should (every quad; every row).
 */
public final class ExportBench {

    /** The class of {@code java -jar lskg.jar}, named and not imported: the benchmark sits beside the CLI. */
    static final String LSKG_MAIN = "org.lskg.cli.Main";
    /** The graph term ending an N-Quads line: {@code <graph> .} */
    private static final Pattern GRAPH_TERM = Pattern.compile("<([^>]*)> \\.$");

    public record Options(Path work, Optional<Path> store, int count, long seed, Path seeds, long minQuads,
                          String heap, int rows) {}

    private final Options options;
    private final Consumer<String> progress;

    public ExportBench(Options options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    /** The report, and whether both checks passed. */
    public record Outcome(Report report, boolean passed) {}

    public Outcome run() {
        Path work = options.work();
        Path source = options.store().orElseGet(this::buildSource);
        long sourceQuads;
        try (LskgStore store = LskgStore.open(source, ShaclValidator.fromClasspath())) {
            sourceQuads = BuildBench.countQuads(store.dataset());
        }
        Path target = source;
        long quads = sourceQuads;
        int copies = 1;
        if (sourceQuads < options.minQuads()) {
            copies = (int) ((options.minQuads() + sourceQuads - 1) / Math.max(1, sourceQuads));
            progress.accept(source + " holds " + Report.count(sourceQuads) + " quads; copying them " + copies
                    + " times under renamed graphs to pass " + Report.count(options.minQuads()));
            Path copied = replicate(source, work.resolve("copied.nq"), copies);
            target = WorkDir.fresh(work.resolve("big-store"));
            ChildJvm.Result load = ChildJvm.run(work, "big-load", (HeapPeak.max() >> 20) + "m",
                    JenaFloor.class.getName(), List.of(target.toString(), copied.toString()));
            long[] loaded = JenaFloor.parse(BuildBench.read(load.stdout()));
            if (load.exitCode() != 0 || loaded == null) {
                throw new IllegalStateException("bulk load of " + copied + " failed: " + load.stderrTail(5));
            }
            quads = loaded[0];
            try {
                Files.delete(copied);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        progress.accept("exporting " + Report.count(quads) + " quads as N-Quads under -Xmx" + options.heap());
        Path export = work.resolve("big-export.nq");
        ChildJvm.Result exported = ChildJvm.run(work, "export", options.heap(), LSKG_MAIN,
                List.of("export", "--store", target.toString(), "--format", "nquads", "--out", export.toString()));
        long lines = lines(export);
        boolean exportOk = exported.exitCode() == 0 && !exported.outOfMemory() && lines == quads;

        progress.accept("querying " + options.rows() + " rows under -Xmx" + options.heap());
        String query = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT " + options.rows();
        ChildJvm.Result queried = ChildJvm.run(work, "query", options.heap(), LSKG_MAIN,
                List.of("query", "--store", target.toString(), "--format", "tsv", "-e", query));
        long rows = lines(queried.stdout()) - 1;
        boolean queryOk = queried.exitCode() == 0 && !queried.outOfMemory() && rows == options.rows();

        Report r = new Report("lskg bench export");
        r.fact("store", target + (copies > 1 ? " (" + source + " copied " + copies + " times under renamed graphs)" : ""));
        r.fact("quads", Report.count(quads));
        r.fact("heap limit of each child JVM", "-Xmx" + options.heap());
        r.table(List.of("check", "result", "wall", "peak heap (GC log)", "output"), List.of(
                List.of("lskg export --format nquads (whole store)", exportOk ? "pass" : "FAIL" + why(exported),
                        Report.seconds(exported.nanos()), heap(exported), Report.count(lines) + " lines"),
                List.of("lskg query --format tsv, " + Report.count(options.rows()) + " rows", queryOk ? "pass" : "FAIL" + why(queried),
                        Report.seconds(queried.nanos()), heap(queried), Report.count(rows) + " rows")));
        r.note("Query: `" + query + "`");
        try {
            Files.deleteIfExists(export);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome(r, exportOk && queryOk);
    }

    private Path buildSource() {
        Path dir = options.work().resolve("export-source");
        progress.accept("no --store: building " + options.count() + " generated documents into " + dir.resolve("store"));
        new BuildBench(new BuildBench.Options(dir, Optional.empty(), options.count(), options.seed(), options.seeds(),
                Optional.empty()),
                progress).buildOnly();
        return dir.resolve("store");
    }

    /**
     * Writes the store's N-Quads {@code copies} times, copy k &gt; 0 with every graph IRI suffixed "-copy-k". Every
     * lskg quad is in a named graph (the default graph is the union), so each line ends with its graph's IRI.
     */
    private Path replicate(Path store, Path out, int copies) {
        Path once = out.resolveSibling("once.nq");
        try (LskgStore s = LskgStore.open(store, ShaclValidator.fromClasspath());
             OutputStream o = Files.newOutputStream(once)) {
            s.export(ExportFormat.NQUADS, Optional.empty(), o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int k = 0; k < copies; k++) {
                String suffix = "-copy-" + k;
                boolean rename = k > 0;
                try (BufferedReader r = Files.newBufferedReader(once, StandardCharsets.UTF_8)) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        Matcher m = GRAPH_TERM.matcher(line);
                        if (rename && m.find()) {
                            line = line.substring(0, m.start()) + "<" + m.group(1) + suffix + "> .";
                        }
                        w.write(line);
                        w.write('\n');
                    }
                }
            }
            Files.delete(once);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String why(ChildJvm.Result r) {
        if (r.outOfMemory()) return " (OutOfMemoryError)";
        if (r.exitCode() != 0) return " (exit " + r.exitCode() + ": " + r.stderrTail(2).replace('\n', ' ').replace('|', '/') + ")";
        return " (incomplete output)";
    }

    private static String heap(ChildJvm.Result r) {
        return r.peakHeapBytes() < 0 ? "no collection logged" : Report.megabytes(r.peakHeapBytes());
    }

    private static long lines(Path file) {
        if (!Files.exists(file)) return 0;
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
