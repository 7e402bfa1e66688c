package org.lskg.text;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A number with its unit found in a text: "7 - 7,5%", "4.060 nghìn lượt", "từ 5% trở lên".
 *
 * @param start     offset of the first digit in the searched text
 * @param end       offset after the unit (and after a rate's denominator, "trên 1 vạn dân")
 * @param valueText the number or range as written, without unit or qualifier: "7 - 7,5", "14.040,807"
 * @param min       the lower end (the value itself when it is not a range)
 * @param max       the upper end (the value itself when it is not a range)
 * @param unit      the unit
 * @param bound     whether the text states the value itself or only a bound ("từ 5% trở lên")
 */
public record Quantity(int start, int end, String valueText, BigDecimal min, BigDecimal max, Unit unit, Bound bound) {

    /** What the number says about the quantity. */
    public enum Bound {
        /** The value or range itself (also for "khoảng", about). */
        EXACT,
        /** A lower bound: "từ 5% trở lên", "tối thiểu", "trên". */
        AT_LEAST,
        /** An upper bound: "dưới", "không quá", "tối đa". */
        AT_MOST
    }

    public Quantity {
        Objects.requireNonNull(valueText, "valueText");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(bound, "bound");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("range " + valueText + " runs backwards");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public boolean isRange() {
        return min.compareTo(max) != 0;
    }

    /** The single value, when the text gives one rather than a range. */
    public Optional<BigDecimal> value() {
        return isRange() ? Optional.empty() : Optional.of(min);
    }

    /** This quantity with another bound. */
    Quantity withBound(Bound b) {
        return new Quantity(start, end, valueText, min, max, unit, b);
    }
}
