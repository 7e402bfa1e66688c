package org.lskg.extract;

import org.lskg.text.Quantity;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One indicator and its quantity as {@link IndicatorReader} reads them from a clause, before anyone has
 * decided whether the clause sets a target or reports a result.
 *
 * @param indicator     the indicator's label, rebuilt where the clause splits it ("Cơ cấu kinh tế - Dịch vụ",
 *                      "Số bác sĩ trên 1 vạn dân")
 * @param quantity      the value or range with its unit; offsets are relative to the sentence text
 * @param before        the words of the quantity's clause (sentence part between semicolons) before it
 * @param after         the words of its clause after it
 * @param year          a "năm YYYY" the indicator's own words name, if any
 * @param percentOfPlan "đạt 120,9% kế hoạch" after the quantity
 * @param change        "tăng 70,6%", "giảm 0,31% so với cùng kỳ" after the quantity, signed by the verb
 */
record Reading(String indicator, Quantity quantity, String before, String after, OptionalInt year,
               Optional<Quantity> percentOfPlan, Optional<Signed> change) {

    Reading {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** A percentage with the sign its verb gives it. */
    record Signed(Quantity quantity, boolean negative) {}

    boolean reportsResult() {
        return percentOfPlan.isPresent() || change.isPresent();
    }
}
