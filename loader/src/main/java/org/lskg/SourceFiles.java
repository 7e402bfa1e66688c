package org.lskg;

import org.lskg.source.SourceFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The source files a build reads: the files named, and under the folders named every file of a format
 * lskg reads ({@link SourceFormat}: *.txt, *.md, *.pdf, *.docx, *.html, *.htm), except README.md.
 */
public final class SourceFiles {
    private SourceFiles() {}

    /**
     * Files in a stable order (sorted by path, without duplicates).
     *
     * @throws IllegalArgumentException naming the first input that does not exist
     */
    public static List<Path> collect(List<Path> inputs) {
        TreeSet<Path> files = new TreeSet<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile).filter(SourceFiles::isSource)
                            .map(Path::normalize).forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + in, e);
                }
            } else if (Files.isRegularFile(in)) {
                files.add(in.normalize());
            } else {
                throw new IllegalArgumentException(in + ": no such file or folder");
            }
        }
        return new ArrayList<>(files);
    }

    private static boolean isSource(Path p) {
        String n = p.getFileName().toString();
        return SourceFormat.byFileName(n).isPresent() && !n.equalsIgnoreCase("readme.md");
    }
}
