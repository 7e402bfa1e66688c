package org.lskg.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Virtuoso Open Source instance for comparison, if {@code virtuoso-t} and {@code isql-vt} are on the PATH
 * (Debian: {@code apt-get install virtuoso-opensource}): a fresh database in a directory of the benchmark's,
 * listening on loopback only, on free ports, started and stopped by the benchmark. Its SPARQL result cap is
 * raised to 1,000,000 rows and its time limit to 120 s, so that the stock 10,000-row and 60 s caps do not
 * silently truncate the answers being compared.
 */
final class Virtuoso implements AutoCloseable {

    private static final String SERVER = "virtuoso-t";
    private static final String ISQL = "isql-vt";

    private final Path dir;
    private final int sqlPort;
    private final int httpPort;
    private final Process process;

    private Virtuoso(Path dir, int sqlPort, int httpPort, Process process) {
        this.dir = dir;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
        this.process = process;
    }

    /** Whether both programs are on the PATH. */
    static boolean available() {
        return onPath(SERVER).isPresent() && onPath(ISQL).isPresent();
    }

    /** Why Virtuoso was not compared, for the report. */
    static String skipped(boolean asked) {
        if (!asked) return "Skipped: --no-virtuoso.";
        return "Skipped: " + SERVER + " and " + ISQL + " are not on the PATH (Debian: apt-get install virtuoso-opensource).";
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String d : path.split(File.pathSeparator)) {
            Path p = Path.of(d, program);
            if (Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** Starts a fresh database in {@code dir} (emptied first) and waits until its HTTP port answers. */
    static Virtuoso start(Path dir) {
        Path d = WorkDir.fresh(dir).toAbsolutePath();
        int sql = freePort();
        int http = freePort();
        long buffers = buffers(physicalMemory());
        String ini = String.join("\n",
                "[Database]",
                "DatabaseFile = " + d.resolve("virtuoso.db"),
                "ErrorLogFile = " + d.resolve("virtuoso.log"),
                "LockFile = " + d.resolve("virtuoso.lck"),
                "TransactionFile = " + d.resolve("virtuoso.trx"),
                "xa_persistent_file = " + d.resolve("virtuoso.pxa"),
                "[TempDatabase]",
                "DatabaseFile = " + d.resolve("virtuoso-temp.db"),
                "TransactionFile = " + d.resolve("virtuoso-temp.trx"),
                "[Parameters]",
                "ServerPort = 127.0.0.1:" + sql,
                "DirsAllowed = ., " + d,
                "NumberOfBuffers = " + buffers,
                "MaxDirtyBuffers = " + buffers * 3 / 4,
                "CheckpointInterval = 0",
                "[HTTPServer]",
                "ServerPort = 127.0.0.1:" + http,
                "ServerRoot = " + d,
                "ServerThreads = 40",
                "MaxClientConnections = 40",
                "[SPARQL]",
                "ResultSetMaxRows = 1000000",
                "MaxQueryExecutionTime = 120",
                "MaxQueryCostEstimationTime = 0",
                "");
        try {
            Files.writeString(d.resolve("virtuoso.ini"), ini, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(SERVER, "-f", "-c", d.resolve("virtuoso.ini").toString())
                    .redirectErrorStream(true).redirectOutput(d.resolve("virtuoso.out").toFile()).start();
            Virtuoso v = new Virtuoso(d, sql, http, p);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!answers(http) || !answers(sql)) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    v.close();
                    throw new IllegalStateException("Virtuoso did not start; see " + d.resolve("virtuoso.out"));
                }
                Thread.sleep(500);
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Virtuoso: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Virtuoso's page buffers (8 KiB each) for a machine of {@code memory} bytes: a quarter of it, since lskg's
     * store, whose pages the system caches, is open beside it; never fewer than Virtuoso's guide gives for 2 GB
     * to spare (170,000, about 1.3 GB). At 10,000 documents (82 million quads) the guide's 1.3 GB kept the load
     * reading and writing its own pages.
     */
    static long buffers(long memory) {
        return Math.max(170_000L, memory / 4 / 8_192);
    }

    private static long physicalMemory() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
    }

    /**
     * Bulk-loads an N-Quads file, gzipped if its name ends in .gz (Virtuoso's ld_dir and rdf_loader_run read it
     * so); returns the wall time in nanoseconds.
     */
    long load(Path nquads) {
        Path file = nquads.toAbsolutePath();
        String sql = "ld_dir('" + file.getParent() + "', '" + file.getFileName() + "', 'urn:lskg:bench:default'); "
                + "rdf_loader_run(); checkpoint;";
        long start = System.nanoTime();
        isql(sql);
        return System.nanoTime() - start;
    }

    /** The version line the server logged at start ("Version 07.20.3229-pthreads for Linux ..."). */
    String version() {
        try {
            return Files.readAllLines(dir.resolve("virtuoso.out"), StandardCharsets.ISO_8859_1).stream()
                    .filter(l -> l.contains("Version ")).findFirst()
                    .map(l -> "Virtuoso Open Source " + l.substring(l.indexOf("Version ")).trim())
                    .orElse("Virtuoso Open Source");
        } catch (IOException e) {
            return "Virtuoso Open Source";
        }
    }

    /** The SPARQL endpoint. */
    String endpoint() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    private void isql(String sql) {
        try {
            Process p = new ProcessBuilder(ISQL, "127.0.0.1:" + sqlPort, "dba", "dba", "exec=" + sql)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("isql.out").toFile()).start();
            if (!p.waitFor(2, TimeUnit.HOURS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("isql failed on " + sql + "; see " + dir.resolve("isql.out"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Shuts the database down, or kills the process that this class started if it does not stop. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) isql("shutdown;");
        } catch (RuntimeException e) {
            // fall through to the kill below
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static boolean answers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
