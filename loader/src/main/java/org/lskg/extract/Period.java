package org.lskg.extract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The period a reported figure covers, as written and, when the document lets us resolve it, as dates:
 * "lũy kế 11 tháng" in a report on November 2023 is 2023-01-01 to 2023-11-30.
 *
 * @param text  the words as written
 * @param begin the first day, when resolved
 * @param end   the last day, when resolved
 */
public record Period(String text, Optional<LocalDate> begin, Optional<LocalDate> end) {

    public Period {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(end, "end");
        if (begin.isPresent() && end.isPresent() && begin.get().isAfter(end.get())) {
            throw new IllegalArgumentException("period " + text + " ends before it begins");
        }
    }

    /** ISO 8601 interval "2023-01-01/2023-11-30", when both ends are known. */
    public Optional<String> iso() {
        return begin.isPresent() && end.isPresent() ? Optional.of(begin.get() + "/" + end.get()) : Optional.empty();
    }
}
