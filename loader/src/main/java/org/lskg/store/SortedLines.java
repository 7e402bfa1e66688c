package org.lskg.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Sorts lines of bytes as {@code LC_ALL=C sort} does (unsigned byte order) in bounded memory: lines are kept
 * in memory up to a budget, then sorted and spilled to a temporary file (a run); {@link #writeTo} merges the
 * runs. Memory is bounded by the budget, whatever the number of lines. Lines must not contain {@code '\n'}
 * (N-Quads and N-Triples lines never do). Not thread-safe; {@link #close} deletes the runs.
 */
final class SortedLines implements AutoCloseable {

    /** Unsigned byte order, as {@code LC_ALL=C sort}. */
    static final Comparator<byte[]> BYTE_ORDER = Arrays::compareUnsigned;
    /** What a line costs in the heap beyond its bytes (array header, list slot), for the budget. */
    private static final int LINE_OVERHEAD = 24;

    private final long budget;
    private final List<byte[]> buffer = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private long buffered;

    /** @param budget bytes of lines to hold in memory before a run is spilled to disk */
    SortedLines(long budget) {
        if (budget <= 0) throw new IllegalArgumentException("budget must be positive: " + budget);
        this.budget = budget;
    }

    void add(byte[] line) {
        buffer.add(line);
        buffered += line.length + LINE_OVERHEAD;
        if (buffered >= budget) {
            spill();
        }
    }

    /** How many runs went to disk so far (0: everything fitted in memory). */
    int runs() {
        return runs.size();
    }

    /** Writes every line, sorted, each followed by {@code '\n'}; {@code out} is flushed, not closed. */
    void writeTo(OutputStream out) throws IOException {
        buffer.sort(BYTE_ORDER);
        if (runs.isEmpty()) {
            for (byte[] line : buffer) writeLine(out, line);
        } else {
            merge(out);
        }
        out.flush();
    }

    private void spill() {
        buffer.sort(BYTE_ORDER);
        try {
            Path run = Files.createTempFile("lskg-sort-", ".run");
            runs.add(run);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(run), 1 << 16)) {
                for (byte[] line : buffer) writeLine(out, line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a sort run to the temporary folder", e);
        }
        buffer.clear();
        buffered = 0;
    }

    /** A k-way merge of the runs on disk and the sorted lines still in memory. */
    private void merge(OutputStream out) throws IOException {
        List<Source> sources = new ArrayList<>();
        try {
            for (Path run : runs) sources.add(new FileSource(run));
            sources.add(new MemorySource(buffer));
            PriorityQueue<Source> heads = new PriorityQueue<>((a, b) -> BYTE_ORDER.compare(a.head(), b.head()));
            for (Source s : sources) if (s.advance()) heads.add(s);
            while (!heads.isEmpty()) {
                Source s = heads.poll();
                writeLine(out, s.head());
                if (s.advance()) heads.add(s);
            }
        } finally {
            for (Source s : sources) s.close();
        }
    }

    private static void writeLine(OutputStream out, byte[] line) throws IOException {
        out.write(line);
        out.write('\n');
    }

    @Override
    public void close() {
        buffer.clear();
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless; the export itself succeeded or already failed
            }
        }
        runs.clear();
    }

    /** A sorted sequence of lines with a current head. */
    private interface Source extends AutoCloseable {
        boolean advance() throws IOException;

        byte[] head();

        @Override
        void close() throws IOException;
    }

    private static final class MemorySource implements Source {
        private final List<byte[]> lines;
        private int next;
        private byte[] head;

        MemorySource(List<byte[]> lines) {
            this.lines = lines;
        }

        @Override
        public boolean advance() {
            head = next < lines.size() ? lines.get(next++) : null;
            return head != null;
        }

        @Override
        public byte[] head() {
            return head;
        }

        @Override
        public void close() {}
    }

    private static final class FileSource implements Source {
        private final InputStream in;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        private byte[] head;

        FileSource(Path run) throws IOException {
            this.in = new BufferedInputStream(Files.newInputStream(run), 1 << 16);
        }

        @Override
        public boolean advance() throws IOException {
            line.reset();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') line.write(b);
            head = b < 0 && line.size() == 0 ? null : line.toByteArray();
            return head != null;
        }

        @Override
        public byte[] head() {
            return head;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
