package org.lskg.server.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.lskg.store.ExportFormat;
import org.lskg.text.Hashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dump files behind {@link Dumps}. A whole-store dump is written once to a temporary file with its SHA-256
 * computed on the way, and kept while the server runs when the store cannot change (read-only server); a
 * server that allows updates writes it afresh for each request. A graph's dump is small (one document) and
 * is written to memory for each request. Thread-safe.
 */
final class DumpFiles {

    private static final Logger LOG = LoggerFactory.getLogger(DumpFiles.class);

    /** One dump: its bytes (in a file or in memory), size and digest. */
    static final class Dump {
        private final ExportFormat format;
        private final Path file;
        private final byte[] bytes;
        private final long size;
        private final byte[] sha256;
        private final boolean temporary;

        private Dump(ExportFormat format, Path file, byte[] bytes, long size, byte[] sha256, boolean temporary) {
            this.format = format;
            this.file = file;
            this.bytes = bytes;
            this.size = size;
            this.sha256 = sha256;
            this.temporary = temporary;
        }

        ExportFormat format() {
            return format;
        }

        long size() {
            return size;
        }

        String sha256() {
            return Dumps.hex(sha256);
        }

        String sha256Base64() {
            return Base64.getEncoder().encodeToString(sha256);
        }

        InputStream open() throws IOException {
            return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
        }

        /** Frees a dump written for one request; a kept dump stays. */
        void release() {
            if (temporary && file != null) {
                Dumps.delete(file);
            }
        }
    }

    private final DumpSource source;
    private final boolean keep;
    /**
     * The kept whole-store dumps, each written once by the first to ask for it; the others wait on its task, and
     * {@link #ready} does not wait at all. No lock is held while a dump is written (minutes for a large store):
     * the VoID description asks which dumps are ready while the first is still being written.
     */
    private final Map<ExportFormat, FutureTask<Dump>> kept = new ConcurrentHashMap<>();
    /** The files of the kept dumps, deleted on {@link #close()}; guarded by {@code this}. */
    private final List<Path> keptFiles = new ArrayList<>();
    private Path directory;
    private boolean preparing;
    private volatile boolean closed;

    /** @param keep whether whole-store dumps are kept between requests (only if the store cannot change) */
    DumpFiles(DumpSource source, boolean keep) {
        this.source = source;
        this.keep = keep;
    }

    /** The whole-store dump in {@code format}, written now unless kept from before (or being written). */
    Dump full(ExportFormat format) throws IOException {
        if (!keep) {
            return write(format, Optional.empty(), true);
        }
        FutureTask<Dump> task = new FutureTask<>(() -> keep(write(format, Optional.empty(), false)));
        FutureTask<Dump> existing = kept.putIfAbsent(format, task);
        if (existing == null) {
            task.run();
            existing = task;
        }
        try {
            return existing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the " + format + " dump was written");
        } catch (ExecutionException e) {
            kept.remove(format, existing); // the next request tries again
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Records a kept dump's file for {@link #close()}; one written after closing is deleted at once. */
    private synchronized Dump keep(Dump dump) throws IOException {
        if (closed) {
            Dumps.delete(dump.file);
            throw new IOException("the server closed while the " + dump.format() + " dump was written");
        }
        keptFiles.add(dump.file);
        return dump;
    }

    /** The whole-store dump in {@code format} if it is kept and already written; never waits. */
    Optional<Dump> ready(ExportFormat format) {
        FutureTask<Dump> task = kept.get(format);
        if (task == null || !task.isDone()) {
            return Optional.empty();
        }
        try {
            return Optional.of(task.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | CancellationException e) {
            return Optional.empty();
        }
    }

    /** The dump of one named graph (which must exist), in memory. */
    Dump graph(String graph, ExportFormat format) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        MessageDigest digest = Hashes.sha256();
        try (DigestOutputStream out = new DigestOutputStream(buffer, digest)) {
            source.export(format, Optional.of(graph), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = buffer.toByteArray();
        return new Dump(format, null, bytes, bytes.length, digest.digest(), false);
    }

    /**
     * Starts writing the kept dumps in the background, in the order given, so that readers and the VoID
     * description soon find them with their size and checksum; does nothing if already started, after
     * {@link #close()}, or for a server whose store can change.
     */
    synchronized void prepareInBackground(Iterable<ExportFormat> formats) {
        if (!keep || preparing || closed) {
            return;
        }
        preparing = true;
        Thread t = new Thread(() -> {
            for (ExportFormat f : formats) {
                if (closed) {
                    return;
                }
                try {
                    full(f);
                } catch (IOException | RuntimeException e) {
                    if (!closed) {
                        LOG.warn("Dump {} not prepared: {}", f, e.toString());
                    }
                }
            }
        }, "lskg-dumps");
        t.setDaemon(true);
        t.start();
    }

    /** Deletes the kept files; a dump being written in the background is deleted once written. */
    synchronized void close() {
        closed = true;
        keptFiles.forEach(Dumps::delete);
        keptFiles.clear();
        kept.clear();
        if (directory != null) {
            Dumps.delete(directory);
        }
    }

    private Dump write(ExportFormat format, Optional<String> graph, boolean temporary) throws IOException {
        Path file = Files.createTempFile(directory(), "lskg-", "." + format.name().toLowerCase(java.util.Locale.ROOT));
        MessageDigest digest = Hashes.sha256();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
            source.export(format, graph, out);
        } catch (IOException | RuntimeException e) {
            Dumps.delete(file);
            throw e;
        }
        return new Dump(format, file, null, Files.size(file), digest.digest(), temporary);
    }

    private synchronized Path directory() throws IOException {
        if (directory == null) {
            directory = Files.createTempDirectory("lskg-dumps-");
            directory.toFile().deleteOnExit();
        }
        return directory;
    }
}
