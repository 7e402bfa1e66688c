package org.lskg.bench;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.util.Arrays;
import java.util.List;

/**
 * The floor of a build: Apache Jena's TDB2 bulk loader (the loader {@code tdb2.tdbloader} uses by default,
 * {@link LoaderFactory#createLoader}) on RDF files, into a fresh TDB2 database. Run in a child JVM by
 * {@link BuildBench}; prints one line {@code quads=N nanos=T cpu=C} (the load's wall time, without the JVM's start, and
 * the JVM's CPU time, all threads).
 *
 * <pre>java -cp lskg.jar org.lskg.bench.JenaFloor DB_DIR FILE.nq...</pre>
 */
public final class JenaFloor {
    private JenaFloor() {}

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: JenaFloor DB_DIR FILE...");
            System.exit(2);
        }
        List<String> files = Arrays.asList(args).subList(1, args.length);
        long start = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(args[0]));
        DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, a) -> { });
        loader.startBulk();
        try {
            loader.load(files);
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        long nanos = System.nanoTime() - start;
        long quads = loader.countQuads() + loader.countTriples();
        TDBInternal.expel(dsg);
        System.out.println("quads=" + quads + " nanos=" + nanos + " cpu=" + HeapPeak.cpuNanos());
    }

    /** Reads the line {@link #main} prints: {quads, nanos, cpu nanos}; null if there is none. */
    static long[] parse(String stdout) {
        for (String line : stdout.split("\n")) {
            if (line.startsWith("quads=")) {
                String[] parts = line.trim().split(" ");
                long[] values = new long[3];
                for (int i = 0; i < 3; i++) {
                    values[i] = i < parts.length ? Long.parseLong(parts[i].substring(parts[i].indexOf('=') + 1)) : -1;
                }
                return values;
            }
        }
        return null;
    }
}
