package org.lskg.trace;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The deadline a status is judged against: the last allowed day, the words it was read from, and the commitment
 * it was borrowed from when it is not the commitment's own (see {@link Deadlines}).
 */
public record EffectiveDeadline(LocalDate date, String text, Optional<String> borrowedFrom) {
    public EffectiveDeadline {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(borrowedFrom, "borrowedFrom");
    }
}
