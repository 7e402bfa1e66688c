package org.lskg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record, in the text index's directory, that the index was in step with the store: the committed state of
 * both at a moment they were known to agree. Opening a store compares the record with their present state, so
 * that the index need not be checked against the store by counting every indexed literal (15 s of I/O at each
 * open of a 1,000-document store, and it grows with the store).
 *
 * <p>The state is the one thing every commit changes on disk. TDB2 never overwrites a block: each write
 * transaction that changes anything allocates new blocks and rewrites the small state files that hold its
 * B+trees' roots and allocation limits ({@code *.bpt}) and its data files' lengths ({@code *.bdf}), in the
 * current {@code Data-NNNN} directory; Lucene writes a new {@code segments_N} at each commit. The record
 * therefore matches only while neither has committed since it was written.
 *
 * <p>Contract: the record is written only when the index is known to be in step (after the full check, after a
 * rebuild, after a write transaction through the indexed dataset committed both); a write by anything else
 * (another program on the database, a crash between TDB2's commit and Lucene's) changes the state and the
 * record no longer matches, so the full check runs. A lost or unreadable record costs a full check, never a
 * wrong answer; so it is written without a sync.
 */
final class TextIndexInStep {

    /** The record's file name, inside the index directory; Lucene leaves files not named like its own alone. */
    static final String FILE = "lskg-in-step";

    private static final Logger LOG = LoggerFactory.getLogger(TextIndexInStep.class);

    private TextIndexInStep() {}

    /** Whether the record in {@code indexDir} matches the present state of {@code tdb} and of the index. */
    static boolean holds(Path indexDir, DatasetGraph tdb, Directory index) {
        try {
            Path record = indexDir.resolve(FILE);
            if (!Files.isRegularFile(record)) {
                return false;
            }
            Optional<String> state = state(tdb, index);
            return state.isPresent() && state.get().equals(Files.readString(record, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.debug("No usable in-step record in {}: {}", indexDir, e.toString());
            return false;
        }
    }

    /**
     * Records that the index in {@code indexDir} is in step with {@code tdb} as both are now committed. The
     * caller must know they are; best effort (a failure is logged and leaves no record).
     */
    static void record(Path indexDir, DatasetGraph tdb, Directory index) {
        Path record = indexDir.resolve(FILE);
        try {
            Optional<String> state = state(tdb, index);
            if (state.isEmpty()) {
                Files.deleteIfExists(record);
                return;
            }
            AtomicFile.write(record, out -> out.write(state.get().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not record that the text index {} is in step ({}); the next opening checks it in full",
                    indexDir, e.toString());
            try {
                Files.deleteIfExists(record);
            } catch (IOException ignored) {
                // a record that cannot be deleted cannot match the next state either
            }
        }
    }

    /**
     * The committed state of {@code tdb} (its generation directory, and the bytes of each state file) and of the
     * index (its last commit's generation); empty when {@code tdb} is not a TDB2 database on disk.
     */
    static Optional<String> state(DatasetGraph tdb, Directory index) throws IOException {
        Optional<Path> generation = Tdb2.generationDirectory(tdb);
        if (generation.isEmpty()) {
            return Optional.empty();
        }
        Path data = generation.get();
        List<Path> stateFiles;
        try (Stream<Path> files = Files.list(data)) {
            stateFiles = files.filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".bpt") || name.endsWith(".bdf");
            }).sorted().toList();
        }
        if (stateFiles.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder("tdb2 ").append(data.getFileName()).append('\n');
        HexFormat hex = HexFormat.of();
        for (Path f : stateFiles) {
            try {
                s.append(f.getFileName()).append(' ').append(hex.formatHex(Files.readAllBytes(f))).append('\n');
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        }
        s.append("lucene ").append(SegmentInfos.getLastCommitGeneration(index)).append('\n');
        return Optional.of(s.toString());
    }
}
