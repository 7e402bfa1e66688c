package org.lskg.trace;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A later statement that concerns a commitment: the evidence sentence (in another, later document), its
 * document and date, the signals that matched, a confidence in [0, 1] with two decimals, the status the
 * statement suggests on its own, and a readable account of the match ({@code why}).
 *
 * @param clause   the part of the sentence (between semicolons) that matched best; progress cues are read there
 * @param kind     the kind of link ({@link LinkKind}): which evidence made it, which minimum confidence it needed
 * @param progress what the clause says about progress (completion, a pending decision, a new date, partial
 *                 progress, work under way), if anything; {@link StatusRules} reads these in date order
 * @param newDeadline the new date a {@link ProgressCues.Kind#RESCHEDULED rescheduling} clause sets
 */
public record FollowUp(String commitment, String evidence, String document, String source, IssueDate date,
                       String text, String clause, List<Signal> signals, BigDecimal confidence, Status suggests,
                       String why, LinkKind kind, Optional<ProgressCues.Cue> progress,
                       Optional<EffectiveDeadline> newDeadline) {

    public FollowUp {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(newDeadline, "newDeadline");
        signals = List.copyOf(signals);
        if (signals.isEmpty()) {
            throw new IllegalArgumentException("a follow-up needs at least one signal");
        }
        if (confidence.signum() < 0 || confidence.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }

    /** A follow-up without a progress reading, of the kind its signals give. */
    public FollowUp(String commitment, String evidence, String document, String source, IssueDate date,
                    String text, String clause, List<Signal> signals, BigDecimal confidence, Status suggests,
                    String why) {
        this(commitment, evidence, document, source, date, text, clause, signals, confidence, suggests, why,
                LinkKind.of(signals), Optional.empty(), Optional.empty());
    }

    /** What the clause says about progress, if anything. */
    Optional<ProgressCues.Kind> progressKind() {
        return progress.map(ProgressCues.Cue::kind);
    }
}
