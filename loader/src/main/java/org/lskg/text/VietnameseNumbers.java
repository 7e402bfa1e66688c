package org.lskg.text;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese documents write them: "." groups thousands and "," is the decimal mark, so
 * "4.595" is 4595, "7,5" is 7.5 and "14.040,807" is 14040.807 (three digits after a comma are decimals,
 * never a thousands group). Zero-padded counts ("06") are plain integers. A dot that does not group
 * exactly three digits ("3.1", "6.3") is not a Vietnamese number at all: it is a section marker or an
 * English decimal, and {@link #tryParse} refuses it rather than guess.
 *
 * <p>Scale words ({@link Scale}) multiply a number: "4.300 tỷ" = 4.3 × 10¹². Callers keep the number as
 * written beside the parsed value, since documents and the graph quote it verbatim.
 */
public final class VietnameseNumbers {
    private VietnameseNumbers() {}

    /** A number in Vietnamese notation; no sign, no surrounding checks (see {@link #tryParse}). */
    public static final String REGEX = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
    private static final Pattern WHOLE = Pattern.compile(REGEX);

    /**
     * The value of {@code written}, or empty when it is not a number in Vietnamese notation.
     * Surrounding white space is ignored.
     */
    public static Optional<BigDecimal> tryParse(String written) {
        String s = written.strip();
        if (!WHOLE.matcher(s).matches()) {
            return Optional.empty();
        }
        BigDecimal v = new BigDecimal(s.replace(".", "").replace(',', '.'));
        return Optional.of(v.scale() > 0 ? v : v.setScale(0));
    }

    /**
     * The value of {@code written}.
     *
     * @throws NumberFormatException if it is not a number in Vietnamese notation
     */
    public static BigDecimal parse(String written) {
        return tryParse(written).orElseThrow(() -> new NumberFormatException("not a Vietnamese number: " + written));
    }

    /** Scale words: the power of ten they multiply by. "tỉ" and "ngàn" are spelling variants. */
    public enum Scale {
        THOUSAND(3, "nghìn", "ngàn"),
        TEN_THOUSAND(4, "vạn"),
        MILLION(6, "triệu"),
        BILLION(9, "tỷ", "tỉ"),
        TRILLION(12, "nghìn tỷ", "nghìn tỉ", "ngàn tỷ", "ngàn tỉ");

        private final int exponent;
        private final List<String> words;

        Scale(int exponent, String... words) {
            this.exponent = exponent;
            this.words = List.of(words);
        }

        /** The power of ten: 9 for tỷ. */
        public int exponent() {
            return exponent;
        }

        /** The spellings, the usual one first. */
        public List<String> words() {
            return words;
        }

        /** {@code value} × 10^{@link #exponent}. */
        public BigDecimal apply(BigDecimal value) {
            return value.scaleByPowerOfTen(exponent);
        }

        /** Every spelling of every scale, longest first ("nghìn tỷ" before "nghìn"), for regex alternation. */
        public static List<String> allWordsLongestFirst() {
            return Arrays.stream(values()).flatMap(s -> s.words.stream())
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        }

        /** The scale {@code word} names ("Tỷ", "nghìn  tỷ"), if it is one. */
        public static Optional<Scale> of(String word) {
            String w = Fold.key(word);
            return Arrays.stream(values())
                    .filter(s -> s.words.stream().anyMatch(x -> Fold.key(x).equals(w)))
                    .findFirst();
        }
    }
}
