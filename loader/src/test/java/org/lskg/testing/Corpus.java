package org.lskg.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the project's own files (the seed corpus, the queries). */
public final class Corpus {
    private Corpus() {}

    /** The project root: surefire passes it as {@code lskg.project.dir}; from an IDE, the parent of loader/. */
    public static Path projectDir() {
        String p = System.getProperty("lskg.project.dir");
        Path dir = p != null ? Path.of(p) : Path.of("..");
        if (!Files.isDirectory(dir.resolve("documents"))) {
            dir = Path.of(".");
        }
        return dir.toAbsolutePath().normalize();
    }

    public static Path documents() {
        return projectDir().resolve("documents");
    }

    /** A seed document by its number prefix: {@code seed("001")}. */
    public static Path seed(String prefix) {
        try (var files = Files.list(documents())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in " + documents()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A folder of the shared corpora that CI keeps beside the project ({@code ../shared}), e.g.
     * {@code shared("corpus-real/documents")}; empty when it is not there, so tests that need it are skipped.
     */
    public static java.util.Optional<Path> shared(String folder) {
        Path dir = projectDir().resolveSibling("shared").resolve(folder);
        return Files.isDirectory(dir) ? java.util.Optional.of(dir) : java.util.Optional.empty();
    }

    public static Path queries() {
        return projectDir().resolve("queries");
    }
}
