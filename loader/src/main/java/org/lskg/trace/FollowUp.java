package org.lskg.trace;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A later statement that concerns a commitment: the evidence sentence (in another, later document), its
 * document and date, the signals that matched, a confidence in [0, 1] with two decimals, the status the
 * statement suggests on its own, and a readable account of the match ({@code why}).
 *
 * @param clause the part of the sentence (between semicolons) that matched best; progress cues are read there
 */
public record FollowUp(String commitment, String evidence, String document, String source, IssueDate date,
                       String text, String clause, List<Signal> signals, BigDecimal confidence, Status suggests,
                       String why) {

    public FollowUp {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(evidence, "evidence");
        signals = List.copyOf(signals);
        if (signals.isEmpty()) {
            throw new IllegalArgumentException("a follow-up needs at least one signal");
        }
        if (confidence.signum() < 0 || confidence.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }
}
