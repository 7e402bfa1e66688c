package org.lskg.trace;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lskg.trace.CorpusSnapshot.Commitment;

/**
 * The status of a commitment as of a date, from its deadline and the follow-ups known by then (those whose
 * document's first possible day is not after the date), in this order:
 * <ol>
 *   <li>a follow-up suggests completion (an account saying "đã hoàn thành", "đưa vào sử dụng", "đã được phê
 *       duyệt", or a later decision establishing what was asked) → {@link Status#FULFILLED};</li>
 *   <li>the deadline is before the date → {@link Status#OVERDUE}, whatever work is under way;</li>
 *   <li>some follow-up → {@link Status#IN_PROGRESS} (the deadline has not passed, or there is none);</li>
 *   <li>none → {@link Status#NO_EVIDENCE}.</li>
 * </ol>
 */
final class StatusRules {
    private StatusRules() {}

    static Assessment assess(Commitment c, Optional<EffectiveDeadline> deadline, List<FollowUp> followUps,
                             LocalDate asOf) {
        List<FollowUp> known = followUps.stream().filter(f -> !f.date().first().isAfter(asOf)).toList();
        List<FollowUp> completions = known.stream().filter(f -> f.suggests() == Status.FULFILLED).toList();
        Optional<FollowUp> latest = known.stream().max(Comparator.comparing(FollowUp::date));
        if (!completions.isEmpty()) {
            FollowUp first = completions.get(0);
            return new Assessment(c.iri(), Status.FULFILLED, asOf, "done by " + first.source() + " (" + first.date()
                    + "): " + first.why(), deadline, evidence(completions), completions);
        }
        String latestWords = latest.map(f -> "; latest evidence " + f.source() + " (" + f.date() + "): " + f.why())
                .orElse("; no later statement concerns it");
        if (deadline.isPresent() && deadline.get().date().isBefore(asOf)) {
            EffectiveDeadline d = deadline.get();
            String borrowed = d.borrowedFrom().isPresent() ? " (from the next sentence)" : "";
            return new Assessment(c.iri(), Status.OVERDUE, asOf, "deadline " + d.date() + " (\"" + d.text() + "\")"
                    + borrowed + " passed by " + asOf + " with no evidence of completion" + latestWords, deadline,
                    latest.map(f -> List.of(f.evidence())).orElse(List.of(c.sentence())), known);
        }
        String due = deadline.map(d -> "deadline " + d.date() + " not passed by " + asOf).orElse("no deadline");
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
