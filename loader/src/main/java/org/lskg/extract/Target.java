package org.lskg.extract;

import org.lskg.document.Sentence;
import org.lskg.text.Quantity;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A chỉ tiêu: a value or range planned for an indicator, with its unit and the year it is set for.
 *
 * @param sentence  where it is written
 * @param indicator the indicator's label ("Tốc độ tăng trưởng kinh tế (GRDP)", "Cơ cấu kinh tế - Dịch vụ")
 * @param quantity  value or range as written and parsed, with its unit; offsets into the sentence text
 * @param year      the year the target is for, from the sentence or the section or document framing it
 */
public record Target(Sentence sentence, String indicator, Quantity quantity, OptionalInt year) implements Fact {

    public Target {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(year, "year");
        if (indicator.isBlank()) {
            throw new IllegalArgumentException("blank indicator");
        }
    }
}
