package org.lskg.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.lskg.trace.CorpusSnapshot.Entity;
import org.lskg.trace.FollowUpFinder.Candidate;
import org.lskg.trace.FollowUpScorer.Scored;

/**
 * The candidates of a {@link FollowUpFinder} told apart by shape: candidates of one shape hold the same text,
 * entities and citations and are or are not a task alike, so they score alike against any commitment that asks
 * for no product ({@link FollowUpScorer#score} reads nothing else of a candidate but its document, and that only
 * for products). Near-duplicate documents repeat a sentence in many candidates; a commitment scores it once and
 * hands the caps one {@link LinkCaps.Group} for all of them. Immutable and thread-safe; a {@link Found} is one
 * thread's.
 */
final class CandidateShapes {
    private final List<Candidate> candidates;
    /** Each candidate's shape, by number. */
    private final int[] shapes;

    private CandidateShapes(List<Candidate> candidates, int[] shapes) {
        this.candidates = candidates;
        this.shapes = shapes;
    }

    /** The shapes of {@code candidates}, numbered by their place in the list. */
    static CandidateShapes of(List<Candidate> candidates) {
        Map<Shape, Integer> numbers = new HashMap<>();
        return new CandidateShapes(candidates, candidates.stream()
                .mapToInt(k -> numbers.computeIfAbsent(Shape.of(k), x -> numbers.size())).toArray());
    }

    /** What {@link FollowUpScorer#score} reads of a candidate, but for its document. */
    private record Shape(String text, boolean task, List<Entity> entities, Set<String> entityIris, List<String> cited) {
        static Shape of(Candidate k) {
            return new Shape(k.sentence().text(), k.task(), k.entities(), k.entityIris(), k.cited());
        }
    }

    /**
     * The candidates of {@code found} numbered {@code from} (inclusive) to {@code to} (exclusive), grouped by shape,
     * or each alone when {@code alone} (a commitment that asks for a product, read from the candidate's
     * document); {@code score} scores a candidate, by number, once per group.
     */
    Found group(BitSet found, int from, int to, boolean alone, IntFunction<Optional<Scored>> score) {
        return new Found(found, from, to, alone, score);
    }

    /** One commitment's candidates in groups that score alike. */
    final class Found {
        private final BitSet found;
        private final boolean alone;
        private final Map<Integer, Alike> byKey = new HashMap<>();
        private final List<Alike> groups = new ArrayList<>();
        private int count;

        private Found(BitSet found, int from, int to, boolean alone, IntFunction<Optional<Scored>> score) {
            this.found = found;
            this.alone = alone;
            for (int i = found.nextSetBit(from); i >= 0 && i < to; i = found.nextSetBit(i + 1)) {
                count++;
                Alike group = byKey.get(key(i));
                if (group == null) {
                    group = new Alike(score.apply(i));
                    byKey.put(key(i), group);
                    if (group.links()) {
                        groups.add(group);
                    }
                }
                group.add(i);
            }
        }

        private int key(int candidate) {
            return alone ? ~candidate : shapes[candidate];
        }

        /** How many candidates were grouped (each scored, if only as one of its group). */
        int count() {
            return count;
        }

        /** The groups that may link. */
        List<? extends LinkCaps.Group<Scored>> groups() {
            return groups;
        }

        /** The links of the grouped candidates numbered {@code from} to {@code to}: a document's, for the caps. */
        List<Scored> links(int from, int to) {
            List<Scored> links = new ArrayList<>();
            for (int j = found.nextSetBit(from); j >= 0 && j < to; j = found.nextSetBit(j + 1)) {
                Alike group = byKey.get(key(j));
                if (group != null && group.links()) {
                    links.add(group.memberFor(j));
                }
            }
            return links;
        }
    }

    /**
     * Candidates of one shape found for a commitment: the score of the first, and each member's own link made
     * from it whenever the caps read it (a few of hundreds: not kept). Numbers are added in ascending order, which
     * is the finder's order by date.
     */
    private final class Alike implements LinkCaps.Group<Scored> {
        private final Optional<Scored> score;
        private int[] members = new int[1];
        private int size;

        Alike(Optional<Scored> score) {
            this.score = score;
        }

        /** Whether the shape may link at all: else its members are counted, never read. */
        boolean links() {
            return score.isPresent();
        }

        void add(int candidate) {
            if (size == members.length) {
                members = Arrays.copyOf(members, 2 * size);
            }
            members[size++] = candidate;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Scored member(int n) {
            return score.orElseThrow().of(candidates.get(members[n]));
        }

        /** The member that is the candidate {@code number}. */
        Scored memberFor(int number) {
            return member(Arrays.binarySearch(members, 0, size, number));
        }
    }
}
