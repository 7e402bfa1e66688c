package org.lskg.trace;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A commitment's status as of a date, with the reason in words, the deadline it was judged against (if any),
 * the sentences it rests on and the follow-ups it was derived from. The reason does not repeat the date: a trace
 * states it once (the trace graph's {@code lskg:asOf}), so that an assessment the next date leaves as it was is
 * written as it was.
 */
public record Assessment(String commitment, Status status, LocalDate asOf, String reason,
                         Optional<EffectiveDeadline> deadline, List<String> evidence, List<FollowUp> basis) {

    public Assessment {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(reason, "reason");
        evidence = List.copyOf(evidence);
        basis = List.copyOf(basis);
    }
}
