package org.lskg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lskg.document.DocumentException;
import org.lskg.document.DocumentParser;
import org.lskg.document.ParsedDocument;
import org.lskg.testing.Corpus;
import org.lskg.testing.Notices;
import org.lskg.text.Quantity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Targets read from a plan resolution and a report written in the seeds' style, and from the seeds. */
class TargetExtractorTest {

    private static List<Target> resolution;
    private static List<Target> report;

    @BeforeAll
    static void extract() {
        resolution = Docs.facts(TargetExtractor.standard(), Docs.parse(Docs.RESOLUTION), Target.class);
        report = Docs.facts(TargetExtractor.standard(), Docs.parse(Docs.REPORT), Target.class);
    }

    @Test
    void readsEveryTargetOfTheResolutionAndNothingElse() {
        assertEquals(List.of(
                "Tốc độ tăng trưởng kinh tế (GRDP) = 8 – 8,5 %",
                "Cơ cấu kinh tế - Nông lâm nghiệp = 20 - 21 %",
                "Cơ cấu kinh tế - Công nghiệp - xây dựng = 26 - 27 %",
                "Tổng thu ngân sách nhà nước trên địa bàn = 2.650,5 tỷ đồng",
                "Kim ngạch xuất nhập khẩu = 1,2 tỷ USD",
                "Tốc độ tăng kim ngạch xuất khẩu = 10 %",
                "Tỷ lệ xã có đường ô tô đến trung tâm xã = 98 %",
                "Số bác sĩ trên 1 vạn dân = 12 bác sĩ",
                "Số giường bệnh trên 1 vạn dân = 30 giường bệnh/vạn dân",
                "Giảm tỷ lệ hộ nghèo = 4 %",
                "Tạo việc làm mới cho = 16.000 người",
                "Số xã đạt chuẩn nông thôn mới có thêm năm 2025 = 08 xã",
                "Số xã đạt chuẩn nông thôn mới nâng cao có thêm năm 2025 = 03 xã",
                "Tỷ lệ cơ quan nhà nước cấp xã được kết nối = 100 %"),
                resolution.stream().map(TargetExtractorTest::row).toList());
    }

    @Test
    void everyTargetIsForTheYearItsSectionOrDocumentPlans() {
        assertTrue(resolution.stream().allMatch(t -> t.year().equals(OptionalInt.of(2025))), resolution::toString);
    }

    @Test
    void valuesAndBoundsAreParsed() {
        Target gdp = resolution.get(0);
        assertEquals(0, new BigDecimal("8").compareTo(gdp.quantity().min()));
        assertEquals(0, new BigDecimal("8.5").compareTo(gdp.quantity().max()));
        Target revenue = resolution.get(3);
        assertEquals(Quantity.Bound.AT_LEAST, revenue.quantity().bound());
        assertEquals(0, new BigDecimal("2650.5").compareTo(revenue.quantity().min()));
        assertEquals(Quantity.Bound.AT_LEAST, resolution.get(9).quantity().bound());
    }

    @Test
    void pastResultsInAReportAreNotTargetsButAStrivedForCountIs() {
        assertEquals(List.of("Số xã phấn đấu đạt chuẩn nông thôn mới năm 2023 = 12 xã"),
                report.stream().map(TargetExtractorTest::row).toList());
        assertEquals(OptionalInt.of(2023), report.get(0).year());
    }

    @Test
    void readsTheTargetsOfSeed003() throws DocumentException {
        ParsedDocument d003 = DocumentParser.create().parse(Corpus.seed("003"));
        List<Target> targets = Docs.facts(TargetExtractor.standard(), d003, Target.class);
        Map<String, String> byIndicator = targets.stream()
                .collect(Collectors.toMap(Target::indicator, t -> t.quantity().valueText() + " " + t.quantity().unit().text()));
        assertEquals("7 - 7,5 %", byIndicator.get("Tốc độ tăng trưởng kinh tế (GRDP)"));
        assertEquals("47 - 48 %", byIndicator.get("Cơ cấu kinh tế - Dịch vụ"));
        assertEquals("4.060 nghìn lượt", byIndicator.get("Lượng khách du lịch"));
        assertEquals("14.040,807 tỷ đồng", byIndicator.get("Tổng chi ngân sách địa phương"));
        assertEquals("38 - 39 nghìn tỷ đồng", byIndicator.get("Tổng vốn đầu tư phát triển trên địa bàn"));
        assertEquals("11,4 bác sĩ", byIndicator.get("Số bác sĩ trên 1 vạn dân"));
        assertEquals("9.000 ha", byIndicator.get("Trồng rừng mới"));
        assertEquals("06 xã", byIndicator.get("Số xã đạt chuẩn nông thôn mới nâng cao có thêm năm 2024"));
        assertEquals("5 %", byIndicator.get("Giảm số vụ phạm tội về trật tự xã hội"));
        // "Xây dựng thêm 10 xã" in 3.2 and "có thêm 10 xã" in II.3 are one target
        assertEquals(1, targets.stream().filter(t -> t.quantity().valueText().equals("10")).count());
        assertEquals(35, targets.size());
        assertTrue(targets.stream().allMatch(t -> t.year().equals(OptionalInt.of(2024))));
    }

    @Test
    void seed001ReportsResultsOnly() throws DocumentException {
        ParsedDocument d001 = DocumentParser.create().parse(Corpus.seed("001"));
        assertEquals(List.of(), Docs.facts(TargetExtractor.standard(), d001, Target.class));
    }

    private static String row(Target t) {
        return t.indicator() + " = " + t.quantity().valueText() + " " + t.quantity().unit().text();
    }

    /** 634/TB-VPCP (2025): a clause whose only quantity is an aside in parentheses once threw. */
    @Test
    void aClauseWhoseOnlyQuantityIsAnAsideYieldsNoTarget() {
        ParsedDocument doc = Notices.withBody("1. Về điều chuyển số vốn dư, không có khả năng giải ngân trong năm 2025"
                + " (khoảng 1.500 tỷ đồng) từ nguồn vốn hỗ trợ theo chính sách đặc thù: Ủy ban nhân dân tỉnh Thanh Hóa"
                + " rà soát và khẩn trương thực hiện các giải pháp cụ thể.");
        assertEquals(List.of(), Docs.facts(TargetExtractor.standard(), doc, Target.class));
    }

    /**
     * Kế hoạch 174/KH-UBND of Thành phố Hồ Chí Minh (2025): "đạt ... N% vào năm 2025" names its indicator before the
     * value, a numbered item's label ("Chỉ tiêu 3:") is no name, and two items of one list with one value are two targets.
     */
    @Test
    void targetsOfAPlansNumberedList() {
        ParsedDocument doc = Docs.parse("""
                ỦY BAN NHÂN DÂN
                THÀNH PHỐ HỒ CHÍ MINH
                Số: 174/KH-UBND                    Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2025

                KẾ HOẠCH
                Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2025

                II. MỤC TIÊU CỦA KẾ HOẠCH

                1. Phấn đấu đến cuối năm 2025 đạt các mục tiêu, chỉ tiêu sau:

                1.2. Mục tiêu 2. Lĩnh vực kinh tế, lao động

                b) Lĩnh vực kinh tế:

                Chỉ tiêu 3: Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít nhất 27% vào năm 2025.

                1.3. Mục tiêu 3. Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới

                a) Trong đời sống gia đình

                - Chỉ tiêu 2: Đến năm 2025 đạt 80% người bị bạo lực gia đình được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản.

                b) Phòng ngừa, ứng phó với bạo lực trên cơ sở giới

                - Chỉ tiêu 3: Đến năm 2025 đạt 80% người bị bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản.
                """);
        assertEquals(List.of("Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã = 27 %",
                        "Tỷ lệ người bị bạo lực gia đình được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản = 80 %",
                        "Tỷ lệ người bị bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản = 80 %"),
                Docs.facts(TargetExtractor.standard(), doc, Target.class).stream().map(TargetExtractorTest::row).toList());
    }
}
