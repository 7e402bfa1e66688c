package org.lskg.text;

import java.util.Objects;
import java.util.Optional;

/**
 * A unit of measure as a document writes it, with what lskg normalises it to.
 *
 * @param text  as written, scale word and rate included: "%", "tỷ đồng", "nghìn lượt", "bác sĩ/vạn dân"
 * @param code  the normalised unit without scale: "percent", "VND", "USD", "ha", "commune";
 *              a rate is "code/1e<k> inhabitant" ("doctor/1e4 inhabitant")
 * @param kind  what the unit measures
 * @param scale the scale word applied to the number, if any ("tỷ" in "tỷ đồng")
 */
public record Unit(String text, String code, Kind kind, Optional<VietnameseNumbers.Scale> scale) {

    /** What a unit measures. */
    public enum Kind {
        /** A share or rate in percent. */
        PERCENT,
        /** Money; the code is ISO 4217. */
        CURRENCY,
        /** A physical measure: area, mass, volume, length, energy. */
        MEASURE,
        /** A counted noun ("10 xã"): the number of things of that kind. */
        COUNT
    }

    public Unit {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scale, "scale");
    }

    /** The power of ten the written number is multiplied by to get a value in {@link #code} units. */
    public int exponent() {
        return scale.map(VietnameseNumbers.Scale::exponent).orElse(0);
    }
}
