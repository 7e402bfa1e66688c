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

    /**
     * A vector's ids and weights are those of the formula, to the last bit: a term's weight is (1 + ln count) x idf
     * (x 2 for a bigram), idf = ln((1 + n) / (1 + df)) + 1 (ln(1 + n) + 1 for a term the corpus lacks, which
     * counts in the norm only), the norm summed in the terms' alphabetical order. The corpus is half the seeds'
     * lines, so the other half holds terms it lacks.
     */
    @Test
    void aVectorIsTheFormulaToTheLastBit() throws IOException {
        List<String> lines = TermVectorsTest.seedLines();
        List<String> corpus = lines.subList(0, lines.size() / 2);
        TermVectors terms = TermVectors.over(corpus, List.of());
        int n = corpus.size();
        int unseen = 0;
        for (String line : lines) {
            java.util.TreeMap<String, Integer> counts = new java.util.TreeMap<>();
            String[] syllables = line.isEmpty() ? new String[0] : line.split(" ");
            for (int i = 0; i < syllables.length; i++) {
                counts.merge(syllables[i], 1, Integer::sum);
                if (i + 1 < syllables.length) {
                    counts.merge(syllables[i] + "_" + syllables[i + 1], 1, Integer::sum);
                }
            }
            List<Double> all = new ArrayList<>();
            List<Integer> ids = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (var e : counts.entrySet()) {
                int id = terms.id(e.getKey());
                double idf = id < 0 ? Math.log(1.0 + n) + 1.0 : Math.log((1.0 + n) / (1.0 + terms.sentencesWith(id))) + 1.0;
                double w = (1.0 + Math.log(e.getValue())) * idf * (e.getKey().contains("_") ? 2.0 : 1.0);
                all.add(w);
                if (id >= 0) {
                    ids.add(id);
                    weights.add(w);
                } else {
                    unseen++;
                }
            }
            double norm = Math.sqrt(all.stream().mapToDouble(x -> x * x).sum());
            TermVectors.Vector v = terms.vectorOfFolded(line);
            assertEquals(ids, java.util.Arrays.stream(v.ids()).boxed().toList(), line);
            for (int i = 0; i < ids.size(); i++) {
                assertEquals(Double.doubleToLongBits(weights.get(i) / norm), Double.doubleToLongBits(v.weights()[i]), line);
            }
        }
        assertTrue(unseen > 100, "terms the corpus lacks: " + unseen);
    }
}
