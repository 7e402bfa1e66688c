package org.lskg.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The analyst queries of {@code queries/*.rq}, which the build copies into the jar at {@code org/lskg/queries/},
 * read once: name (file name without {@code .rq}), the question its header comment asks, and its text.
 */
final class CannedQueries {

    private static final String FOLDER = "org/lskg/queries/";

    /** One canned query. */
    record Canned(String name, String question, String text) {}

    private final List<Canned> queries;

    private CannedQueries(List<Canned> queries) {
        this.queries = List.copyOf(queries);
    }

    static CannedQueries load() {
        URL folder = CannedQueries.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return new CannedQueries(List.of());
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return new CannedQueries(read(jar.provider().getPath(uri)));
                }
            }
            return new CannedQueries(read(Path.of(uri)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("Cannot list " + FOLDER + ": " + e.getMessage(), e);
        }
    }

    private static List<Canned> read(Path folder) throws IOException {
        List<Canned> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                String text;
                try (InputStream in = Files.newInputStream(f)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
                out.add(new Canned(name, question(text).orElse(name), text));
            }
        }
        return out;
    }

    /** The header's "# Question: ..." line, else its first comment line. */
    static Optional<String> question(String text) {
        List<String> comments = text.lines().takeWhile(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^#\\s*", "")).filter(l -> !l.isBlank()).toList();
        return comments.stream().filter(l -> l.startsWith("Question:")).map(l -> l.substring("Question:".length()).strip())
                .findFirst().or(() -> comments.stream().findFirst());
    }

    List<Canned> all() {
        return queries;
    }

    Optional<Canned> named(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
