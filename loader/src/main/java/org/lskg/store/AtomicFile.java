package org.lskg.store;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file replaced whole: written to a temporary sibling, then moved over it, so that a reader sees the old file or
 * the new one, never part of one. What lskg keeps beside a store (records, fingerprints, kept scans) is written so.
 */
public final class AtomicFile {

    private AtomicFile() {}

    /** A function that writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(DataOutputStream out) throws IOException;
    }

    /**
     * Writes {@code file} (and its missing parent directories) with {@code content}; the temporary file is removed
     * when writing fails.
     *
     * @throws IOException if the file could not be written (the old one, if any, is then left as it was)
     */
    public static void write(Path file, Content content) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + "." + Thread.currentThread().getId() + ".next");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(next), 1 << 16))) {
                content.writeTo(out);
            }
            try {
                Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(next);
            } catch (IOException ignored) {
                // a stray temporary file is never read
            }
            throw e;
        }
    }
}
