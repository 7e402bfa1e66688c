package org.lskg.bench;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.lskg.server.LskgServer;
import org.lskg.store.LskgStore;
import org.lskg.store.ShaclValidator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * {@code lskg bench query}: latency percentiles of every canned query ({@code queries/*.rq}) against a built
 * store, in-process (ARQ on the TDB2 dataset, every row read) and over HTTP against an embedded
 * {@link LskgServer} on a free loopback port with 1, 8 and 32 concurrent clients ({@code java.net.http}, TSV
 * results, every row read), with error and row counts; then Virtuoso side by side when it is installed.
 */
public final class QueryBench {

    /** The store, the queries' directory, runs per query in-process, requests per query and client level. */
    public record Options(Path store, Path queries, int repeat, int requests, List<Integer> clients,
                          Path work, boolean virtuoso, int sustainSeconds) {}

    /** The queries folder's subfolder of portable forms, which stores without lskg's functions run. */
    static final String PORTABLE = "portable";

    /**
     * A canned query: its file name, its text, and the text other stores run when the folder's {@code portable/}
     * holds a file of the same name (the same rows in SPARQL 1.1 alone, without lskg's property functions).
     */
    record Canned(String name, String text, Optional<String> portable) {

        /** What a store without lskg's functions runs: the portable form, else the query itself. */
        Canned forOtherStores() {
            return new Canned(name, portable.orElse(text), Optional.empty());
        }
    }

    /**
     * A warning for the queries that answered no row in any run: the canned queries' parameters are the seeds'
     * examples, which a generated store does not hold, and the time of an empty answer says nothing of the
     * query's (trace-commitment answered none in 1 ms at 10,000 generated documents, and took 40 s with a
     * commitment the store holds). Empty when every query answered something.
     */
    static Optional<String> emptyAnswers(List<String> names, List<Runs> runs) {
        List<String> empty = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (runs.get(i).rows().equals(Set.of(0L))) {
                empty.add(names.get(i));
            }
        }
        return empty.isEmpty() ? Optional.empty() : Optional.of("No row from " + String.join(", ", empty)
                + ": their parameters (the examples in each file) are not in this store, so these times are of an"
                + " empty answer. Edit the files' VALUES to values the store holds to measure them.");
    }

    /** The runs of one query at one level: latencies, failed requests, the row counts seen. */
    record Runs(Latencies latencies, int errors, Set<Long> rows, long wallNanos) {
        String rowText() {
            return rows.isEmpty() ? "-" : rows.stream().map(String::valueOf).collect(Collectors.joining("|"));
        }
    }

    private final Options options;
    private final Consumer<String> progress;

    public QueryBench(Options options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    public Report run() {
        List<Canned> queries = canned(options.queries());
        Report r = new Report("lskg bench query");
        r.fact("store", options.store().toString());
        r.fact("queries", queries.size() + " files of " + options.queries());
        List<Runs> inProcess = new ArrayList<>();
        List<List<Runs>> http = new ArrayList<>();
        List<Runs> sustained = List.of();
        int sustainClients = options.clients().stream().mapToInt(Integer::intValue).max().orElse(1);
        VirtuosoRuns virtuoso = null;
        long quads;
        LskgStore store = LskgStore.open(options.store(), ShaclValidator.fromClasspath());
        try {
            DatasetGraph ds = store.dataset();
            quads = BuildBench.countQuads(ds);
            for (Canned q : queries) {
                progress.accept("in-process: " + q.name());
                inProcess.add(inProcess(ds, q));
            }
            try (LskgServer server = LskgServer.create().dataset(ds).port(0).host("127.0.0.1").ui(false).build()) {
                server.start();
                String endpoint = server.datasetURL() + "/sparql";
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                // One request of each query first, not timed, as the in-process runs have warm-up runs: the first
                // request a fresh server answers (Jetty's and Fuseki's first use) is not the query's time.
                queries.forEach(q -> warmUp(client, endpoint, q));
                for (int clients : options.clients()) {
                    List<Runs> level = new ArrayList<>();
                    for (Canned q : queries) {
                        progress.accept("HTTP, " + clients + " client" + (clients == 1 ? "" : "s") + ": " + q.name());
                        level.add(overHttp(client, endpoint, q, clients));
                    }
                    http.add(level);
                }
                if (options.sustainSeconds() > 0) {
                    progress.accept("HTTP, " + sustainClients + " clients, all queries mixed for "
                            + options.sustainSeconds() + " s");
                    sustained = sustained(client, endpoint, queries, sustainClients);
                }
                if (options.virtuoso() && Virtuoso.available()) {
                    virtuoso = virtuoso(store, client, queries);
                }
            }
        } catch (RuntimeException e) {
            close(store);
            throw e;
        }
        // measured: a store that will not close (a server thread still in a transaction) costs a note, not the report
        String closing = close(store);
        r.fact("quads in the store", Report.count(quads));
        r.fact("runs", "in-process " + options.repeat() + " per query after 2 warm-up runs; over HTTP about "
                + options.requests() + " requests per query and client level (the server's row cap: "
                + LskgServer.DEFAULT_MAX_ROWS + ")");
        r.heading("In-process (ARQ over the TDB2 store), milliseconds");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            Runs runs = inProcess.get(i);
            rows.add(List.of(queries.get(i).name(), runs.rowText(), Report.millis(runs.latencies().millis(50)),
                    Report.millis(runs.latencies().millis(95)), Report.millis(runs.latencies().millis(99)),
                    String.valueOf(runs.errors())));
        }
        r.table(List.of("query", "rows", "p50", "p95", "p99", "errors"), rows);
        emptyAnswers(queries.stream().map(q -> q.name()).toList(), inProcess).ifPresent(r::note);
        for (int l = 0; l < options.clients().size(); l++) {
            int clients = options.clients().get(l);
            r.heading("HTTP, " + clients + " concurrent client" + (clients == 1 ? "" : "s") + ", milliseconds");
            rows = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                Runs runs = http.get(l).get(i);
                rows.add(List.of(queries.get(i).name(), runs.rowText(), Report.millis(runs.latencies().millis(50)),
                        Report.millis(runs.latencies().millis(95)), Report.millis(runs.latencies().millis(99)),
                        String.valueOf(runs.errors()),
                        Report.rate(runs.latencies().count() + runs.errors(), runs.wallNanos(), "req")));
            }
            r.table(List.of("query", "rows", "p50", "p95", "p99", "errors", "throughput"), rows);
        }
        if (!sustained.isEmpty()) {
            r.heading("HTTP, " + sustainClients + " concurrent clients for " + options.sustainSeconds()
                    + " s, every query in turn, milliseconds");
            rows = new ArrayList<>();
            int requests = 0;
            int failed = 0;
            for (int i = 0; i < queries.size(); i++) {
                Runs runs = sustained.get(i);
                requests += runs.latencies().count() + runs.errors();
                failed += runs.errors();
                rows.add(List.of(queries.get(i).name(), runs.rowText(), String.valueOf(runs.latencies().count() + runs.errors()),
                        Report.millis(runs.latencies().millis(50)), Report.millis(runs.latencies().millis(99)),
                        String.valueOf(runs.errors())));
            }
            r.table(List.of("query", "rows", "requests", "p50", "p99", "errors"), rows);
            r.fact("requests in all", requests + ", of which " + failed + " failed");
        }
        if (!closing.isEmpty()) r.note("Note: " + closing);
        r.heading("Virtuoso, the same N-Quads, 1 client over HTTP, milliseconds");
        if (virtuoso == null) {
            r.note(Virtuoso.skipped(options.virtuoso()));
        } else {
            r.fact("Virtuoso", virtuoso.version() + " on loopback, started and stopped by the benchmark; result cap"
                    + " raised to 1,000,000 rows, time limit 120 s");
            r.fact("bulk load (ld_dir, rdf_loader_run, checkpoint)", Report.seconds(virtuoso.loadNanos()));
            List<String> portable = queries.stream().filter(q -> q.portable().isPresent()).map(Canned::name).toList();
            if (!portable.isEmpty()) {
                r.fact("run in their portable form (portable/, without lskg's functions)", String.join(", ", portable));
            }
            rows = new ArrayList<>();
            List<Runs> lskg = http.isEmpty() ? inProcess : http.get(0);
            for (int i = 0; i < queries.size(); i++) {
                Runs ours = lskg.get(i);
                Runs theirs = virtuoso.runs().get(i);
                double ratio = theirs.latencies().count() == 0 ? Double.NaN
                        : ours.latencies().millis(50) / Math.max(0.001, theirs.latencies().millis(50));
                rows.add(List.of(queries.get(i).name(), ours.rowText(), theirs.rowText(),
                        Report.millis(ours.latencies().millis(50)), Report.millis(theirs.latencies().millis(50)),
                        Double.isNaN(ratio) ? "-" : String.format(java.util.Locale.ROOT, "%.2f", ratio),
                        String.valueOf(theirs.errors())));
            }
            r.table(List.of("query", "lskg rows", "Virtuoso rows", "lskg p50", "Virtuoso p50", "lskg/Virtuoso",
                    "Virtuoso errors"), rows);
        }
        return r;
    }

    /**
     * Closes the store, waiting a little for transactions the stopped server may still hold; returns "" or what
     * went wrong.
     */
    private static String close(LskgStore store) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                store.close();
                return "";
            } catch (RuntimeException e) {
                last = e;
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException i) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return "the store could not be closed after the run (" + last + "); the figures above are complete.";
    }

    /** Virtuoso's side: its version, its load time and its runs of each query. */
    record VirtuosoRuns(String version, long loadNanos, List<Runs> runs) {}

    /** Exports the store, loads it into a Virtuoso the benchmark starts, runs every query with one client, stops it. */
    private VirtuosoRuns virtuoso(LskgStore store, HttpClient client, List<Canned> queries) {
        progress.accept("Virtuoso: starting a loopback instance in " + options.work().resolve("virtuoso"));
        try (Virtuoso v = Virtuoso.start(options.work().resolve("virtuoso"))) {
            // In the store's order, not sorted as `lskg export` sorts them (through runs on disk as large as the
            // export): Virtuoso's loader does not need an order. Gzipped, fastest level: at 10,000 documents the
            // N-Quads are some 15 GB, gzipped about a tenth.
            Path export = options.work().resolve("virtuoso").resolve("export.nq.gz");
            try (OutputStream out = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(export),
                    1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            }, 1 << 16)) {
                DatasetGraph ds = store.dataset();
                Txn.executeRead(ds, () -> {
                    StreamRDF quads = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                    quads.start();
                    ds.find().forEachRemaining(quads::quad);
                    quads.finish();
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            progress.accept("Virtuoso: loading " + export);
            long load = v.load(export);
            try {
                Files.delete(export); // loaded: the database holds it
            } catch (IOException e) {
                progress.accept("Virtuoso: could not delete " + export + ": " + e.getMessage());
            }
            List<Runs> runs = new ArrayList<>();
            for (Canned q : queries) {
                progress.accept("Virtuoso, 1 client: " + q.name());
                runs.add(overHttp(client, v.endpoint(), q.forOtherStores(), 1));
            }
            return new VirtuosoRuns(v.version(), load, runs);
        }
    }

    /** The {@code *.rq} files directly in {@code dir}, by name, each with its portable form if {@code dir} has one. */
    static List<Canned> canned(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Canned> list = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                Path portable = dir.resolve(PORTABLE).resolve(f.getFileName());
                list.add(new Canned(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8),
                        Files.isRegularFile(portable)
                                ? Optional.of(Files.readString(portable, StandardCharsets.UTF_8)) : Optional.empty()));
            }
            if (list.isEmpty()) throw new IllegalArgumentException("no *.rq files in " + dir);
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the queries in " + dir + ": " + e.getMessage(), e);
        }
    }

    private Runs inProcess(DatasetGraph ds, Canned q) {
        Query query = QueryFactory.create(q.text());
        List<Long> nanos = new ArrayList<>();
        Set<Long> rows = new TreeSet<>();
        int errors = 0;
        long start = System.nanoTime();
        for (int i = 0; i < options.repeat() + 2; i++) {
            long t = System.nanoTime();
            try {
                long n = Txn.calculateRead(ds, () -> count(ds, query));
                if (i >= 2) {
                    nanos.add(System.nanoTime() - t);
                    rows.add(n);
                }
            } catch (RuntimeException e) {
                errors++;
            }
        }
        return new Runs(Latencies.of(nanos), errors, rows, System.nanoTime() - start);
    }

    /** Runs {@code query}, reading every row (SELECT), the answer (ASK) or every triple (CONSTRUCT, DESCRIBE). */
    private static long count(DatasetGraph ds, Query query) {
        try (QueryExec exec = QueryExec.dataset(ds).query(query).build()) {
            if (query.isSelectType()) {
                RowSet rows = exec.select();
                long n = 0;
                while (rows.hasNext()) {
                    rows.next();
                    n++;
                }
                return n;
            }
            if (query.isAskType()) return exec.ask() ? 1 : 0;
            return query.isConstructType() ? exec.construct().size() : exec.describe().size();
        }
    }

    /**
     * {@code clients} clients for {@link Options#sustainSeconds()}, each sending the canned queries in turn (client i
     * starts at query i) until the time is up: the load of issue 8's "32 clients for 60 s with 0 errors". Per query:
     * latencies, failed requests and row counts.
     */
    private List<Runs> sustained(HttpClient client, String endpoint, List<Canned> queries, int clients) {
        List<HttpRequest> requests = queries.stream().map(q -> request(endpoint, q)).toList();
        List<Boolean> headers = queries.stream().map(q -> QueryFactory.create(q.text()).isSelectType()).toList();
        long end = System.nanoTime() + Duration.ofSeconds(options.sustainSeconds()).toNanos();
        return drive(client, requests, headers, clients,
                (c, i) -> System.nanoTime() < end ? (c + i) % queries.size() : Plan.DONE);
    }

    /** Which request a client sends next. */
    @FunctionalInterface
    private interface Plan {
        int DONE = -1;

        /** The index of the request that {@code client} sends as its {@code i}-th, or {@link #DONE}. */
        int next(int client, int i);
    }

    /**
     * {@code clients} concurrent clients, each sending the requests {@code plan} names until it says done; per
     * request (same index as {@code requests}): latencies of the answers read whole, failed requests, row counts,
     * and the wall time of the whole run. The one client loop of every level and of the sustained run.
     */
    private static List<Runs> drive(HttpClient client, List<HttpRequest> requests, List<Boolean> headers, int clients,
                                    Plan plan) {
        List<List<Long>> nanos = new ArrayList<>();
        List<Set<Long>> rows = new ArrayList<>();
        List<AtomicInteger> errors = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            nanos.add(Collections.synchronizedList(new ArrayList<>()));
            rows.add(Collections.synchronizedSet(new TreeSet<>()));
            errors.add(new AtomicInteger());
        }
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int me = c;
                done.add(pool.submit(() -> {
                    for (int i = 0; ; i++) {
                        int q = plan.next(me, i);
                        if (q == Plan.DONE) return;
                        long t = System.nanoTime();
                        long n = send(client, requests.get(q), headers.get(q));
                        if (n == INTERRUPTED) return;
                        if (n == FAILED) {
                            errors.get(q).incrementAndGet();
                        } else {
                            nanos.get(q).add(System.nanoTime() - t);
                            rows.get(q).add(n);
                        }
                    }
                }));
            }
            for (Future<?> f : done) f.get();
        } catch (Exception e) {
            throw new IllegalStateException("HTTP clients failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
        long wall = System.nanoTime() - start;
        List<Runs> runs = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            runs.add(new Runs(Latencies.of(new ArrayList<>(nanos.get(i))), errors.get(i).get(), rows.get(i), wall));
        }
        return runs;
    }

    /** What {@link #send} returns for a failed request, and for one cut short by the benchmark's own stop. */
    private static final long FAILED = -1;
    private static final long INTERRUPTED = -2;

    /**
     * Sends one request and reads the whole answer; returns its rows (its lines, less the header of a SELECT), or
     * {@link #FAILED}: a status other than 200, a connection the server closed mid-answer (its idle timeout, which
     * surfaces from the body's lines as an unchecked exception), or an answer that ends with Fuseki's "Query
     * cancelled" trailer (a query that timed out after the server had begun sending, so the status was already
     * 200 and the rows are cut: counted as a failure, not as an answer with fewer rows).
     */
    private static long send(HttpClient client, HttpRequest request, boolean header) {
        try {
            HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
            long[] lines = new long[2];
            try (Stream<String> body = response.body()) {
                body.filter(s -> !s.isEmpty()).forEach(s -> {
                    lines[0]++;
                    if (s.startsWith(CANCELLED)) lines[1]++;
                });
            }
            if (response.statusCode() != 200 || lines[1] > 0) return FAILED;
            return header ? lines[0] - 1 : lines[0];
        } catch (IOException | UncheckedIOException e) {
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return INTERRUPTED;
        }
    }

    /** The start of the lines Fuseki appends to an answer cut by the query timeout after it began sending. */
    private static final String CANCELLED = "##  Query cancelled";

    private static HttpRequest request(String endpoint, Canned q) {
        Query parsed = QueryFactory.create(q.text());
        String accept = parsed.isSelectType() || parsed.isAskType() ? "text/tab-separated-values" : "application/n-triples";
        return HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)))
                .build();
    }

    /** Sends {@code q} once and drops the answer; a failure is left to the timed requests to count. */
    private static void warmUp(HttpClient client, String endpoint, Canned q) {
        try {
            client.send(request(endpoint, q), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // counted as an error by the timed requests, if it happens again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code clients} clients sending {@code q}, {@link Options#requests()} times in all. */
    private Runs overHttp(HttpClient client, String endpoint, Canned q, int clients) {
        boolean header = QueryFactory.create(q.text()).isSelectType();
        int perClient = Math.max(1, (options.requests() + clients - 1) / clients);
        return drive(client, List.of(request(endpoint, q)), List.of(header), clients,
                (c, i) -> i < perClient ? 0 : Plan.DONE).get(0);
    }
}
