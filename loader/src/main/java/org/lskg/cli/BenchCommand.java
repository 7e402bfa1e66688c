package org.lskg.cli;

import org.lskg.Pipeline;
import org.lskg.bench.BuildBench;
import org.lskg.bench.DenseLine;
import org.lskg.bench.ExportBench;
import org.lskg.bench.QueryBench;
import org.lskg.bench.Report;
import org.lskg.bench.ScaleCorpus;
import org.lskg.document.DocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code lskg bench}: benchmarks of build, queries and bounded memory on a generated scale corpus (or any
 * folder of documents). Measurements, not tests: their figures go to {@code docs/benchmarks.md}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks: generate a scale corpus, time a build against Jena's bulk loader, time every",
                "canned query in-process and over HTTP (and Virtuoso's, if installed), check export and query",
                "under a 256 MB heap. Progress goes to stderr, the report (Markdown) to stdout and --report FILE.",
                "The generated documents recombine the seeds (names, dates, numbers varied, items reordered):",
                "for speed only, never for accuracy."},
        subcommands = {BenchCommand.Generate.class, BenchCommand.Build.class, BenchCommand.Query.class,
                BenchCommand.Export.class, BenchCommand.Dense.class},
        footer = {"", "Examples:",
                "  lskg bench generate --count 1000 --out data/bench/corpus",
                "  lskg bench build --count 100 --report docs/bench-100.md",
                "  lskg bench query --store data/bench/store",
                "  lskg bench export --count 100",
                "  lskg bench dense-line --out data/bench/dense.txt --source ../shared/eval/dev/texts",
                "See docs/benchmarks.md for the figures measured and the exact commands."})
final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What a generated corpus is made of: how many documents, from which seeds, with which random seed. */
    static final class CorpusOptions {
        @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "100",
                description = "Documents to generate (default: ${DEFAULT-VALUE}).")
        int count;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
                description = "Random seed: the same seed, count and seeds give the same bytes (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "documents",
                description = "Seed documents to recombine (default: ${DEFAULT-VALUE}).")
        Path seeds;

        void check() {
            if (count < 1) throw new UserException(ExitCodes.USAGE, "--count must be at least 1");
            if (!Files.isDirectory(seeds)) {
                throw new UserException(ExitCodes.USAGE, "no seed documents at " + seeds + " (run from the repository root or give --seeds)");
            }
        }
    }

    /** Where a benchmark works and where its report goes. */
    static final class WorkOptions {
        @Option(names = {"-w", "--work"}, paramLabel = "DIR", defaultValue = "data/bench",
                description = "Scratch directory for corpora, stores and exports; parts are deleted and remade (default: ${DEFAULT-VALUE}).")
        Path work;

        @Option(names = {"-r", "--report"}, paramLabel = "FILE", description = "Also write the report (Markdown) here.")
        Path report;
    }

    /** Shared by the subcommands: progress lines on stderr, the report on stdout and in --report. */
    abstract static class Sub extends BaseCommand {
        @Mixin
        WorkOptions workOptions;

        void progress(String line) {
            err().println("[bench] " + line);
            err().flush();
        }

        void print(Report report) {
            out().print(report.markdown());
            out().flush();
            if (workOptions.report != null) {
                try {
                    Path parent = workOptions.report.toAbsolutePath().getParent();
                    if (parent != null) Files.createDirectories(parent);
                    Files.writeString(workOptions.report, report.markdown(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UserException(ExitCodes.BAD_INPUT, "cannot write " + workOptions.report + ": " + e.getMessage());
                }
            }
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Write a scale corpus: N documents recombined from the seeds, deterministic from --seed.",
                    "Each is one seed with another province (provinces.tsv), its ministries permuted (the gazetteer's),",
                    "years shifted by 0-3, days, decimal figures and header number changed, bullet runs reordered."},
            footer = {"", "Example:", "  lskg bench generate --count 1000 --out data/bench/corpus-1000 --seed 7"})
    static final class Generate extends BaseCommand {
        @Mixin
        CorpusOptions corpus;

        @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "Folder to write gen-NNNNNNN.txt into.")
        Path out;

        @Override
        protected int run() {
            corpus.check();
            int step = Math.max(1, corpus.count / 10);
            List<Path> files = ScaleCorpus.fromSeeds(corpus.seeds).write(out, corpus.count, corpus.seed, n -> {
                if (n % step == 0 && n < corpus.count) err().println("[bench] generated " + n + "/" + corpus.count);
            });
            out().printf("Wrote %d documents into %s (seed %d).%n", files.size(), out, corpus.seed);
            return ExitCodes.OK;
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Build a corpus into a fresh store (WORK/store) as 'lskg build' does and report documents/s,",
                    "MB/s, quads/s, wall time, peak heap and the trace step apart; export the store as N-Quads and",
                    "load that with Jena's TDB2 bulk loader in a child JVM (the floor) and give the ratio; then add",
                    "one new document to the built store (the incremental cost). The store stays for 'bench query'."},
            footer = {"", "Examples:", "  lskg bench build --count 100",
                    "  java -Xmx2g -jar loader/target/lskg.jar bench build --count 1000 --report data/bench-1000.md",
                    "  lskg bench build --input ../shared/corpus-real/documents"})
    static final class Build extends Sub {
        @Mixin
        CorpusOptions corpus;

        @Option(names = {"-i", "--input"}, paramLabel = "DIR",
                description = "Build these documents instead of a generated corpus (--count is then ignored).")
        Path input;

        @Option(names = "--time-limit", paramLabel = "MINUTES",
                description = {"Stop the build after this long and report what was done (documents/s so far, where it",
                        "stopped); the floor and the incremental cost need the finished store and are then skipped."})
        Long timeLimitMinutes;

        @Override
        protected int run() {
            corpus.check();
            if (input != null && !Files.exists(input)) throw new UserException(ExitCodes.USAGE, "no input at " + input);
            if (timeLimitMinutes != null && timeLimitMinutes < 1) throw new UserException(ExitCodes.USAGE, "--time-limit must be at least 1");
            print(new BuildBench(new BuildBench.Options(workOptions.work, Optional.ofNullable(input), corpus.count,
                    corpus.seed, corpus.seeds, Optional.ofNullable(timeLimitMinutes).map(java.time.Duration::ofMinutes)),
                    this::progress).run());
            return ExitCodes.OK;
        }
    }

    @Command(name = "query", mixinStandardHelpOptions = true,
            description = {"Time every canned query (QUERIES/*.rq) against a built store: p50/p95/p99 in-process and",
                    "over HTTP against an embedded 'lskg serve' with 1, 8 and 32 concurrent clients, with errors and",
                    "row counts. If virtuoso-t and isql-vt are on the PATH, the same N-Quads are loaded into a",
                    "loopback-only Virtuoso the benchmark starts and stops, and p50 and rows are compared."},
            footer = {"", "Example:", "  lskg bench query --store data/bench/store --repeat 20 --requests 64"})
    static final class Query extends Sub {
        @Option(names = {"-s", "--store"}, paramLabel = "DIR", defaultValue = "data/bench/store",
                description = "The store to query (default: ${DEFAULT-VALUE}, what 'bench build' leaves).")
        Path store;

        @Option(names = {"-q", "--queries"}, paramLabel = "DIR", defaultValue = "queries",
                description = "Folder of the canned queries (default: ${DEFAULT-VALUE}).")
        Path queries;

        @Option(names = "--repeat", defaultValue = "20",
                description = "In-process runs of each query, after 2 warm-up runs (default: ${DEFAULT-VALUE}).")
        int repeat;

        @Option(names = "--requests", defaultValue = "32",
                description = "HTTP requests per query and client level, shared among the clients (default: ${DEFAULT-VALUE}).")
        int requests;

        @Option(names = "--clients", split = ",", defaultValue = "1,8,32",
                description = "Concurrent HTTP client levels (default: ${DEFAULT-VALUE}).")
        List<Integer> clients;

        @Option(names = "--no-virtuoso", description = "Do not compare with Virtuoso even if it is installed.")
        boolean noVirtuoso;

        @Option(names = "--sustain", paramLabel = "SECONDS", defaultValue = "60",
                description = {"Then as many clients as the largest level send every query in turn for this long",
                        "(0: skip; default: ${DEFAULT-VALUE})."})
        int sustain;

        @Override
        protected int run() {
            if (!Files.isDirectory(store)) {
                throw new UserException(ExitCodes.USAGE, "no store at " + store + " (run 'lskg bench build' first)");
            }
            if (!Files.isDirectory(queries)) throw new UserException(ExitCodes.USAGE, "no queries at " + queries);
            if (repeat < 1 || requests < 1 || clients.stream().anyMatch(c -> c < 1)) {
                throw new UserException(ExitCodes.USAGE, "--repeat, --requests and --clients must be at least 1");
            }
            if (sustain < 0) throw new UserException(ExitCodes.USAGE, "--sustain must be 0 or more");
            print(new QueryBench(new QueryBench.Options(store, queries, repeat, requests, List.copyOf(clients),
                    workOptions.work, !noVirtuoso, sustain), this::progress).run());
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Bounded memory (issue 11): take a store of at least --min-quads quads (--store, or one built",
                    "from --count generated documents; a smaller one is copied under renamed graphs and bulk-loaded",
                    "until large enough), export it whole with 'lskg export --format nquads' and run a --rows-row",
                    "'lskg query', each in a child JVM under -Xmx--heap. Exit 0 if both pass, 1 if not."},
            footer = {"", "Examples:", "  lskg bench export --count 100",
                    "  lskg bench export --store data/bench/store --heap 256m --rows 10000"})
    static final class Export extends Sub {
        @Mixin
        CorpusOptions corpus;

        @Option(names = {"-s", "--store"}, paramLabel = "DIR", description = "Use this store instead of building one.")
        Path store;

        @Option(names = "--min-quads", defaultValue = "1000000", description = "Smallest store to check (default: ${DEFAULT-VALUE}).")
        long minQuads;

        @Option(names = "--heap", defaultValue = "256m", description = "Heap limit of the child JVMs (default: ${DEFAULT-VALUE}).")
        String heap;

        @Option(names = "--rows", defaultValue = "10000", description = "Rows the query returns (default: ${DEFAULT-VALUE}).")
        int rows;

        @Override
        protected int run() {
            corpus.check();
            if (store != null && !Files.isDirectory(store)) throw new UserException(ExitCodes.USAGE, "no store at " + store);
            if (!heap.matches("\\d+[kKmMgG]")) throw new UserException(ExitCodes.USAGE, "--heap takes a size such as 256m");
            ExportBench.Outcome outcome = new ExportBench(new ExportBench.Options(workOptions.work,
                    Optional.ofNullable(store), corpus.count, corpus.seed, corpus.seeds, minQuads, heap, rows),
                    this::progress).run();
            print(outcome.report());
            return outcome.passed() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
    }

    @Command(name = "dense-line", mixinStandardHelpOptions = true,
            description = {"Write the worst input of issue 11 that is still a document: the header of a seed, then ONE",
                    "line of --bytes bytes made of the task sentences (those lskg reads a commitment in) of the seeds",
                    "and of each --source folder, joined with '; ' and repeated. Time 'lskg extract' on it."},
            footer = {"", "Example:", "  lskg bench dense-line --out data/bench/dense.txt --source ../shared/eval/dev/texts",
                    "  /usr/bin/time -v java -jar loader/target/lskg.jar extract data/bench/dense.txt"})
    static final class Dense extends BaseCommand {
        @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "documents",
                description = "Seed documents: the header comes from the first with a number and a date, task sentences from all (default: ${DEFAULT-VALUE}).")
        Path seeds;

        @Option(names = "--source", paramLabel = "DIR", description = "More documents to take task sentences from (repeatable).")
        List<Path> sources = List.of();

        @Option(names = "--bytes", defaultValue = "2097152", description = "Bytes of the line at least (default: ${DEFAULT-VALUE}, 2 MiB).")
        int bytes;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "File to write (a .txt).")
        Path out;

        @Override
        protected int run() {
            if (bytes < 1) throw new UserException(ExitCodes.USAGE, "--bytes must be at least 1");
            List<Path> files = new ArrayList<>();
            for (Path dir : Stream.concat(Stream.of(seeds), sources.stream()).toList()) {
                if (!Files.isDirectory(dir)) throw new UserException(ExitCodes.USAGE, "no folder at " + dir);
                try (var list = Files.list(dir)) {
                    list.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UserException(ExitCodes.BAD_INPUT, "cannot list " + dir + ": " + e.getMessage());
                }
            }
            if (files.isEmpty()) throw new UserException(ExitCodes.USAGE, "no documents in " + seeds);
            try {
                DenseLine dense = DenseLine.of(Pipeline.create(), files);
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                Files.writeString(out, dense.text(bytes), StandardCharsets.UTF_8);
                out().printf("Wrote %s: a header and one line of %d task sentences repeated to %d bytes.%n", out,
                        dense.tasks().size(), bytes);
            } catch (DocumentException | IllegalArgumentException e) {
                throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
            } catch (IOException e) {
                throw new UserException(ExitCodes.BAD_INPUT, "cannot write " + out + ": " + e.getMessage());
            }
            return ExitCodes.OK;
        }
    }
}
