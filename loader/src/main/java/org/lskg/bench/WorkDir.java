package org.lskg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The benchmark's scratch directory: corpora, stores and exports it makes, removed and remade per run. */
final class WorkDir {
    private WorkDir() {}

    /** Deletes {@code dir} with everything in it, if it exists, and creates it empty. */
    static Path fresh(Path dir) {
        delete(dir);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The total size of {@code files}, in bytes. */
    static long size(Iterable<Path> files) {
        long sum = 0;
        try {
            for (Path f : files) sum += Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sum;
    }
}
