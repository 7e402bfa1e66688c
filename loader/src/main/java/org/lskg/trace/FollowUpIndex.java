package org.lskg.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.lskg.text.Fold;
import org.lskg.trace.CorpusSnapshot.Entity;

/**
 * Postings from what a follow-up can share with a commitment to the candidate sentences that hold it, built once
 * per corpus, so that {@link FollowUpFinder} looks only at sentences that may match instead of at every later
 * sentence (the cost of a trace grows with the corpus, not with its square). Each kind of evidence of
 * {@link Thresholds} has its postings:
 * <ul>
 *   <li>a resolved project, programme or border gate: the candidates naming it, and, since two labels of one
 *       thing may differ ({@link Entities#sameThing}), the entities of the corpus that are the same thing as a
 *       given one, found through the word pairs of their folded labels;</li>
 *   <li>a cited document: the candidates citing it;</li>
 *   <li>an establishing decision: the readings of cited decisions whose title opens with an establishing verb,
 *       under the rarest syllables of their object (a commitment that holds 80 % of the object holds one of
 *       them); the candidates citing such a decision are then those citing it;</li>
 *   <li>words: for each term occurring in at most {@code termSpread} sentences, the distinct clauses holding
 *       it with their weights, and for each distinct clause the candidates holding it. A commitment probes its
 *       rarest terms until the terms left could not reach the lexical threshold on their own (their norm is
 *       below it), so a clause that reaches it shares a probed term — unless the only terms it shares are common
 *       ones above the cap: the price of a bounded cost.</li>
 * </ul>
 * Clauses are told apart by their vector's identity: the candidates' equal clauses share one vector
 * ({@link PreparedSentences}), so a clause that near-duplicate documents repeat is summed and measured once for
 * all of them (sharing is what saves work; the answer does not depend on it).
 * Immutable and thread-safe once built.
 */
final class FollowUpIndex {

    /**
     * One reading of a cited decision whose title opens with an establishing verb: "Thành lập Trung tâm ...",
     * with the verb and the folded syllables of its object.
     */
    record Establishing(CorpusSnapshot.CitedDocument document, LocalDate issued, String title, String verb,
                        Set<String> object) {}

    private final TermVectors terms;
    private final Map<Entity, int[]> byEntity;
    private final Map<String, List<Entity>> byFirstPair = new HashMap<>();
    private final Map<String, List<Entity>> byAnyPair = new HashMap<>();
    private final Map<String, List<Entity>> byIri = new HashMap<>();
    private final Map<Entity, String> folded = new HashMap<>();
    private final Map<String, int[]> byCited;
    private final Map<String, List<Establishing>> establishing;
    /** The distinct clauses, by number. */
    private final TermVectors.Vector[] clauses;
    /**
     * Per distinct clause: the candidates holding it, packed ({@code position << 32 | the clause's place in the
     * candidate}), ascending.
     */
    private final long[][] holders;
    /**
     * Per term id: packed ({@code last holder's position << 32 | distinct clause}) references, ascending, and the
     * clause's weight of the term; null above the cap. Ordered by the last holder, so that the clauses none of
     * whose holders is at or after a position are a run that {@link #similar} skips.
     */
    private final long[][] clauseRefs;
    private final float[][] clauseWeights;
    /**
     * Per term id, beside each posting: the clause's squared weight on the terms above the cap (which have no
     * postings). Kept with the posting, not per clause, so that the bound of {@link #similar} reads it where it
     * reads the weight, instead of at a random place per clause.
     */
    private final float[][] clauseCommons;

    private FollowUpIndex(TermVectors terms, Map<Entity, int[]> byEntity, Map<String, int[]> byCited,
                          Map<String, List<Establishing>> establishing, TermVectors.Vector[] clauses,
                          long[][] holders, long[][] clauseRefs, float[][] clauseWeights, float[][] clauseCommons) {
        this.terms = terms;
        this.byEntity = byEntity;
        this.byCited = byCited;
        this.establishing = establishing;
        this.clauses = clauses;
        this.holders = holders;
        this.clauseRefs = clauseRefs;
        this.clauseWeights = clauseWeights;
        this.clauseCommons = clauseCommons;
        for (Entity e : byEntity.keySet()) {
            folded.put(e, Fold.ascii(e.label()));
            byIri.computeIfAbsent(e.iri(), k -> new ArrayList<>()).add(e);
            List<String> pairs = pairs(folded.get(e));
            if (!pairs.isEmpty()) {
                byFirstPair.computeIfAbsent(pairs.get(0), k -> new ArrayList<>()).add(e);
                new LinkedHashSet<>(pairs).forEach(p -> byAnyPair.computeIfAbsent(p, k -> new ArrayList<>()).add(e));
            }
        }
    }

    /** What the index needs to know of one candidate sentence. */
    record Entry(List<TermVectors.Vector> clauses, List<Entity> entities, List<String> cited) {}

    /**
     * The postings of {@code candidates}, numbered by their position in the list, and of the establishing
     * readings of cited decisions.
     */
    static FollowUpIndex of(TermVectors terms, int termSpread, List<Entry> candidates,
                            Collection<Establishing> readings) {
        Map<Entity, List<Integer>> byEntity = new HashMap<>();
        Map<String, List<Integer>> byCited = new HashMap<>();
        Map<String, List<Establishing>> establishing = new HashMap<>();
        for (Establishing x : readings) {
            keys(terms, x.object()).forEach(key -> establishing.computeIfAbsent(key, y -> new ArrayList<>()).add(x));
        }
        // the distinct clauses, and the candidates holding each, in position order
        Map<TermVectors.Vector, Integer> numbers = new IdentityHashMap<>();
        List<TermVectors.Vector> distinct = new ArrayList<>();
        List<LongRun> holding = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Entry e = candidates.get(i);
            int k = i;
            e.entities().forEach(x -> byEntity.computeIfAbsent(x, y -> new ArrayList<>()).add(k));
            e.cited().stream().distinct().forEach(x -> byCited.computeIfAbsent(x, y -> new ArrayList<>()).add(k));
            for (int c = 0; c < e.clauses().size(); c++) {
                TermVectors.Vector v = e.clauses().get(c);
                int d = numbers.computeIfAbsent(v, x -> {
                    distinct.add(x);
                    holding.add(new LongRun());
                    return distinct.size() - 1;
                });
                holding.get(d).add((long) i << 32 | c);
            }
        }
        long[][] holders = holding.stream().map(LongRun::toArray).toArray(long[][]::new);
        int[] counts = new int[terms.size()];
        for (TermVectors.Vector v : distinct) {
            for (int id : v.ids()) {
                counts[id]++;
            }
        }
        long[][] refs = new long[terms.size()][];
        float[][] weights = new float[terms.size()][];
        float[][] commons = new float[terms.size()][];
        for (int id = 0; id < counts.length; id++) {
            if (counts[id] > 0 && terms.sentencesWith(id) <= termSpread) {
                refs[id] = new long[counts[id]];
                weights[id] = new float[counts[id]];
                commons[id] = new float[counts[id]];
            }
        }
        // filed by last holder, then by number: each posting list comes out ascending
        long[] byLast = new long[distinct.size()];
        for (int d = 0; d < byLast.length; d++) {
            byLast[d] = (holders[d][holders[d].length - 1] & ~0xFFFFFFFFL) | d;
        }
        Arrays.sort(byLast);
        int[] filled = new int[terms.size()];
        for (long ref : byLast) {
            TermVectors.Vector v = distinct.get((int) ref);
            float common = 0; // summed in the clause's term order, in float, as the bound has always read it
            for (int t = 0; t < v.size(); t++) {
                if (refs[v.ids()[t]] == null) {
                    common += (float) (v.weights()[t] * v.weights()[t]);
                }
            }
            for (int t = 0; t < v.size(); t++) {
                int id = v.ids()[t];
                if (refs[id] != null) {
                    refs[id][filled[id]] = ref;
                    commons[id][filled[id]] = common;
                    weights[id][filled[id]++] = (float) v.weights()[t];
                }
            }
        }
        return new FollowUpIndex(terms, toArrays(byEntity), toArrays(byCited), establishing,
                distinct.toArray(TermVectors.Vector[]::new), holders, refs, weights, commons);
    }

    /** A growing run of longs: a clause's holders, without boxing. */
    private static final class LongRun {
        private long[] values = new long[1];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private static <K> Map<K, int[]> toArrays(Map<K, List<Integer>> postings) {
        Map<K, int[]> out = new HashMap<>(postings.size() * 2);
        postings.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).distinct().toArray()));
        return out;
    }

    /**
     * The syllables an establishing object is filed under: its rarest {@code n - ceil(0.8 n) + 1} of n, so that a
     * text holding at least 80 % of the object holds one of them.
     */
    private static List<String> keys(TermVectors terms, Set<String> object) {
        int need = (int) Math.ceil(FollowUpFinder.ESTABLISHED_OBJECT_SHARE * object.size());
        return object.stream()
                .sorted(Comparator.comparingInt((String s) -> terms.sentencesWithTerm(s)).thenComparing(s -> s))
                .limit(Math.max(0, object.size() - need + 1)).toList();
    }

    /** The folded label's adjacent word pairs ("quoc lo", "lo 4b"). */
    private static List<String> pairs(String folded) {
        String[] w = folded.split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < w.length; i++) {
            out.add(w[i] + " " + w[i + 1]);
        }
        return out;
    }

    /**
     * The entities of the candidates that are the same thing as {@code e} ({@link Entities#sameThing}): the
     * same IRI, or one label holds the other's words, which then include the shorter label's first word pair.
     */
    List<Entity> sameAs(Entity e) {
        String known = folded.get(e); // read only: the index is shared between threads
        String label = known != null ? known : Fold.ascii(e.label());
        List<String> pairs = pairs(label);
        Set<Entity> found = new LinkedHashSet<>();
        if (!pairs.isEmpty()) {
            found.addAll(byAnyPair.getOrDefault(pairs.get(0), List.of()));
            new LinkedHashSet<>(pairs).forEach(p -> found.addAll(byFirstPair.getOrDefault(p, List.of())));
        }
        found.addAll(byIri.getOrDefault(e.iri(), List.of()));
        return found.stream().filter(x -> Entities.sameThing(e, label, x, folded.get(x))).toList();
    }

    /**
     * The entities that are the same thing as one of a commitment's topics: each topic's, as {@link #sameAs} gave
     * them, not merged. A project that many documents name is the same thing as thousands of entities, and a
     * commitment is searched, or probed for a few changed documents, many times: merging the sets each time cost
     * more than the search.
     */
    record SameThings(List<Set<Entity>> sets) {
        static final SameThings NONE = new SameThings(List.of());

        SameThings {
            sets = List.copyOf(sets);
        }

        boolean contains(Entity e) {
            for (Set<Entity> s : sets) {
                if (s.contains(e)) {
                    return true;
                }
            }
            return false;
        }

        /** How many entities the sets hold, counting one in two sets twice. */
        int size() {
            int n = 0;
            for (Set<Entity> s : sets) {
                n += s.size();
            }
            return n;
        }
    }

    /**
     * Calls {@code sink} with every candidate naming one of {@code things}, at least once: from the smaller side,
     * the index's named entities or the things (a few changed documents name fewer entities than a project's
     * variants across the corpus).
     */
    void naming(SameThings things, IntConsumer sink) {
        if (byEntity.size() < things.size()) {
            byEntity.forEach((e, named) -> {
                if (things.contains(e)) {
                    for (int k : named) {
                        sink.accept(k);
                    }
                }
            });
        } else {
            for (Set<Entity> s : things.sets()) {
                for (Entity e : s) {
                    int[] named = byEntity.get(e);
                    if (named != null) {
                        for (int k : named) {
                            sink.accept(k);
                        }
                    }
                }
            }
        }
    }

    /** Calls {@code sink} with every candidate citing {@code document}. */
    void citing(String document, IntConsumer sink) {
        Arrays.stream(byCited.getOrDefault(document, new int[0])).forEach(sink);
    }

    /**
     * The establishing readings filed under one of {@code syllables}, each once, in the order first met. Told
     * apart by identity: a reading's record hash walks its cited document's titles and dates, and every
     * commitment asks this twice. Readings are made once per cited decision, title and day, so two equal ones
     * name the same decision the same way and either serves.
     */
    Collection<Establishing> establishing(Set<String> syllables) {
        Set<Establishing> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Establishing> out = new ArrayList<>();
        syllables.forEach(s -> establishing.getOrDefault(s, List.of()).forEach(x -> {
            if (seen.add(x)) {
                out.add(x);
            }
        }));
        return out;
    }

    /**
     * Calls {@code sink} with every distinct clause that may reach {@code threshold} of cosine with {@code v}, and
     * its holders at positions {@code from} (inclusive) to {@code to} (exclusive), when it has any: it shares a
     * probed term, and the dot product over the probed terms plus a bound on the rest
     * could reach it. The rest is bounded by Cauchy–Schwarz, in two parts: over the terms above the cap (no
     * postings), the norm of {@code v}'s weight on them times the clause's own norm on such terms, kept for every
     * clause; over the indexed terms not probed, the norm of {@code v}'s weight on them times the clause's weight
     * outside both, at most {@code sqrt(1 - probed² - common²)} since clause vectors have norm at most 1. The two
     * parts never exceed one bound over all the terms not probed (Cauchy–Schwarz again), which is what the
     * probing stops on. On the 404 real documents of corpus-real the single bound let 20.8 million clauses through
     * to a cosine and the two parts 2.5 million; 79,270 reach the threshold either way. Only clauses with a
     * holder at or after {@code from} are summed, and of them those with one before {@code to}: the index's caller
     * numbers the candidates by date, so that the clauses that cannot follow a commitment up (stated before it, or
     * after the day of the trace) cost little.
     */
    void similar(TermVectors.Vector v, double threshold, int from, int to, ClauseSink sink) {
        // rarest first: they carry most of the weight and have the shortest postings; sorted as numbers
        // (document frequency, then place in the vector, packed), not boxed through a comparator
        long[] packed = new long[v.size()];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = (long) terms.sentencesWith(v.ids()[i]) << 32 | i;
        }
        Arrays.sort(packed);
        int[] order = new int[packed.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = (int) packed[i];
        }
        double left = 0;
        for (double w : v.weights()) {
            left += w * w;
        }
        double common = 0; // v's squared weight on the terms above the cap
        // First the terms to probe and the run of each one's postings in from..to, so that the sums' table is
        // made large enough at once; then the sums, term by term in that order, as they were always summed.
        int[] starts = new int[order.length];
        long adds = 0;
        int next = 0;
        for (; next < order.length && Math.sqrt(left + common) >= threshold; next++) {
            int i = order[next];
            double w = v.weights()[i];
            left -= w * w;
            long[] refs = clauseRefs[v.ids()[i]];
            if (refs == null) {
                common += w * w; // not probed: its weight still bounds what the others miss
                continue;
            }
            starts[next] = firstAtOrAfter(refs, (long) from << 32); // by last holder: a later clause may hold earlier
            adds += refs.length - starts[next];
        }
        Scores dots = new Scores(adds);
        for (int n = 0; n < next; n++) {
            int id = v.ids()[order[n]];
            if (clauseRefs[id] == null) {
                continue;
            }
            double w = v.weights()[order[n]];
            long[] refs = clauseRefs[id];
            float[] weights = clauseWeights[id];
            float[] commons = clauseCommons[id];
            for (int p = starts[n]; p < refs.length; p++) {
                int d = (int) refs[p];
                if (holders[d][0] >>> 32 < to) {
                    dots.add(d, w * weights[p], (double) weights[p] * weights[p], commons[p]);
                }
            }
        }
        double unprobed = 0; // v's squared weight on the indexed terms the loop did not reach
        for (; next < order.length; next++) {
            double w = v.weights()[order[next]];
            if (clauseRefs[v.ids()[order[next]]] == null) {
                common += w * w;
            } else {
                unprobed += w * w;
            }
        }
        double commonNorm = Math.sqrt(common);
        double unprobedNorm = Math.sqrt(unprobed);
        // float weights: a little slack so that rounding never drops a clause at the threshold
        double floor = threshold - SLACK;
        dots.forEach((ref, dot, squares, clauseCommon) -> {
            double rest = commonNorm * Math.sqrt(clauseCommon + ROUNDING)
                    + unprobedNorm * Math.sqrt(Math.max(0, 1 - squares - clauseCommon) + ROUNDING);
            if (dot + rest >= floor) {
                long[] held = holders[(int) ref];
                int start = firstAtOrAfter(held, (long) from << 32);
                int end = firstAtOrAfter(held, (long) to << 32);
                if (start < end) {
                    sink.accept(clauses[(int) ref], new Holders(held, start, end));
                }
            }
        });
    }

    /** The first position of the ascending {@code refs} holding {@code key} or more. */
    private static int firstAtOrAfter(long[] refs, long key) {
        int p = Arrays.binarySearch(refs, key);
        return p < 0 ? -p - 1 : p;
    }

    /** Receives a clause that may reach the threshold, and the candidates in range that hold it. */
    @FunctionalInterface
    interface ClauseSink {
        void accept(TermVectors.Vector clause, Holders holders);
    }

    /** The candidates holding a clause, some of them: {@code start} to {@code end} of packed {@code refs}. */
    record Holders(long[] refs, int start, int end) {
        int size() {
            return end - start;
        }

        /** The {@code n}th holder's position. */
        int candidate(int n) {
            return (int) (refs[start + n] >>> 32);
        }

        /** The place of the clause in the {@code n}th holder's entry. */
        int clause(int n) {
            return (int) refs[start + n];
        }
    }

    /**
     * What the bound in {@link #similar} gives away for the clause weights' rounding to {@code float} (a relative
     * error of about 6e-8 per weight, so below 1e-6 on any sum of products of unit vectors' weights).
     */
    private static final double SLACK = 1e-5;

    /**
     * Added under each square root of the bound in {@link #similar}: the squares are sums of {@code float} weights,
     * so a clause's true weight outside the probed terms may be a rounding above what they leave.
     */
    private static final double ROUNDING = 1e-6;

    /**
     * Sums of partial dot products, and of the clause's squared weights over the same terms, by clause reference,
     * with the clause's squared weight on the terms above the cap: an open-addressing table, without boxing, made
     * for the number of additions expected (at most that many clauses), so that it seldom grows. A key is stored
     * plus one (0 marks an empty slot); a slot's three figures lie side by side; the slots in use are listed, so
     * that reading them back does not scan the empty ones (half the table or more).
     */
    private static final class Scores {
        private long[] keys;
        private double[] values; // per slot: the dot product, the squares, the clause's common squares
        private int[] inUse; // the slots filled, in the order they were
        private int size;

        Scores(long expected) {
            int capacity = Integer.highestOneBit((int) Math.min(1 << 24, Math.max(32, expected))) << 1;
            keys = new long[capacity];
            values = new double[3 * capacity];
            inUse = new int[capacity / 2];
        }

        void add(long key, double x, double square, float common) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int i = slot(keys, key + 1);
            if (keys[i] == 0) {
                keys[i] = key + 1;
                values[3 * i + 2] = common;
                inUse[size++] = i;
            }
            values[3 * i] += x;
            values[3 * i + 1] += square;
        }

        /** Calls {@code sink} with every clause summed, in no particular order. */
        void forEach(Sink sink) {
            for (int n = 0; n < size; n++) {
                int i = inUse[n];
                sink.accept(keys[i] - 1, values[3 * i], values[3 * i + 1], (float) values[3 * i + 2]);
            }
        }

        /**
         * Receives a clause reference, its partial dot product, its squared weight over the same terms and its
         * squared weight on the terms above the cap.
         */
        @FunctionalInterface
        interface Sink {
            void accept(long ref, double dot, double squares, float common);
        }

        /** The slot of {@code stored} (a key plus one), or the empty slot where it goes. */
        private static int slot(long[] keys, long stored) {
            int mask = keys.length - 1;
            int i = Long.hashCode((stored - 1) * 0x9E3779B97F4A7C15L) & mask;
            while (keys[i] != 0 && keys[i] != stored) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private void grow() {
            long[] k = new long[keys.length * 2];
            double[] v = new double[values.length * 2];
            int[] u = new int[keys.length];
            for (int n = 0; n < size; n++) {
                int i = inUse[n];
                int j = slot(k, keys[i]);
                k[j] = keys[i];
                System.arraycopy(values, 3 * i, v, 3 * j, 3);
                u[n] = j;
            }
            keys = k;
            values = v;
            inUse = u;
        }
    }
}
