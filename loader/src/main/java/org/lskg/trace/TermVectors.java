package org.lskg.trace;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * words every document uses — "tỉnh", "thực hiện", "Lạng Sơn" — weigh little. Immutable.
 */
final class TermVectors {
    private static final Pattern SPACE = Pattern.compile(" ");
    private static final double BIGRAM_WEIGHT = 2.0;

    private final Map<String, Double> idf;
    private final double unseenIdf;

    private TermVectors(Map<String, Double> idf, double unseenIdf) {
        this.idf = Map.copyOf(idf);
        this.unseenIdf = unseenIdf;
    }

    /** Frequencies over {@code corpus}, one text per sentence. */
    static TermVectors over(Collection<String> corpus) {
        Map<String, Integer> df = new HashMap<>();
        for (String text : corpus) {
            for (String term : terms(text).keySet()) {
                df.merge(term, 1, Integer::sum);
            }
        }
        int n = Math.max(1, corpus.size());
        Map<String, Double> idf = new HashMap<>();
        df.forEach((term, count) -> idf.put(term, Math.log((1.0 + n) / (1.0 + count)) + 1.0));
        return new TermVectors(idf, Math.log(1.0 + n) + 1.0);
    }

    /** The text's L2-normalised TF-IDF vector, sorted by term (so sums are taken in a fixed order). */
    Map<String, Double> vector(String text) {
        Map<String, Double> v = new TreeMap<>();
        terms(text).forEach((term, tf) -> v.put(term, (1.0 + Math.log(tf)) * idf.getOrDefault(term, unseenIdf)
                * (term.indexOf('_') >= 0 ? BIGRAM_WEIGHT : 1.0)));
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (norm > 0) {
            v.replaceAll((term, x) -> x / norm);
        }
        return v;
    }

    /** Cosine of two vectors from {@link #vector}. */
    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return dot;
    }

    /** The bigrams (as "quy hoach") both vectors hold, the readable part of a lexical match. */
    static List<String> sharedWords(Map<String, Double> a, Map<String, Double> b) {
        return a.keySet().stream().filter(t -> t.indexOf('_') >= 0 && b.containsKey(t))
                .map(t -> t.replace('_', ' ')).toList();
    }

    /** Term counts: syllables and syllable bigrams ("quy_hoach") of the folded text. */
    static Map<String, Integer> terms(String text) {
        String folded = Fold.ascii(text);
        Map<String, Integer> counts = new TreeMap<>();
        if (folded.isEmpty()) {
            return counts;
        }
        String[] syllables = SPACE.split(folded);
        for (int i = 0; i < syllables.length; i++) {
            counts.merge(syllables[i], 1, Integer::sum);
            if (i + 1 < syllables.length) {
                counts.merge(syllables[i] + "_" + syllables[i + 1], 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The folded syllables of a text, as a set. */
    static Set<String> syllables(String text) {
        String folded = Fold.ascii(text);
        return folded.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(SPACE.split(folded)));
    }
}
