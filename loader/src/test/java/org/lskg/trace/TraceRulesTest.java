package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lskg.trace.CorpusSnapshot.Commitment;
import org.lskg.trace.CorpusSnapshot.Entity;

/** The small rules of tracing, without a store. */
class TraceRulesTest {

    private static final Commitment TASK = new Commitment("c", "d", "s", "Khẩn trương hoàn thành", 0, 10,
            Optional.empty(), Optional.empty(), List.of(), List.of());

    private static FollowUp followUp(String date, Status suggests) {
        return new FollowUp("c", "s-" + date, "d2", "002.txt", IssueDate.parse(date), "text", "text",
                List.of(Signal.SHARED_ENTITY), new BigDecimal("0.50"), suggests, "why");
    }

    @Test
    void issueDatesKnowTheDaysTheyMayStandFor() {
        IssueDate month = IssueDate.parse("2023-11");
        assertEquals(LocalDate.of(2023, 11, 30), month.last());
        assertTrue(month.whollyBefore(IssueDate.parse("2023-12-08")));
        assertFalse(IssueDate.parse("2024-01").whollyBefore(IssueDate.parse("2024-01-15")));
        assertEquals(LocalDate.of(2024, 12, 31), IssueDate.parse("2024").last());
    }

    @Test
    void completionCountsOnlyInAnAccount() {
        assertEquals(ProgressCues.Kind.COMPLETED, ProgressCues.read("Dự án đã hoàn thành, đưa vào sử dụng", false)
                .orElseThrow().kind());
        assertEquals(ProgressCues.Kind.ONGOING, ProgressCues.read("Tiếp tục hoàn thiện hồ sơ", true).orElseThrow().kind());
        // a task that qualifies its object with "đã được phê duyệt" is not a report of approval
        assertEquals(Optional.empty(), ProgressCues.read("Thực hiện các dự án đã được phê duyệt", true));
        assertEquals("trinh thu tuong chinh phu phe duyet",
                ProgressCues.read("Tập trung hoàn thiện, trình Thủ tướng Chính phủ phê duyệt Quy hoạch", true)
                        .orElseThrow().words());
    }

    @Test
    void entitiesMeetAcrossSpellingsButGenericPlansAreNoNames() {
        Entity a = new Entity("p1", "program", "Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030, tầm nhìn đến năm 2050");
        Entity b = new Entity("p2", "program", "Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 -2030, tầm nhìn đến năm 2050 gắn");
        assertTrue(Entities.sameThing(a, b));
        assertFalse(Entities.sameThing(a, new Entity("p3", "project", a.label())));
        assertTrue(Entities.named(new Entity("q", "project", "Quốc lộ 4B")));
        assertFalse(Entities.named(new Entity("k", "program", "Kế hoạch phát triển kinh tế - xã hội năm 2024")));
    }

    @Test
    void sharedWordsWeighMoreThanCommonOnes() {
        TermVectors terms = TermVectors.over(List.of("thực hiện nhiệm vụ", "thực hiện kế hoạch", "thực hiện dự án",
                "thu hoạch lúa vụ mùa", "cao tốc Hữu Nghị - Chi Lăng"));
        double same = TermVectors.cosine(terms.vector("đẩy nhanh cao tốc Hữu Nghị - Chi Lăng"),
                terms.vector("cao tốc Hữu Nghị - Chi Lăng đạt tiến độ"));
        double other = TermVectors.cosine(terms.vector("thực hiện cao tốc Hữu Nghị"), terms.vector("thực hiện thu hoạch lúa"));
        assertTrue(same > 0.5 && other < 0.2, same + " / " + other);
    }

    @Test
    void statusRulesInOrder() {
        LocalDate asOf = LocalDate.of(2024, 4, 1);
        Optional<EffectiveDeadline> passed = Optional.of(new EffectiveDeadline(LocalDate.of(2022, 5, 31), "tháng 6", Optional.empty()));
        Optional<EffectiveDeadline> ahead = Optional.of(new EffectiveDeadline(LocalDate.of(2024, 12, 31), "năm 2024", Optional.empty()));
        assertEquals(Status.FULFILLED, StatusRules.assess(TASK, passed, List.of(followUp("2024-01", Status.FULFILLED)), asOf).status());
        assertEquals(Status.OVERDUE, StatusRules.assess(TASK, passed, List.of(followUp("2024-01", Status.IN_PROGRESS)), asOf).status());
        assertEquals(Status.OVERDUE, StatusRules.assess(TASK, passed, List.of(), asOf).status());
        assertEquals(Status.IN_PROGRESS, StatusRules.assess(TASK, ahead, List.of(followUp("2024-01", Status.IN_PROGRESS)), asOf).status());
        assertEquals(Status.IN_PROGRESS, StatusRules.assess(TASK, Optional.empty(), List.of(followUp("2024-01", Status.IN_PROGRESS)), asOf).status());
        assertEquals(Status.NO_EVIDENCE, StatusRules.assess(TASK, ahead, List.of(), asOf).status());
        // evidence after the as-of date is not known yet
        assertEquals(Status.NO_EVIDENCE, StatusRules.assess(TASK, ahead, List.of(followUp("2024-05", Status.FULFILLED)), asOf).status());
    }
}
