package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lskg.testing.Corpus;
import org.lskg.text.Fold;

/** The term vectors of the seeds' lines. */
class TermVectorsTest {

    /** The seeds' lines of more than 20 characters, stripped and folded, in file order. */
    static List<String> seedLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Corpus.documents())) {
            for (Path f : files.sorted().toList()) {
                Files.readAllLines(f, StandardCharsets.UTF_8).stream().map(String::strip)
                        .filter(l -> l.length() > 20).map(Fold::ascii).forEach(lines::add);
            }
        }
        return lines;
    }

    @Test
    void aLookupGivesTheCosineOfTheMergeToTheLastBit() throws IOException {
        List<String> lines = TermVectorsTest.seedLines();
        TermVectors terms = TermVectors.over(lines, List.of());
        List<TermVectors.Vector> vectors = lines.stream().limit(400).map(terms::vectorOfFolded).toList();
        int positive = 0;
        for (TermVectors.Vector a : vectors) {
            TermVectors.Lookup lookup = new TermVectors.Lookup(a);
            for (TermVectors.Vector b : vectors) {
                double merged = TermVectors.cosine(a, b);
                assertEquals(Double.doubleToLongBits(merged), Double.doubleToLongBits(lookup.cosine(b)));
                positive += merged > 0 ? 1 : 0;
            }
        }
        assertTrue(positive > 10_000, "most pairs of lines share a term: " + positive);
        TermVectors.Vector first = vectors.get(0);
        assertEquals(1.0, new TermVectors.Lookup(first).cosine(first), 1e-9, "a vector is of unit length");
    }
}
