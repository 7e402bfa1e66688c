package org.lskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@link LongTriples} against a sorted set of the same triples, with ids over the whole unsigned range. */
class LongTriplesTest {

    /** Unsigned order, as TDB2's index keys: an id with the top bit set (an inlined literal) sorts last. */
    private static final Comparator<long[]> ORDER = Comparator.<long[], Long>comparing(t -> t[0], Long::compareUnsigned)
            .thenComparing((a, b) -> Long.compareUnsigned(a[1], b[1]))
            .thenComparing((a, b) -> Long.compareUnsigned(a[2], b[2]));

    @Test
    void sortsDistinctFindsSubjectsAndComparesLikeASortedSet() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            LongTriples a = new LongTriples();
            LongTriples b = new LongTriples();
            TreeSet<long[]> setA = new TreeSet<>(ORDER);
            TreeSet<long[]> setB = new TreeSet<>(ORDER);
            int n = random.nextInt(5_000);
            for (int i = 0; i < n; i++) { // few distinct values, so that triples repeat and the lists overlap
                long[] t = {id(random), id(random), id(random)};
                a.add(t[0], t[1], t[2]);
                setA.add(t);
                if (random.nextInt(3) > 0) {
                    b.add(t[0], t[1], t[2]);
                    setB.add(t);
                }
                long[] u = {id(random), id(random), id(random)};
                b.add(u[0], u[1], u[2]);
                setB.add(u);
            }
            a.sortDistinct();
            b.sortDistinct();
            assertEquals(setA.stream().map(LongTriplesTest::list).toList(), triples(a));

            List<List<Long>> onlyA = new ArrayList<>();
            List<List<Long>> onlyB = new ArrayList<>();
            LongTriples.difference(a, b, (s, p, o) -> onlyA.add(List.of(s, p, o)), (s, p, o) -> onlyB.add(List.of(s, p, o)));
            assertEquals(setA.stream().filter(t -> !setB.contains(t)).map(LongTriplesTest::list).toList(), onlyA);
            assertEquals(setB.stream().filter(t -> !setA.contains(t)).map(LongTriplesTest::list).toList(), onlyB);

            for (long[] t : setA) {
                long range = a.subjectRange(t[0]);
                List<List<Long>> found = new ArrayList<>();
                for (int i = (int) (range >>> 32); i < (int) range; i++) {
                    found.add(List.of(a.subject(i), a.predicate(i), a.object(i)));
                }
                assertEquals(setA.stream().filter(x -> x[0] == t[0]).map(LongTriplesTest::list).toList(), found);
            }
        }
    }

    @Test
    void aSubjectItLacksHasAnEmptyRangeAndAnUnsortedListRefusesToSearch() {
        LongTriples t = new LongTriples();
        t.add(5, 1, 1);
        t.add(3, 1, 1);
        assertThrows(IllegalStateException.class, () -> t.hasSubject(3));
        t.sortDistinct();
        assertTrue(t.hasSubject(3));
        assertFalse(t.hasSubject(4));
        assertFalse(t.hasSubject(-1));
        assertEquals(2, t.size());
    }

    /** One of a few small ids or of a few with the top bit set. */
    private static long id(Random random) {
        long small = random.nextInt(6);
        return random.nextBoolean() ? small : Long.MIN_VALUE | small;
    }

    private static List<Long> list(long[] t) {
        return List.of(t[0], t[1], t[2]);
    }

    private static List<List<Long>> triples(LongTriples t) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(List.of(t.subject(i), t.predicate(i), t.object(i)));
        }
        return out;
    }
}
