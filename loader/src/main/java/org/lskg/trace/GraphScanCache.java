package org.lskg.trace;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.lskg.rdf.LSKG;
import org.lskg.store.AtomicFile;
import org.lskg.store.GraphFingerprint;
import org.lskg.store.GraphFingerprints;
import org.lskg.text.Hashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scan of each document graph ({@link DocumentGraphScan}) kept on disk, one file per graph, under the
 * graph's {@link GraphFingerprint fingerprint}: a graph that has not changed since it was last scanned is read
 * back from its file instead of being decoded from the store again. Adding one document to a store of 1,000
 * scanned every graph for the trace (three quarters of the trace's reading, about 15 s); now it scans one.
 *
 * <p>Contract: a file is used only when its fingerprint is the graph's present one and it was written by this
 * very scan code (the key holds a digest of the classes that make the rows); the rows it gives are then those a
 * scan would give, row for row, in order. Anything else (missing, older, corrupt, another graph's) is a miss, and
 * the graph is scanned and its file written again. The files live in the database generation's directory, so a
 * compaction (which renumbers the nodes) drops them with the old generation. Writing is best effort: a failure
 * is logged once and the trace goes on. Thread-safe: each graph has its own file, written by rename.
 */
final class GraphScanCache {
    /** The name of the derived data ({@link GraphFingerprint#derivedDirectory}): the directory of the files. */
    static final String NAME = "trace-scans";
    private static final String SUFFIX = ".scan";
    private static final Logger LOG = LoggerFactory.getLogger(GraphScanCache.class);
    /**
     * A digest of the code that makes the rows (and of the vocabulary it reads): a file written by other code is
     * never read.
     */
    private static final String CODE = DerivedFiles.codeDigest(DocumentGraphScan.class, Rows.class, GraphScanCache.class,
            DerivedFiles.class, LSKG.class);

    private final Path dir;
    /** The graphs' fingerprints, kept while the store is written by lskg alone ({@link GraphFingerprints}). */
    private final GraphFingerprints fingerprints;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private volatile boolean warned;

    private GraphScanCache(Path dir, GraphFingerprints fingerprints) {
        this.dir = dir;
        this.fingerprints = fingerprints;
    }

    /** The cache of {@code dataset}'s graphs; empty when the dataset is not a TDB2 store on disk. */
    static Optional<GraphScanCache> of(DatasetGraph dataset) {
        return GraphFingerprint.derivedDirectory(dataset, NAME)
                .map(d -> new GraphScanCache(d, GraphFingerprints.open(dataset)));
    }

    /**
     * The fingerprint of {@code graph} as the calling thread's transaction on {@code dataset} sees it (kept, or read
     * from the store), under which its scan is kept.
     */
    Optional<String> fingerprint(DatasetGraph dataset, Node graph) {
        return fingerprints.of(dataset, graph);
    }

    /** The rows of {@code graph} kept under {@code fingerprint}, by input as the scan names them; empty on a miss. */
    Optional<Map<String, List<String[]>>> get(Node graph, String fingerprint) {
        Path file = file(graph);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!CODE.equals(in.readUTF()) || !graph.getURI().equals(in.readUTF())
                    || !fingerprint.equals(in.readUTF())) {
                misses.incrementAndGet();
                return Optional.empty();
            }
            int inputs = in.readInt();
            DerivedFiles.StringTable strings = new DerivedFiles.StringTable();
            Map<String, List<String[]>> rows = new LinkedHashMap<>();
            for (int i = 0; i < inputs; i++) {
                String input = in.readUTF();
                int width = in.readInt();
                int count = in.readInt();
                List<String[]> list = new ArrayList<>(count);
                for (int r = 0; r < count; r++) {
                    String[] row = new String[width];
                    for (int c = 0; c < width; c++) {
                        row[c] = strings.read(in);
                    }
                    list.add(row);
                }
                rows.put(input, list);
            }
            hits.incrementAndGet();
            return Optional.of(rows);
        } catch (NoSuchFileException e) {
            misses.incrementAndGet();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            misses.incrementAndGet();
            LOG.debug("unreadable scan of {} in {}: {}", graph, file, e.toString());
            return Optional.empty();
        }
    }

    /** Keeps {@code rows}, the scan of {@code graph} as it is under {@code fingerprint}. */
    void put(Node graph, String fingerprint, Map<String, List<String[]>> rows) {
        try {
            AtomicFile.write(file(graph), out -> {
                out.writeUTF(CODE);
                out.writeUTF(graph.getURI());
                out.writeUTF(fingerprint);
                out.writeInt(rows.size());
                DerivedFiles.StringTable strings = new DerivedFiles.StringTable();
                for (Map.Entry<String, List<String[]>> input : rows.entrySet()) {
                    out.writeUTF(input.getKey());
                    int width = input.getValue().isEmpty() ? 0 : input.getValue().get(0).length;
                    out.writeInt(width);
                    out.writeInt(input.getValue().size());
                    for (String[] row : input.getValue()) {
                        if (row.length != width) {
                            throw new IllegalStateException("rows of " + input.getKey() + " of widths " + width
                                    + " and " + row.length);
                        }
                        for (String value : row) {
                            strings.write(out, value); // a document's IRI and its sentences' recur on many rows
                        }
                    }
                }
            });
        } catch (IOException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.warn("Could not keep the trace's scan of the document graphs in {} ({}); every build scans them all",
                        dir, e.toString());
            }
        }
    }

    /** How many graphs were read back from their files since this cache was made. */
    int hits() {
        return hits.get();
    }

    /** The graphs' fingerprints: how many were kept, how many read from the store. */
    GraphFingerprints fingerprints() {
        return fingerprints;
    }

    /** How many graphs had no usable file since this cache was made. */
    int misses() {
        return misses.get();
    }

    /**
     * Ends a reading of the whole store, in which the graphs were {@code graphs}: keeps the fingerprints read, and
     * deletes the files of other graphs (removed from the store since). Call only when every transaction of the
     * reading saw the same state.
     */
    void readWhole(List<Node> graphs) {
        fingerprints.keep();
        retainOnly(graphs);
    }

    /** Deletes the files of graphs other than {@code graphs}: graphs removed from the store since. */
    void retainOnly(List<Node> graphs) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Set<Path> kept = new HashSet<>();
        graphs.forEach(g -> kept.add(file(g)));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> !kept.contains(f)).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("could not remove old scans from {}: {}", dir, e.toString());
        }
    }

    private Path file(Node graph) {
        return dir.resolve(Hashes.sha256Hex(graph.getURI()).substring(0, 32) + SUFFIX);
    }
}
