package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The word postings of {@link FollowUpIndex#similar} against every pair measured: over the seeds' lines cut into
 * clauses at semicolons and commas, every clause whose cosine with a line reaches the threshold is handed over
 * (unless all the terms it shares with the line are above the posting cap: the index's documented price), with
 * many, some or no terms above the cap, and the bound turns most of the others away unmeasured.
 */
class FollowUpIndexTest {

    @Test
    void everyClauseThatReachesTheThresholdIsFoundAndFewThatDoNotAre() throws IOException {
        List<String> lines = TermVectorsTest.seedLines();
        List<String> clauses = lines.stream().flatMap(l -> Arrays.stream(l.split("[;,]"))).map(String::strip)
                .filter(c -> !c.isEmpty()).toList();
        TermVectors terms = TermVectors.over(lines, clauses);
        List<FollowUpIndex.Entry> entries = new ArrayList<>();
        List<List<TermVectors.Vector>> byLine = new ArrayList<>();
        for (String line : lines) {
            List<TermVectors.Vector> vectors = Arrays.stream(line.split("[;,]")).map(String::strip)
                    .filter(c -> !c.isEmpty()).map(terms::vectorOfFolded).toList();
            byLine.add(vectors);
            entries.add(new FollowUpIndex.Entry(vectors, List.of(), List.of()));
        }
        for (int spread : new int[] {5, 40, Integer.MAX_VALUE}) { // many terms above the cap, some, none
            FollowUpIndex index = FollowUpIndex.of(terms, spread, entries, List.of());
            for (double threshold : new double[] {0.25, 0.40, 0.60}) {
                long reaching = 0;
                long handed = 0;
                for (int o = 0; o < lines.size(); o += 7) {
                    TermVectors.Vector origin = terms.vectorOfFolded(lines.get(o));
                    Set<Long> found = new HashSet<>();
                    index.similar(origin, threshold, 0, lines.size(), (clause, holders) -> {
                        for (int n = 0; n < holders.size(); n++) {
                            assertSame(byLine.get(holders.candidate(n)).get(holders.clause(n)), clause);
                            found.add((long) holders.candidate(n) << 32 | holders.clause(n));
                        }
                    });
                    handed += found.size();
                    for (int i = 0; i < byLine.size(); i++) {
                        for (int c = 0; c < byLine.get(i).size(); c++) {
                            TermVectors.Vector clause = byLine.get(i).get(c);
                            if (TermVectors.cosine(origin, clause) >= threshold
                                    && sharesATermBelow(terms, spread, origin, clause)) {
                                reaching++;
                                assertTrue(found.contains((long) i << 32 | c), "line " + o + " misses clause " + c
                                        + " of line " + i + " at spread " + spread + ", threshold " + threshold);
                            }
                        }
                    }
                }
                assertTrue(reaching > 50, "clauses reaching " + threshold + ": " + reaching);
                if (spread == 40) {
                    // Terms above the cap are bounded by each clause's own weight on them: with a single bound over
                    // all the terms not probed, 12 to 64 times as many clauses were handed over as reached.
                    assertTrue(handed < 10 * reaching, "handed " + handed + " for " + reaching + " reaching "
                            + threshold);
                }
            }
        }
    }

    /**
     * Near-duplicate candidates: the seeds' lines three times over, each repeat holding the very clause vectors of
     * the first (as {@link PreparedSentences} shares equal clauses). Within a range of positions, every holder of
     * a clause that reaches the threshold is handed over, with that clause, and no holder outside the range is,
     * although the clause is summed once for all its holders.
     */
    @Test
    void aClauseSharedByNearDuplicatesGivesEveryHolderInRangeAndNoneOutside() throws IOException {
        List<String> lines = TermVectorsTest.seedLines();
        TermVectors terms = TermVectors.over(lines, List.of());
        List<List<TermVectors.Vector>> byLine = lines.stream().map(l -> Arrays.stream(l.split(";")).map(String::strip)
                .filter(c -> !c.isEmpty()).map(terms::vectorOfFolded).toList()).toList();
        List<FollowUpIndex.Entry> entries = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            byLine.forEach(v -> entries.add(new FollowUpIndex.Entry(v, List.of(), List.of())));
        }
        FollowUpIndex index = FollowUpIndex.of(terms, 40, entries, List.of());
        int n = entries.size();
        double threshold = 0.40;
        long reaching = 0;
        for (int[] range : new int[][] {{0, n}, {n / 3 + 5, n}, {n / 4, 2 * n / 3}}) {
            for (int o = 0; o < lines.size(); o += 11) {
                TermVectors.Vector origin = terms.vectorOfFolded(lines.get(o));
                Set<Long> found = new HashSet<>();
                index.similar(origin, threshold, range[0], range[1], (clause, holders) -> {
                    for (int h = 0; h < holders.size(); h++) {
                        int i = holders.candidate(h);
                        assertTrue(i >= range[0] && i < range[1], "holder " + i + " outside " + Arrays.toString(range));
                        assertSame(entries.get(i).clauses().get(holders.clause(h)), clause);
                        found.add((long) i << 32 | holders.clause(h));
                    }
                });
                for (int i = range[0]; i < range[1]; i++) {
                    List<TermVectors.Vector> clauses = entries.get(i).clauses();
                    for (int c = 0; c < clauses.size(); c++) {
                        if (TermVectors.cosine(origin, clauses.get(c)) >= threshold
                                && sharesATermBelow(terms, 40, origin, clauses.get(c))) {
                            reaching++;
                            assertTrue(found.contains((long) i << 32 | c), "line " + o + " misses clause " + c
                                    + " of candidate " + i + " in " + Arrays.toString(range));
                        }
                    }
                }
            }
        }
        assertTrue(reaching > 100, "clauses reaching " + threshold + ": " + reaching);
    }

    /** Whether the two vectors share a term held by at most {@code spread} lines, which has postings. */
    private static boolean sharesATermBelow(TermVectors terms, int spread, TermVectors.Vector a, TermVectors.Vector b) {
        Set<Integer> ids = new HashSet<>();
        Arrays.stream(a.ids()).filter(id -> terms.sentencesWith(id) <= spread).forEach(ids::add);
        return Arrays.stream(b.ids()).anyMatch(ids::contains);
    }

    /**
     * The candidates naming one of a commitment's same things are all found, once the index's side is the smaller
     * (a few changed documents against a project's thousand variants) and once the things' side is: both walks
     * give the same candidates, and no candidate that names none of the things.
     */
    @Test
    void candidatesNamingTheSameThingsAreFoundFromEitherSide() throws IOException {
        TermVectors terms = TermVectors.over(List.of("quoc lo 4b"), List.of("quoc lo 4b"));
        List<CorpusSnapshot.Entity> variants = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            variants.add(new CorpusSnapshot.Entity("https://w3id.org/lskg/id/project/ql4b-" + i, "project",
                    "Quốc lộ 4B"));
        }
        CorpusSnapshot.Entity other = new CorpusSnapshot.Entity("https://w3id.org/lskg/id/project/cao-toc", "project",
                "Cao tốc Đồng Đăng - Trà Lĩnh");
        List<FollowUpIndex.Entry> entries = List.of(
                new FollowUpIndex.Entry(List.of(), List.of(variants.get(3)), List.of()),
                new FollowUpIndex.Entry(List.of(), List.of(other), List.of()),
                new FollowUpIndex.Entry(List.of(), List.of(other, variants.get(7)), List.of()),
                new FollowUpIndex.Entry(List.of(), List.of(), List.of()));
        FollowUpIndex index = FollowUpIndex.of(terms, Integer.MAX_VALUE, entries, List.of());
        FollowUpIndex.SameThings many = new FollowUpIndex.SameThings(List.of(Set.copyOf(variants.subList(0, 6)),
                Set.copyOf(variants.subList(6, 12)))); // 12 things against the index's 3 entities
        FollowUpIndex.SameThings few = new FollowUpIndex.SameThings(List.of(Set.of(variants.get(3)),
                Set.of(variants.get(7)))); // 2 things
        for (FollowUpIndex.SameThings things : List.of(many, few)) {
            Set<Integer> found = new HashSet<>();
            index.naming(things, found::add);
            assertEquals(Set.of(0, 2), found, things.size() + " things");
        }
        Set<Integer> none = new HashSet<>();
        index.naming(FollowUpIndex.SameThings.NONE, none::add);
        assertEquals(Set.of(), none);
    }
}
