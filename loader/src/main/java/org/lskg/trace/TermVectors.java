package org.lskg.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lskg.text.Fold;

/**
 * TF-IDF vectors of Vietnamese text for cosine similarity. Vietnamese writes one syllable per token and most
 * words have two ("quy hoạch", "cửa khẩu"), so a text's terms are its folded syllables and its syllable
 * bigrams; a bigram weighs as much as its two syllables together, so a shared word counts more than two
 * shared syllables met apart. Diacritics are folded ({@link Fold#ascii}) so that a missing tone mark in one
 * document does not hide a match. Numbers are kept: "4B", "1725", "2021 2030" carry meaning.
 *
 * <p>Document frequencies are counted over the corpus given at construction (every sentence of the store), so
 * words every document uses — "tỉnh", "thực hiện", "Lạng Sơn" — weigh little. Every term of the corpus (and of
 * the extra texts given with it, such as the clauses of its sentences) gets an integer id; ids follow the
 * terms' alphabetical order, so a {@link Vector} lists its terms in that order and dot products are summed in
 * a fixed order (two builds give the same figures to the last bit). Immutable and thread-safe.
 */
final class TermVectors {
    private static final Pattern SPACE = Pattern.compile(" ");
    private static final double BIGRAM_WEIGHT = 2.0;

    /**
     * A sparse L2-normalised vector: term ids in increasing order and their weights. Terms of the text that the
     * corpus never holds count in the norm but are left out, since no vector of the corpus can share them.
     */
    record Vector(int[] ids, double[] weights) {
        static final Vector EMPTY = new Vector(new int[0], new double[0]);

        int size() {
            return ids.length;
        }
    }

    private final Map<String, Integer> ids;
    private final String[] terms;
    private final double[] idf;
    private final int[] df;
    private final double unseenIdf;

    private TermVectors(Map<String, Integer> ids, String[] terms, double[] idf, int[] df, double unseenIdf) {
        this.ids = ids;
        this.terms = terms;
        this.idf = idf;
        this.df = df;
        this.unseenIdf = unseenIdf;
    }

    /** Frequencies over {@code corpus}, one text per sentence. */
    static TermVectors over(Collection<String> corpus) {
        return over(corpus.stream().map(Fold::ascii).toList(), List.of());
    }

    /**
     * Frequencies over {@code foldedCorpus} (one {@link Fold#ascii folded} text per sentence); the terms of
     * {@code foldedExtra} get ids too (they are counted in no frequency), so that their vectors keep every term.
     */
    static TermVectors over(List<String> foldedCorpus, Collection<String> foldedExtra) {
        // Each distinct text's terms are found once, on all cores, and counted as often as the text occurs
        // (near-duplicate documents repeat their sentences); counts are sums, so their order does not matter.
        Map<String, Integer> copies = new HashMap<>();
        foldedCorpus.forEach(text -> copies.merge(text, 1, Integer::sum));
        Map<String, Integer> counts = copies.entrySet().parallelStream()
                .map(e -> Map.entry(distinctTerms(e.getKey()), e.getValue())).collect(
                        HashMap::new, (m, terms) -> terms.getKey().forEach(t -> m.merge(t, terms.getValue(), Integer::sum)),
                        (a, b) -> b.forEach((t, n) -> a.merge(t, n, Integer::sum)));
        foldedExtra.parallelStream().map(TermVectors::distinctTerms).toList()
                .forEach(terms -> terms.forEach(t -> counts.putIfAbsent(t, 0)));
        String[] sorted = counts.keySet().toArray(String[]::new);
        Arrays.sort(sorted);
        int n = Math.max(1, foldedCorpus.size());
        Map<String, Integer> ids = new HashMap<>(sorted.length * 2);
        double[] idf = new double[sorted.length];
        int[] df = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            ids.put(sorted[i], i);
            df[i] = counts.get(sorted[i]);
            idf[i] = Math.log((1.0 + n) / (1.0 + df[i])) + 1.0;
        }
        return new TermVectors(ids, sorted, idf, df, Math.log(1.0 + n) + 1.0);
    }

    /** The text's L2-normalised TF-IDF vector. */
    Vector vector(String text) {
        return vectorOfFolded(Fold.ascii(text));
    }

    /** As {@link #vector}, of a text already {@link Fold#ascii folded}. */
    Vector vectorOfFolded(String folded) {
        String[] occurrences = occurrences(folded);
        // Terms are numbered in alphabetical order, so a text whose every term has a number (every sentence and
        // clause of the corpus) is sorted as numbers; one with a term the corpus lacks, as strings.
        int[] numbered = new int[occurrences.length];
        for (int i = 0; i < occurrences.length; i++) {
            Integer id = ids.get(occurrences[i]);
            if (id == null) {
                return vectorOfUnnumbered(occurrences);
            }
            numbered[i] = id;
        }
        Arrays.sort(numbered);
        int distinct = 0;
        for (int i = 0; i < numbered.length; i++) {
            if (i == 0 || numbered[i] != numbered[i - 1]) {
                distinct++;
            }
        }
        int[] v = new int[distinct];
        double[] w = new double[distinct];
        int n = 0;
        for (int i = 0; i < numbered.length; ) {
            int id = numbered[i];
            int j = i + 1;
            while (j < numbered.length && numbered[j] == id) {
                j++;
            }
            v[n] = id;
            w[n++] = weight(j - i, idf[id], terms[id]);
            i = j;
        }
        return normalised(v, w, w);
    }

    /**
     * As {@link #vectorOfFolded}, for a text with a term the corpus lacks: every occurrence of a term, sorted, so
     * that a term's occurrences lie side by side and the terms come in the alphabetical order in which weights and
     * norm are taken, as the dot products are.
     */
    private Vector vectorOfUnnumbered(String[] occurrences) {
        Arrays.sort(occurrences);
        int distinct = 0;
        for (int i = 0; i < occurrences.length; i++) {
            if (i == 0 || !occurrences[i].equals(occurrences[i - 1])) {
                distinct++;
            }
        }
        double[] all = new double[distinct];
        int[] seen = new int[distinct];
        double[] seenWeights = new double[distinct];
        int n = 0;
        int kept = 0;
        for (int i = 0; i < occurrences.length; ) {
            String term = occurrences[i];
            int j = i + 1;
            while (j < occurrences.length && occurrences[j].equals(term)) {
                j++;
            }
            Integer id = ids.get(term);
            double w = weight(j - i, id == null ? unseenIdf : idf[id], term);
            all[n++] = w;
            if (id != null) {
                seen[kept] = id;
                seenWeights[kept++] = w;
            }
            i = j;
        }
        return normalised(Arrays.copyOf(seen, kept), Arrays.copyOf(seenWeights, kept), all);
    }

    /** A term's weight: its count dampened, times its inverse document frequency, and twice that for a bigram. */
    private static double weight(int count, double idf, String term) {
        return (1.0 + Math.log(count)) * idf * (term.indexOf('_') >= 0 ? BIGRAM_WEIGHT : 1.0);
    }

    /**
     * The vector of terms {@code ids} with weights {@code weights} divided by the norm of {@code all} (every term's
     * weight, in alphabetical order, those the corpus lacks included), in place.
     */
    private static Vector normalised(int[] ids, double[] weights, double[] all) {
        DoubleSummaryStatistics squares = new DoubleSummaryStatistics();
        for (double x : all) {
            squares.accept(x * x);
        }
        // summed as DoubleStream.sum() sums (with compensation), without a stream made for every vector
        double norm = Math.sqrt(squares.getSum());
        if (norm > 0) {
            for (int k = 0; k < weights.length; k++) {
                weights[k] = weights[k] / norm;
            }
        }
        return new Vector(ids, weights);
    }

    /** Each syllable and syllable bigram of a folded text, once per occurrence, in text order. */
    private static String[] occurrences(String folded) {
        if (folded.isEmpty()) {
            return new String[0];
        }
        String[] syllables = SPACE.split(folded);
        String[] out = new String[2 * syllables.length - 1];
        int n = 0;
        for (int i = 0; i < syllables.length; i++) {
            out[n++] = syllables[i];
            if (i + 1 < syllables.length) {
                out[n++] = syllables[i] + "_" + syllables[i + 1];
            }
        }
        return out;
    }

    /** Cosine of two vectors from {@link #vector}. */
    static double cosine(Vector a, Vector b) {
        int[] x = a.ids();
        int[] y = b.ids();
        double dot = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                dot += a.weights()[i++] * b.weights()[j++];
            }
        }
        return dot;
    }

    /**
     * A vector laid out for many cosines with others: its weights in a table by term id, so that a cosine costs
     * one look-up per term of the other vector instead of a merge of both. The products are summed in the order
     * of the other vector's ids, as {@link #cosine} sums them, so both give the same figure to the last bit: a
     * term this vector lacks finds an empty slot, whose weight is 0, and adds {@code 0.0} to a sum that is never
     * negative (weights are positive), which leaves it as it was. The table is kept at most one eighth full, so a
     * look-up nearly always ends at its first slot: most terms of the other vector are missing here, and the
     * cosine then costs a multiplication and an addition per term, without a branch that guesses wrong.
     * Immutable once built; thread-safe.
     */
    static final class Lookup {
        private final int[] keys; // id + 1; 0 marks an empty slot
        private final double[] weights; // 0 in an empty slot
        private final int mask;

        Lookup(Vector v) {
            int capacity = Integer.highestOneBit(Math.max(8, v.size() * 8)) << 1;
            this.keys = new int[capacity];
            this.weights = new double[capacity];
            this.mask = capacity - 1;
            for (int i = 0; i < v.size(); i++) {
                int slot = slot(v.ids()[i]);
                keys[slot] = v.ids()[i] + 1;
                weights[slot] = v.weights()[i];
            }
        }

        private int slot(int id) {
            int i = (id * 0x9E3779B9) >>> 7 & mask;
            while (keys[i] != 0 && keys[i] != id + 1) {
                i = (i + 1) & mask;
            }
            return i;
        }

        /** The cosine of this vector and {@code b}: {@code TermVectors.cosine(this vector, b)}, to the last bit. */
        double cosine(Vector b) {
            double dot = 0;
            int[] ids = b.ids();
            double[] w = b.weights();
            for (int j = 0; j < ids.length; j++) {
                dot += weights[slot(ids[j])] * w[j];
            }
            return dot;
        }
    }

    /** The bigrams (as "quy hoach") both vectors hold, in alphabetical order: the readable part of a lexical match. */
    List<String> sharedWords(Vector a, Vector b) {
        List<String> words = new ArrayList<>();
        int[] x = a.ids();
        int[] y = b.ids();
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                String t = terms[x[i]];
                if (t.indexOf('_') >= 0) {
                    words.add(t.replace('_', ' '));
                }
                i++;
                j++;
            }
        }
        return words;
    }

    /** In how many sentences of the corpus the term {@code id} occurs. */
    int sentencesWith(int id) {
        return df[id];
    }

    /** The term's id, or -1 for a term without one. */
    int id(String term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    /** In how many sentences of the corpus the term occurs (0 for a term it never holds). */
    int sentencesWithTerm(String term) {
        Integer id = ids.get(term);
        return id == null ? 0 : df[id];
    }

    /** How many terms have ids. */
    int size() {
        return terms.length;
    }

    /** The distinct terms of a folded text: those of {@link #occurrences}, each once, in no order. */
    private static Set<String> distinctTerms(String folded) {
        if (folded.isEmpty()) {
            return Set.of();
        }
        String[] syllables = SPACE.split(folded);
        Set<String> out = new HashSet<>(syllables.length * 4);
        for (int i = 0; i < syllables.length; i++) {
            out.add(syllables[i]);
            if (i + 1 < syllables.length) {
                out.add(syllables[i] + "_" + syllables[i + 1]);
            }
        }
        return out;
    }

    /** The folded syllables of a text, as a set. */
    static Set<String> syllables(String text) {
        return syllablesOfFolded(Fold.ascii(text));
    }

    /** The syllables of a text already {@link Fold#ascii folded}, as a set. */
    static Set<String> syllablesOfFolded(String folded) {
        return folded.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(SPACE.split(folded)));
    }
}
