package org.lskg.trace;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The deadline a status is judged against: the last allowed day, the words it was read from, the commitment
 * it was borrowed from when it is not the commitment's own (see {@link Deadlines}), and the follow-up sentence
 * that set it when a later document moved it ("thời gian hoàn thành trước ngày 31/3/2024", see
 * {@link StatusRules}).
 */
public record EffectiveDeadline(LocalDate date, String text, Optional<String> borrowedFrom, Optional<String> movedBy) {
    public EffectiveDeadline {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(borrowedFrom, "borrowedFrom");
        Objects.requireNonNull(movedBy, "movedBy");
    }

    /** A deadline as stated (or borrowed), not moved by a later document. */
    public EffectiveDeadline(LocalDate date, String text, Optional<String> borrowedFrom) {
        this(date, text, borrowedFrom, Optional.empty());
    }
}
