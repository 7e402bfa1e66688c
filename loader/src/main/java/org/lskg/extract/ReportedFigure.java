package org.lskg.extract;

import org.lskg.document.Sentence;
import org.lskg.text.Quantity;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure a document reports for an indicator: "lũy kế 11 tháng ước đạt 4.595 triệu USD, đạt 120,9% kế
 * hoạch, tăng 70,6%".
 *
 * @param sentence           where it is written
 * @param indicator          the indicator's label
 * @param quantity           value or range as written and parsed, with its unit
 * @param period             the period it covers, when the sentence names one
 * @param percentOfPlan      the share of the plan or estimate reached, in percent
 * @param changeVsSamePeriod the change against the same period a year before, in percent, negative for
 *                           a fall ("giảm 0,31%" → -0.31)
 */
public record ReportedFigure(Sentence sentence, String indicator, Quantity quantity, Optional<Period> period,
                             Optional<BigDecimal> percentOfPlan, Optional<BigDecimal> changeVsSamePeriod)
        implements Fact {

    public ReportedFigure {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(percentOfPlan, "percentOfPlan");
        Objects.requireNonNull(changeVsSamePeriod, "changeVsSamePeriod");
        if (indicator.isBlank()) {
            throw new IllegalArgumentException("blank indicator");
        }
    }
}
