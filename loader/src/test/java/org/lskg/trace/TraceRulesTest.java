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

    private static FollowUp cue(String date, String clause, Optional<EffectiveDeadline> newDeadline) {
        return new FollowUp("c", "s-" + date, "d2", "00" + date + ".txt", IssueDate.parse(date), clause, clause,
                List.of(Signal.LEXICAL_OVERLAP), new BigDecimal("0.50"), Status.IN_PROGRESS, "why", LinkKind.LEXICAL,
                ProgressCues.read(clause, false), newDeadline);
    }

    @Test
    void progressCuesOfPendingDecisionsNewDatesAndPartWayFigures() {
        // seed 003: the scheme waits for the Prime Minister's approval
        assertEquals(ProgressCues.Kind.PENDING, ProgressCues.read(
                "Triển khai Đề án thí điểm xây dựng cửa khẩu thông minh ngay sau khi được Thủ tướng Chính phủ phê duyệt.",
                true).orElseThrow().kind());
        assertEquals(ProgressCues.Kind.PENDING, ProgressCues.read("Hồ sơ đã trình Thủ tướng Chính phủ", false).orElseThrow().kind());
        // seed 000: a task to submit is still ongoing, not a submission
        assertEquals(ProgressCues.Kind.ONGOING, ProgressCues.read(
                "Tập trung hoàn thiện, trình Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh", true).orElseThrow().kind());
        assertEquals(ProgressCues.Kind.RESCHEDULED, ProgressCues.read(
                "khẩn trương triển khai xây dựng vị trí việc làm, thời gian hoàn thành trước ngày 31/3/2024", true).orElseThrow().kind());
        // seed 004: 10 of 19 criteria is part-way; 19 of 19 or 102 % of the plan is not
        assertEquals(ProgressCues.Kind.PARTIAL, ProgressCues.read("đến nay đã đạt 10/19 tiêu chí xã đạt chuẩn nông thôn mới",
                false).orElseThrow().kind());
        assertTrue(ProgressCues.read("đã đạt 19/19 tiêu chí", false).filter(c -> c.kind() == ProgressCues.Kind.PARTIAL).isEmpty());
        assertTrue(ProgressCues.read("ước đạt 47.063,06 ha, đạt 102,3% kế hoạch", false)
                .filter(c -> c.kind() == ProgressCues.Kind.PARTIAL).isEmpty());
    }

    @Test
    void statusReadsTheEvidenceInDateOrder() {
        LocalDate asOf = LocalDate.of(2024, 4, 1);
        Optional<EffectiveDeadline> passed = Optional.of(new EffectiveDeadline(LocalDate.of(2023, 12, 31), "tháng 12", Optional.empty()));
        Optional<EffectiveDeadline> q3 = Optional.of(new EffectiveDeadline(LocalDate.of(2024, 9, 30), "trong quý III/2024",
                Optional.empty(), Optional.of("s-2024-01")));
        FollowUp moved = cue("2024-01", "hoàn thành sắp xếp đơn vị hành chính cấp xã, cấp huyện trong quý III/2024", q3);
        Assessment a = StatusRules.assess(TASK, passed, List.of(moved), asOf);
        assertEquals(Status.IN_PROGRESS, a.status(), a.reason()); // the new date is in force, not the old one
        assertEquals(LocalDate.of(2024, 9, 30), a.deadline().orElseThrow().date());
        assertTrue(a.reason().contains("set by 002024-01.txt"), a.reason());
        // the same evidence replayed after the new date: overdue again
        assertEquals(Status.OVERDUE, StatusRules.assess(TASK, passed, List.of(moved), LocalDate.of(2024, 10, 1)).status());
        // a pending decision holds off the old deadline; a later new date takes over from it
        FollowUp pending = cue("2023-12-08", "ngay sau khi được Thủ tướng Chính phủ phê duyệt", Optional.empty());
        Assessment waiting = StatusRules.assess(TASK, passed, List.of(pending), asOf);
        assertEquals(Status.IN_PROGRESS, waiting.status());
        assertTrue(waiting.reason().startsWith("awaiting a decision since"), waiting.reason());
        Optional<EffectiveDeadline> march = Optional.of(new EffectiveDeadline(LocalDate.of(2024, 3, 31), "trước ngày 31/3/2024",
                Optional.empty(), Optional.of("s-2024-01")));
        assertEquals(Status.OVERDUE, StatusRules.assess(TASK, passed, List.of(pending,
                cue("2024-01", "thời gian hoàn thành trước ngày 31/3/2024", march)), asOf).status());
        // completion decides whatever came before it
        assertEquals(Status.FULFILLED, StatusRules.assess(TASK, passed, List.of(pending, followUp("2024-02", Status.FULFILLED)),
                asOf).status());
        // a part-way figure names itself in the reason
        Assessment partial = StatusRules.assess(TASK, Optional.of(new EffectiveDeadline(LocalDate.of(2024, 12, 31), "năm 2024",
                Optional.empty())), List.of(cue("2024-03", "đã đạt 10/19 tiêu chí", Optional.empty())), asOf);
        assertEquals(Status.IN_PROGRESS, partial.status());
        assertTrue(partial.reason().startsWith("part-way by"), partial.reason());
    }

    @Test
    void aTaskToProduceADocumentNamesItsTypeAndSubject() {
        IssuedProducts products = IssuedProducts.standard();
        IssuedProducts.Request r = products.request("Hoàn thành dự thảo Quyết định về nhiệm vụ, giải pháp thực hiện Kế hoạch "
                + "phát triển kinh tế - xã hội, dự toán ngân sách nhà nước năm 2024; xây dựng Chương trình làm việc năm 2024.")
                .orElseThrow();
        assertEquals("QĐ", r.type().code());
        assertEquals(java.util.Set.of("2024"), r.years());
        assertEquals(Optional.of("QĐ"), IssuedProducts.code("136/QĐ-UBND"));
        assertEquals(Optional.of("NQ"), IssuedProducts.code("95-NQ/TU"));
        // the subject is covered by the clause citing the 2024 decision, not by one citing a 2023 plan
        assertTrue(IssuedProducts.coverage(r, "các nhiệm vụ, giải pháp chủ yếu chỉ đạo, điều hành thực hiện Kế hoạch phát "
                + "triển kinh tế - xã hội, dự toán ngân sách nhà nước năm 2024 tại Quyết định số 136/QĐ-UBND") >= IssuedProducts.MIN_COVERAGE);
        assertEquals(0.0, IssuedProducts.coverage(r, "nhiệm vụ, giải pháp thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2023"));
        // "chương trình" is a type, not the verb "trình"
        assertTrue(products.request("Tiếp tục đẩy mạnh triển khai các Chương trình mục tiêu quốc gia năm 2023").isEmpty());
    }
}
