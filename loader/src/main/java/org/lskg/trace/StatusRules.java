package org.lskg.trace;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lskg.trace.CorpusSnapshot.Commitment;

/**
 * The status of a commitment as of a date, from all the evidence known by then (follow-ups whose document's
 * first possible day is not after the date), read in date order rather than by a fixed precedence:
 * <ol>
 *   <li>the deadline in force starts as the commitment's own (or borrowed, {@link Deadlines}); a later
 *       statement that sets a new date ("thời gian hoàn thành trước ngày 31/3/2024", "lùi thời hạn") replaces
 *       it, and the last such statement wins;</li>
 *   <li>a statement that the product waits for another body's decision ("đã trình Thủ tướng Chính phủ", "chờ
 *       phê duyệt", "ngay sau khi được ... phê duyệt") suspends the deadline until a later statement sets a new
 *       date: the work is in another's hands;</li>
 *   <li>the first report of completion (an account saying "đã hoàn thành", a later decision establishing what
 *       was asked, the product issued) makes the task {@link Status#FULFILLED}, whatever came before.</li>
 * </ol>
 * On the date: fulfilled if completed; else {@link Status#IN_PROGRESS} if the latest word is a pending
 * decision; else {@link Status#OVERDUE} if the deadline in force has passed; else in progress if anything
 * followed (a part-way figure such as "đạt 10/19 tiêu chí" is named as such); else {@link Status#NO_EVIDENCE}.
 * The reason names the evidence that decided.
 */
final class StatusRules {
    private StatusRules() {}

    private static final Comparator<FollowUp> BY_DATE = Comparator.comparing(FollowUp::date)
            .thenComparing(FollowUp::document).thenComparing(FollowUp::evidence);

    static Assessment assess(Commitment c, Optional<EffectiveDeadline> stated, List<FollowUp> followUps,
                             LocalDate asOf) {
        List<FollowUp> known = followUps.stream().filter(f -> !f.date().first().isAfter(asOf)).sorted(BY_DATE).toList();
        Optional<EffectiveDeadline> deadline = stated;
        Optional<FollowUp> pending = Optional.empty();
        Optional<FollowUp> partial = Optional.empty();
        for (FollowUp f : known) {
            if (f.suggests() == Status.FULFILLED) {
                return new Assessment(c.iri(), Status.FULFILLED, asOf, "done by " + f.source() + " (" + f.date()
                        + "): " + f.why(), deadline, List.of(f.evidence()), List.of(f));
            }
            Optional<ProgressCues.Kind> kind = f.progressKind();
            if (kind.equals(Optional.of(ProgressCues.Kind.RESCHEDULED)) && f.newDeadline().isPresent()) {
                deadline = f.newDeadline();
                pending = Optional.empty();
            } else if (kind.equals(Optional.of(ProgressCues.Kind.PENDING))) {
                pending = Optional.of(f);
            } else if (kind.equals(Optional.of(ProgressCues.Kind.PARTIAL))) {
                partial = Optional.of(f);
            }
        }
        Optional<FollowUp> latest = known.isEmpty() ? Optional.empty() : Optional.of(known.get(known.size() - 1));
        String latestWords = latest.map(f -> "; latest evidence " + f.source() + " (" + f.date() + "): " + f.why())
                .orElse("; no later statement concerns it");
        String moved = deadline.flatMap(EffectiveDeadline::movedBy).flatMap(s -> known.stream()
                        .filter(f -> f.evidence().equals(s)).findFirst())
                .map(f -> " (set by " + f.source() + ", " + f.date() + ")").orElse("");
        if (pending.isPresent()) {
            FollowUp p = pending.get();
            return new Assessment(c.iri(), Status.IN_PROGRESS, asOf, "awaiting a decision since " + p.source()
                    + " (" + p.date() + "): \"" + p.progress().get().words() + "\"; " + p.why(), deadline,
                    List.of(p.evidence()), known);
        }
        if (deadline.isPresent() && deadline.get().date().isBefore(asOf)) {
            EffectiveDeadline d = deadline.get();
            String borrowed = d.borrowedFrom().isPresent() ? " (from the next sentence)" : "";
            return new Assessment(c.iri(), Status.OVERDUE, asOf, "deadline " + d.date() + " (\"" + d.text() + "\")"
                    + borrowed + moved + " passed with no evidence of completion" + latestWords,
                    deadline, latest.map(f -> List.of(f.evidence())).orElse(List.of(c.sentence())), known);
        }
        String due = deadline.map(d -> "deadline " + d.date() + moved + " not passed").orElse("no deadline");
        if (partial.isPresent()) {
            FollowUp p = partial.get();
            return new Assessment(c.iri(), Status.IN_PROGRESS, asOf, "part-way by " + p.source() + " (" + p.date()
                    + "): \"" + p.progress().get().words() + "\"; " + due + latestWords, deadline,
                    List.of(p.evidence()), known);
        }
        if (latest.isPresent()) {
            return new Assessment(c.iri(), Status.IN_PROGRESS, asOf, known.size() + " later statement"
                    + (known.size() == 1 ? "" : "s") + " show work under way; " + due + latestWords, deadline,
                    evidence(known), known);
        }
        return new Assessment(c.iri(), Status.NO_EVIDENCE, asOf, "no later statement concerns it; " + due,
                deadline, List.of(), List.of());
    }

    private static List<String> evidence(List<FollowUp> followUps) {
        return followUps.stream().map(FollowUp::evidence).distinct().toList();
    }
}
