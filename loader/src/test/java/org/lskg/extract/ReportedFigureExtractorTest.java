package org.lskg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reported figures read from a monthly report written in the style of seed 002. */
class ReportedFigureExtractorTest {

    private static List<ReportedFigure> figures;

    @BeforeAll
    static void extract() {
        figures = Docs.facts(ReportedFigureExtractor.standard(), Docs.parse(Docs.REPORT), ReportedFigure.class);
    }

    @Test
    void readsTheFiguresOfTheResultsSectionOnly() {
        assertEquals(List.of(
                "Tổng kim ngạch xuất nhập khẩu = 4.595 triệu USD",
                "Tổng diện tích thu hoạch vụ mùa = 47.063,06 ha",
                "Trồng = 524,74 ha",
                "Trồng = 9.800 ha",
                "Số xã đạt chuẩn nông thôn mới có thêm = 10 xã",
                "Tiến độ bình quân = 75 %"),
                figures.stream().map(f -> f.indicator() + " = " + f.quantity().valueText() + " "
                        + f.quantity().unit().text()).toList());
    }

    @Test
    void cumulativeMonthsResolveAgainstTheReportsMonth() {
        ReportedFigure exports = figures.get(0);
        Period p = exports.period().orElseThrow();
        assertEquals("lũy kế 11 tháng", p.text());
        assertEquals(Optional.of(LocalDate.of(2023, 1, 1)), p.begin());
        assertEquals(Optional.of(LocalDate.of(2023, 11, 30)), p.end());
        assertEquals(Optional.of("2023-01-01/2023-11-30"), p.iso());
        assertEquals(Optional.of(LocalDate.of(2023, 11, 1)), figures.get(2).period().orElseThrow().begin());
        assertEquals("lũy kế 11 tháng", figures.get(3).period().orElseThrow().text());
    }

    @Test
    void percentOfPlanAndSignedChangeAttachToTheFigure() {
        ReportedFigure exports = figures.get(0);
        assertEquals(0, new BigDecimal("120.9").compareTo(exports.percentOfPlan().orElseThrow()));
        assertEquals(0, new BigDecimal("70.6").compareTo(exports.changeVsSamePeriod().orElseThrow()));
        ReportedFigure harvest = figures.get(1);
        assertEquals(0, new BigDecimal("102.3").compareTo(harvest.percentOfPlan().orElseThrow()));
        assertEquals(0, new BigDecimal("-0.31").compareTo(harvest.changeVsSamePeriod().orElseThrow()));
        assertEquals(Optional.empty(), figures.get(2).percentOfPlan());
        assertEquals(0, new BigDecimal("108.9").compareTo(figures.get(3).percentOfPlan().orElseThrow()));
    }

    @Test
    void aCountStrivedForIsATargetNotAFigure() {
        assertTrue(figures.stream().noneMatch(f -> f.quantity().valueText().equals("12")));
    }
}
