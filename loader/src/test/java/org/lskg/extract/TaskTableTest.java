package org.lskg.extract;

import org.junit.jupiter.api.Test;
import org.lskg.document.AttachedTextsTestAccess;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tasks of a plan a decision issues, in its text and in its annex table (Quyết định 2820/QĐ-UBND). */
class TaskTableTest {

    @Test
    void theIssuedPlansTasksAreTheDecisionsAndEachTableRowIsOne() {
        List<Commitment> cs = TaskShapesTest.commitments(AttachedTextsTestAccess.QD_2820);
        assertTrue(cs.stream().noneMatch(c -> c.text().startsWith("Ban hành kèm theo")), "issuing the plan is no task");
        assertTrue(cs.stream().noneMatch(c -> c.text().startsWith("Quyết định này có hiệu lực")), "entry into force is no task");
        Commitment report = TaskShapesTest.starting(cs, "Tổng hợp, báo cáo kịp thời");
        assertTrue(TaskShapesTest.responsible(report).get(0).startsWith("Sở Tài chính"), "IV.1 Sở Tài chính (cơ quan chủ trì)");
        Commitment law = TaskShapesTest.starting(cs, "Phối hợp rà soát, sửa đổi Luật Quy hoạch");
        assertEquals("Phối hợp rà soát, sửa đổi Luật Quy hoạch và xây dựng các văn bản quy phạm pháp luật có liên quan.", law.text(),
                "the task cell is the commitment");
        assertTrue(TaskShapesTest.responsible(law).get(0).startsWith("Sở Tài chính"));
        assertEquals(Optional.of("2025-12-31"), TaskShapesTest.deadline(law), "Quý IV/2025");
        assertEquals(Optional.of("2026-12-31"), TaskShapesTest.deadline(TaskShapesTest.starting(cs, "Phối hợp xây dựng nội dung")),
                "Năm 2025 - 2026");
        assertTrue(cs.stream().noneMatch(c -> c.text().startsWith("Hoàn thiện thể chế")), "a group row titles the rows below");
        assertTrue(cs.stream().noneMatch(c -> c.text().equals("Nhiệm vụ")), "the header row is no task");
    }

    @Test
    void cellsKeepTheirOffsets() {
        String row = "1 | Phối hợp rà soát | Sở Tài chính | | Quý IV/2025 |";
        List<TaskTable.Cell> cells = TaskTable.cells(row);
        assertEquals(List.of("1", "Phối hợp rà soát", "Sở Tài chính", "", "Quý IV/2025"), cells.stream().map(TaskTable.Cell::text).toList());
        for (TaskTable.Cell c : cells) assertEquals(c.text(), row.substring(c.start(), c.end()));
    }
}
